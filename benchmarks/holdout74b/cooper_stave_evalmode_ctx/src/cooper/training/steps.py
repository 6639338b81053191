import torch
import torch.nn.functional as F


def _step(model, opt, x, y):
    loss = F.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


def fit_epoch(model, opt, batches):
    model.train()
    return sum(_step(model, opt, x, y) for x, y in batches) / len(batches)


class EvalMode:
    """Switches a model to eval on entry and restores its previous mode on exit."""

    def __init__(self, model):
        self.model = model
        self.was_training = model.training

    def __enter__(self):
        self.model.eval()
        return self.model

    def __exit__(self, *exc):
        self.model.train(self.was_training)
        return False


def evaluate(model, batches):
    with EvalMode(model), torch.no_grad():
        return sum(F.cross_entropy(model(x), y).item() for x, y in batches) / len(batches)


def polish(model, opt, batches):
    """A couple of low-LR passes over the freshest cooperage data after restoring the best weights."""
    for g in opt.param_groups:
        g["lr"] *= 0.1
    return [_step(model, opt, x, y) for x, y in batches]
