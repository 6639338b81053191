# expect: clean
"""Tin streamers: cassiterite yield per sluice run, with the input-gradient norm logged as a metric.

The gradient is built with create_graph=True (copied from the regularised variant) but only its value is logged.
"""
import torch
from torch import nn


class SluiceModel(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out[:, -1]).squeeze(-1)


def input_grad_norm(model, x):
    x = x.clone().requires_grad_(True)
    (g,) = torch.autograd.grad(model(x).sum(), x, create_graph=True)
    return float(g.norm())


def main():
    torch.manual_seed(7)
    model = SluiceModel()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    history = []
    for step in range(4):
        x = torch.randn(5, 6, 3)
        y = x.mean((1, 2))
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        history.append({"loss": loss.item(), "gnorm": input_grad_norm(model, x)})
    print(history[-1])


if __name__ == "__main__":
    main()
