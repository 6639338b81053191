from .modes import evaluating, frozen_grad

__all__ = ["evaluating", "frozen_grad"]
