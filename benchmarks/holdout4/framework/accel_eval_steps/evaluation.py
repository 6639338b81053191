"""Evaluation helper shared by the training scripts."""
import torch


def evaluate(model, loader, metric):
    model.eval()
    total, n = 0.0, 0
    with torch.no_grad():
        for tokens, labels in loader:
            total += metric(model(tokens), labels).item() * len(labels)
            n += len(labels)
    return total / n
