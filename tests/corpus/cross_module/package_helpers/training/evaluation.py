"""Evaluation of sequence models, in a package of the project."""
import torch


def evaluate(model, batches):
    model.eval()
    with torch.no_grad():
        losses = [torch.nn.functional.mse_loss(model(x), y).item() for x, y in batches]
    return sum(losses) / len(losses)
