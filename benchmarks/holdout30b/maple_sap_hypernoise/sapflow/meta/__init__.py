from functools import cache

from .hypernoise import HyperNoiseTuner, SapGRU


@cache
def make_model(hidden=8):
    return SapGRU(hidden=hidden)


__all__ = ["HyperNoiseTuner", "SapGRU", "make_model"]
