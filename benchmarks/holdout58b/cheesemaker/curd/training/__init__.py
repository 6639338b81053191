from .penalty import gradient_penalty
from .steps import CriticStep, GeneratorStep

__all__ = ["gradient_penalty", "CriticStep", "GeneratorStep"]
