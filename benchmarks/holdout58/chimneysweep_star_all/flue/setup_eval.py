"""Helpers for the inspection service (read-only use of a model)."""
import torch

__all__ = ["prepare_model", "soot_score"]


def prepare_model(model):
    model.eval()
    return model


@torch.no_grad()
def soot_score(model, x):
    return torch.sigmoid(model(x))
