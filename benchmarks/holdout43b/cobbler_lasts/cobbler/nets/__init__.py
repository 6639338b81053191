from .last_net import LastNet

__all__ = ["LastNet"]
