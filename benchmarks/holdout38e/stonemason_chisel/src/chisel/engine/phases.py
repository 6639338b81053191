"""Phase bodies. Each takes the engine and returns a number for the report."""
import torch
import torch.nn.functional as F


def fit(engine):
    engine.model.train()
    last = 0.0
    for _ in range(engine.epochs):
        for x, y in engine.batches:
            last = engine.update(F.mse_loss(engine.model(x), y))
    return last


def probe(engine):
    """Held-out wear error; leaves the flag tidy afterwards."""
    engine.model.eval()
    with torch.no_grad():
        err = sum(F.l1_loss(engine.model(x), y).item() for x, y in engine.held_out)
    engine.model.training = True
    return err / len(engine.held_out)


def refit(engine):
    """A short extra pass on the held-out strikes before the next block of stone."""
    last = 0.0
    for x, y in engine.held_out:
        last = engine.update(F.mse_loss(engine.model(x), y))
    return last


PHASES = {"fit": fit, "probe": probe, "refit": refit}
