import torch

__all__ = ["accuracy", "confusion", "evaluate"]


def accuracy(logits, y):
    return (logits.argmax(-1) == y).sum().item(), y.numel()


def confusion(logits, y, classes=3):
    m = torch.zeros(classes, classes, dtype=torch.long)
    for p, t in zip(logits.argmax(-1).tolist(), y.tolist()):
        m[t, p] += 1
    return m


@torch.no_grad()
def evaluate(model, batches):
    """Quick evaluation used by the inference notebook (model is put in eval mode)."""
    model.eval()
    correct = total = 0
    for x, y in batches:
        c, n = accuracy(model(x), y)
        correct += c
        total += n
    return {"accuracy": correct / total}
