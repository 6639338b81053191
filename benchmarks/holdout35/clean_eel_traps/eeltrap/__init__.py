from .models import build, load_for_inference, MODEL_REGISTRY
from .robust import AdversarialFinetuner

__all__ = ["build", "load_for_inference", "MODEL_REGISTRY", "AdversarialFinetuner"]
