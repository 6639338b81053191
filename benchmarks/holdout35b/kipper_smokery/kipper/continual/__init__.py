from .ewc import diagonal_fisher, ewc_penalty

__all__ = ["diagonal_fisher", "ewc_penalty"]
