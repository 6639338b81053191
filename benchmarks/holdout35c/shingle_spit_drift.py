# expect: crash
"""Shingle-spit growth: forecast longshore drift from wave-buoy sequences.

Three backward passes live in this script: a plain warm-up step, a smoothness
penalty on the input gradient (the drift should not jump with a single
buoy reading), and a final attribution pass for the survey report.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class DriftGRU(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, waves):
        h, _ = self.gru(waves)
        return self.out(h[:, -1])


def warmup(model, opt, x, y):
    model.train()
    opt.zero_grad()
    loss = F.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    return loss.item()


def smooth_step(model, opt, x, y, lam=0.1):
    x = x.clone().requires_grad_(True)
    opt.zero_grad()
    pred = model(x)
    fit = F.mse_loss(pred, y)
    (gx,) = torch.autograd.grad(pred.sum(), x, create_graph=True)
    penalty = gx.pow(2).mean()
    total = fit + lam * penalty
    total.backward()  # TM003-here
    opt.step()
    return fit.item(), penalty.item()


def attribution(model, x):
    with torch.backends.cudnn.flags(enabled=False):
        x = x.clone().requires_grad_(True)
        model(x).sum().backward()
    return x.grad.abs().mean(dim=(0, 2))


def main():
    torch.manual_seed(37)
    model = DriftGRU()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    buoys = [(torch.randn(4, 10, 3), torch.randn(4, 1)) for _ in range(3)]
    print("warm-up", round(warmup(model, opt, *buoys[0]), 4))
    for i, (x, y) in enumerate(buoys):
        fit, pen = smooth_step(model, opt, x, y)
        print(f"batch {i} fit {fit:.4f} penalty {pen:.5f}")
    print("per-step attribution", attribution(model, buoys[0][0]).tolist())


if __name__ == "__main__":
    main()
