import torch
import torch.nn.functional as F

from .checkpoint import load_best, save_best
from .model import YieldNet, pressings


def _epoch(model, opt, batches):
    total = 0.0
    for curve, litres in batches:
        opt.zero_grad()
        loss = F.mse_loss(model(curve), litres)
        loss.backward()  # TM001-here
        opt.step()
        total += loss.item()
    return total / len(batches)


@torch.no_grad()
def _validate(model, batches):
    model.eval()
    return sum(F.mse_loss(model(c), y).item() for c, y in batches) / len(batches)


def stage_one(path, epochs):
    torch.manual_seed(0)
    model = YieldNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    best = float("inf")
    for _ in range(epochs):
        model.train()
        _epoch(model, opt, pressings(3, seed=1))
        val = _validate(model, pressings(1, seed=2))
        if val < best:
            best = val
            save_best(model, path)
    return best


def stage_two(path, epochs):
    model = load_best(path)
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    return [_epoch(model, opt, pressings(3, seed=3)) for _ in range(epochs)]
