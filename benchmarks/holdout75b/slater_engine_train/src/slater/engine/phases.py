import torch
import torch.nn.functional as F


def batch(n=4, t=6, d=4, k=3):
    return torch.randn(n, t, d), torch.randint(0, k, (n, t))


def loss_fn(logits, y):
    return F.cross_entropy(logits.reshape(-1, logits.size(-1)), y.reshape(-1))


def warmup(engine):
    engine.model.train()
    return engine.fit_steps(engine.cfg["steps"]["warmup"])


def evaluate(engine):
    engine.model.eval()
    x, y = batch()
    with torch.no_grad():
        return float(loss_fn(engine.model(x), y))


def refine(engine):
    engine.model.train()
    return engine.fit_steps(engine.cfg["steps"]["refine"])


PHASES = {"warmup": warmup, "evaluate": evaluate, "refine": refine}
