import torch
import torch.nn.functional as F

from .common import PotencyNet, ledgers


def _val_loss(model, batches):
    model.eval()
    with torch.no_grad():
        return sum(F.mse_loss(model(x), y).item() for x, y in batches) / len(batches)


def pretrain(ckpt, epochs):
    model = PotencyNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train_b, val_b = ledgers(), ledgers(8)
    best = float("inf")
    for _ in range(epochs):
        model.train()
        for x, y in train_b:
            opt.zero_grad()
            F.mse_loss(model(x), y).backward()
            opt.step()
        val = _val_loss(model, val_b)
        if val < best:
            best = val
            torch.save(model.state_dict(), ckpt)
    return best
