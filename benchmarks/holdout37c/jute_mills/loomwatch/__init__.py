from .decoders import DefectTagger
from .encoders import SpindleEncoder
from .services import FeatureService, TaggerTrainer

__all__ = ["DefectTagger", "SpindleEncoder", "FeatureService", "TaggerTrainer"]
