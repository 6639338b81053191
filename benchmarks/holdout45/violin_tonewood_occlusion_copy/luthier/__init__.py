from .model import TapToneNet
from .explain import OcclusionExplainer

__all__ = ["TapToneNet", "OcclusionExplainer"]
