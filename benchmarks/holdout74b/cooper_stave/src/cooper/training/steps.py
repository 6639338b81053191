import torch
import torch.nn.functional as F


def _step(model, opt, x, y):
    loss = F.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def fit_epoch(model, opt, batches):
    model.train()
    return sum(_step(model, opt, x, y) for x, y in batches) / len(batches)


def evaluate(model, batches):
    model.eval()
    with torch.no_grad():
        return sum(F.cross_entropy(model(x), y).item() for x, y in batches) / len(batches)


def polish(model, opt, batches):
    """A couple of low-LR passes over the freshest cooperage data after restoring the best weights."""
    for g in opt.param_groups:
        g["lr"] *= 0.1
    return [_step(model, opt, x, y) for x, y in batches]
