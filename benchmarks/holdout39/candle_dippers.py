# expect: crash
"""Candle dipping: wax-thickness regression with an input-perturbation robustness probe.

The probe object is built around the model and owns its own step size; the probe runs after training.
"""
import torch
from torch import nn


class DipModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.head(y[:, -1]).squeeze(-1)


class WaxPerturb:
    """Worst-case dip-timing noise, a one-step sign attack."""

    def __init__(self, model, eps=0.05):
        self.model = model.eval()
        self.eps = eps

    def __call__(self, x, y):
        x = x.clone().requires_grad_(True)
        loss = ((self.model(x) - y) ** 2).mean()
        (g,) = torch.autograd.grad(loss, x)  # TM001-here
        return (x + self.eps * g.sign()).detach()


def batch(seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.rand(4, 6, 2, generator=g)
    return x, x[..., 0].cumsum(1)[:, -1]


def main():
    torch.manual_seed(0)
    model = DipModel()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for step in range(4):
        x, y = batch(step)
        loss = ((model(x) - y) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))
    probe = WaxPerturb(model)
    for step in range(2):
        x, y = batch(100 + step)
        x_adv = probe(x, y)
        with torch.no_grad():
            print("robust", round(((model(x_adv) - y) ** 2).mean().item(), 4))


if __name__ == "__main__":
    main()
