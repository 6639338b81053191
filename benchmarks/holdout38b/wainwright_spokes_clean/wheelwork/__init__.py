from .model import RimModel, rim_traces
from .steps import TrueingStep

__all__ = ["RimModel", "rim_traces", "TrueingStep"]
