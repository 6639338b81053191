from .outer import MetaLearner

__all__ = ["MetaLearner"]
