# expect: clean
"""Dry-stone bridges: predict arch settlement from a season of crack-gauge readings.

A cheap sharpness probe after training: the Hessian-vector product of the
training loss along a random direction in parameter space (double backward).
The whole probe runs with cuDNN disabled.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(19)


class ArchSettlement(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


def gauges(n=6, weeks=9):
    x = torch.randn(n, weeks, 3)
    y = x[:, :, 0].cumsum(1)[:, -1] * 0.1 + 0.05 * x[:, :, 2].mean(1)
    return x, y


def sharpness(model, batch, n_probe=2):
    params = [p for p in model.parameters() if p.requires_grad]
    x, y = batch
    vals = []
    with torch.backends.cudnn.flags(enabled=False):
        for _ in range(n_probe):
            loss = F.mse_loss(model(x), y)
            grads = torch.autograd.grad(loss, params, create_graph=True)
            v = [torch.randn_like(p) for p in params]
            norm = torch.sqrt(sum((t ** 2).sum() for t in v))
            v = [t / norm for t in v]
            gv = sum((g * t).sum() for g, t in zip(grads, v))
            hv = torch.autograd.grad(gv, params)
            vals.append(sum((h * t).sum() for h, t in zip(hv, v)).item())
    return sum(vals) / len(vals)


def main():
    model = ArchSettlement()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for epoch in range(4):
        x, y = gauges()
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("final loss", round(loss.item(), 4), "vHv", round(sharpness(model, gauges()), 5))


if __name__ == "__main__":
    main()
