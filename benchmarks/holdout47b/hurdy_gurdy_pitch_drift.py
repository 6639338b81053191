# expect: crash
"""Hurdy-gurdy drone pitch drift: fit a GRU on a rolling window, with a held-out check every epoch."""
import random

import torch
import torch.nn as nn

torch.manual_seed(0)
random.seed(0)


class DriftNet(nn.Module):
    def __init__(self, n_feat=3, hidden=8):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.inp(x)))
        return self.out(h[:, -1])


def make_batch(b=4, t=6):
    x = torch.randn(b, t, 3)
    y = x[:, :, 0].mean(dim=1, keepdim=True)
    return x, y


def validate(model):
    model.eval()
    with torch.no_grad():
        x, y = make_batch()
        return nn.functional.mse_loss(model(x), y).item()


def main():
    model = DriftNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for epoch in range(3):
        for _ in range(4):
            x, y = make_batch()
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        val = validate(model)
        print(f"epoch {epoch} val {val:.4f}")


if __name__ == "__main__":
    main()
