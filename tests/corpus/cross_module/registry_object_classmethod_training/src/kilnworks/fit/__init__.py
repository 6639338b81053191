from .tuner import Tuner

__all__ = ["Tuner"]
