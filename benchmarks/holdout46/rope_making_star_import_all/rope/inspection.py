"""Helpers for the rope inspector's report."""
import torch

__all__ = ["inspect_lay"]


def prepare(model):
    """Get a model ready for the inspector: frozen statistics, evaluation mode."""
    return model.eval()


def inspect_lay(model, twist):
    was = model.training
    model.eval()
    with torch.no_grad():
        strain = model(twist)
    model.train(was)
    return [round(v, 3) for v in strain.tolist()]
