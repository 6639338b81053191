from .learner import MetaLearner

__all__ = ["MetaLearner"]
