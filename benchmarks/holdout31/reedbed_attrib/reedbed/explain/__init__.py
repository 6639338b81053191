from .gradients import InputGradients

__all__ = ["InputGradients"]
