from .reinforce import reinforce_epoch

__all__ = ["reinforce_epoch"]
