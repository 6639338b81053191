from .interest import InterestNet

__all__ = ["InterestNet"]
