from .step import train_decoder

__all__ = ["train_decoder"]
