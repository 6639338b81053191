# expect: crash
"""Slate splitters: a cleave-quality scorer trained with a smoothness penalty on its input gradient.

The penalty keeps the score from jumping between neighbouring chisel-force traces.
"""
import torch
from torch import nn


class CleaveScorer(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.score(out[:, -1]).squeeze(-1)


def smoothness_penalty(model, x):
    x = x.clone().requires_grad_(True)
    s = model(x)
    (g,) = torch.autograd.grad(s.sum(), x, create_graph=True)
    return g.pow(2).sum((1, 2)).mean()


def main():
    torch.manual_seed(6)
    model = CleaveScorer()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for step in range(3):
        x = torch.randn(4, 7, 2)
        y = x[..., 0].max(1).values
        loss = nn.functional.mse_loss(model(x), y) + 0.1 * smoothness_penalty(model, x)
        opt.zero_grad()
        loss.backward()  # TM003-here
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
