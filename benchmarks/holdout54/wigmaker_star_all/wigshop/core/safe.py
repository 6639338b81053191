"""Evaluation helpers that leave the model's mode as they found it."""
import torch
import torch.nn.functional as F

__all__ = ["evaluate"]


@torch.no_grad()
def evaluate(model, batches):
    was_training = model.training
    model.eval()
    total = sum(F.mse_loss(model(x), y).item() for x, y in batches)
    model.train(was_training)
    return total / len(batches)
