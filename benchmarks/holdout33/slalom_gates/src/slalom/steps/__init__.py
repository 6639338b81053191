from .factory import make_train_step, TrainStep

__all__ = ["make_train_step", "TrainStep"]
