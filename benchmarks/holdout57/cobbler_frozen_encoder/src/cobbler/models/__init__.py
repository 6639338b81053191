from .wear import LastWearNet

__all__ = ["LastWearNet"]
