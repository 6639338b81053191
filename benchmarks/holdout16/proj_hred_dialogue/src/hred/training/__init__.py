from hred.training.trainer import Trainer

__all__ = ["Trainer"]
