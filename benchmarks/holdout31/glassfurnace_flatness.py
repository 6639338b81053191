# expect: crash
"""Glassblowing furnace: forecast crown temperature from burner settings.
Training adds a flatness term, the squared norm of the parameter gradient,
which needs the first gradient kept in the graph."""
import math

import torch
from torch import nn

torch.manual_seed(2)
LAMBDA = 0.05


class CrownForecaster(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, proj_size=4)
        self.out = nn.Linear(4, 1)

    def forward(self, burners):
        seq, _ = self.lstm(burners)
        return self.out(seq[:, -1]).squeeze(-1)


def furnace_batch(b=5, t=8):
    gas = torch.rand(b, t, 4)
    crown = 1100 + 40 * gas[..., 0].mean(1) - 15 * gas[..., 3].mean(1)
    return gas, (crown - 1100) / 40


def train(model, steps=4):
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    params = [p for p in model.parameters() if p.requires_grad]
    for step in range(steps):
        model.train()
        x, y = furnace_batch()
        loss = nn.functional.smooth_l1_loss(model(x), y)
        grads = torch.autograd.grad(loss, params, create_graph=True)
        flat = sum(g.pow(2).sum() for g in grads)
        total = loss + LAMBDA * flat
        opt.zero_grad()
        total.backward()  # TM003-here
        opt.step()
        print(f"step {step} loss {loss.item():.4f} flat {math.sqrt(flat.item()):.4f}")


if __name__ == "__main__":
    train(CrownForecaster())
