import torch

from .metrics import accuracy

__all__ = ["evaluate"]


def evaluate(model, batches):
    """Full evaluation; leaves the model in the mode it found it in."""
    was_training = model.training
    model.eval()
    correct = total = 0
    with torch.no_grad():
        for x, y in batches:
            c, n = accuracy(model(x), y)
            correct += c
            total += n
    model.train(was_training)
    return {"accuracy": correct / total}
