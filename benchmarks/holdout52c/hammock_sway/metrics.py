"""Evaluation helpers that leave the model the way they found it."""
import torch

__all__ = ["evaluate", "macro_f1"]


def macro_f1(pred, gold, n_cls=3):
    f1s = []
    for c in range(n_cls):
        tp = ((pred == c) & (gold == c)).sum().item()
        fp = ((pred == c) & (gold != c)).sum().item()
        fn = ((pred != c) & (gold == c)).sum().item()
        f1s.append(2 * tp / max(2 * tp + fp + fn, 1))
    return sum(f1s) / n_cls


def evaluate(model, batches):
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            preds = torch.cat([model(x).argmax(-1) for x, _ in batches])
        gold = torch.cat([y for _, y in batches])
        return macro_f1(preds, gold)
    finally:
        model.train(was_training)
