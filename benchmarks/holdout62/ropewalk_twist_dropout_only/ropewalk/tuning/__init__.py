from .determinism import deterministic_finetune, STOCHASTIC

__all__ = ["deterministic_finetune", "STOCHASTIC"]
