from .best import KeepBest
