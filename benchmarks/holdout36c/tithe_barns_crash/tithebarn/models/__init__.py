from .barn import BarnNet, BayEncoder

__all__ = ["BarnNet", "BayEncoder"]
