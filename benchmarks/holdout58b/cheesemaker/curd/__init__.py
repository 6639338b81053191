"""curd: a toy WGAN-GP for cheese-ripening pH curves."""
from .models import RindCritic, CurveGenerator
from .training import CriticStep, GeneratorStep, gradient_penalty

__all__ = ["RindCritic", "CurveGenerator", "CriticStep", "GeneratorStep", "gradient_penalty"]
