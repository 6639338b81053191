import torch

from .heads import HeadGrader

__all__ = ["HeadGrader", "load_for_inference"]


def load_for_inference(state_dict=None):
    model = HeadGrader()
    if state_dict is not None:
        model.load_state_dict(state_dict)
    return model.eval()
