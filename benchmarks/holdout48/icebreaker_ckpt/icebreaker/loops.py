import torch
import torch.nn.functional as F

from .store import save_checkpoint


def _batch(shift=0.0):
    x = torch.randn(4, 6, 3) + shift
    return x, x[:, :, 0].max(1).values


def evaluate(model):
    model.eval()
    with torch.no_grad():
        x, y = _batch()
        return F.mse_loss(model(x), y).item()


def pretrain(model, path, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    best = float("inf")
    for _ in range(epochs):
        model.train()
        x, y = _batch()
        opt.zero_grad()
        F.mse_loss(model(x), y).backward()
        opt.step()
        val = evaluate(model)
        if val < best:
            best = val
            save_checkpoint(model, path)
    return best


def finetune(model, steps=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    for _ in range(steps):
        x, y = _batch(shift=0.5)
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()
