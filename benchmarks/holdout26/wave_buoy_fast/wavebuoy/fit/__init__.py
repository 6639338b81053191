from .loops import dynamic_evaluation, pretrain

__all__ = ["dynamic_evaluation", "pretrain"]
