from .attr import IntegratedGradients, Saliency

__all__ = ["IntegratedGradients", "Saliency"]
