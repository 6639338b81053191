"""Helpers for fitting a model."""
import torch

__all__ = ["make_optimizer"]


def prepare_model(model):
    model.train()
    for p in model.parameters():
        p.requires_grad_(True)
    return model


def make_optimizer(model, lr=1e-2):
    return torch.optim.RMSprop(model.parameters(), lr=lr)
