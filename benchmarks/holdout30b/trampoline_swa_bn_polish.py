# expect: crash
"""Trampoline routine scoring: judges' execution score from a wearable IMU sequence.

Recipe: train, keep a running (SWA-style) average of the weights over the last
epochs, refresh the BatchNorm statistics of the averaged network late, then polish
the averaged network for a couple of steps at a small learning rate."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class RoutineScorer(nn.Module):
    def __init__(self, n_in=6, hidden=12):
        super().__init__()
        self.bn = nn.BatchNorm1d(n_in)
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        x = self.bn(x.transpose(1, 2)).transpose(1, 2)
        seq, _ = self.lstm(x)
        return self.head(seq[:, -1]).squeeze(-1)


def routines(n=8, t=10, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, t, 6, generator=g)
    return x, 8 + x[:, :, :3].std((1, 2)) + 0.1 * torch.randn(n, generator=g)


@torch.no_grad()
def validate(model, x, y):
    model.eval()
    return F.mse_loss(model(x), y).item()


def average_into(avg, model, n):
    with torch.no_grad():
        for pa, pm in zip(avg.parameters(), model.parameters()):
            pa.mul_(n / (n + 1)).add_(pm / (n + 1))


@torch.no_grad()
def refresh_bn(model, x):
    for m in model.modules():
        if isinstance(m, nn.BatchNorm1d):
            m.reset_running_stats()
            m.momentum = None
            m.train()
    model(x)


def main():
    torch.manual_seed(6)
    x, y = routines()
    vx, vy = routines(seed=1)
    model = RoutineScorer()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    swa, n_avg = None, 0
    for epoch in range(5):
        model.train()
        opt.zero_grad()
        F.mse_loss(model(x), y).backward()
        opt.step()
        print(f"epoch {epoch} val {validate(model, vx, vy):.4f}")
        if epoch >= 2:
            if swa is None:
                swa = copy.deepcopy(model)
            else:
                average_into(swa, model, n_avg)
            n_avg += 1
    refresh_bn(swa, x)
    polish = torch.optim.SGD(swa.parameters(), lr=1e-3)
    for _ in range(2):
        polish.zero_grad()
        loss = F.mse_loss(swa(x), y)
        loss.backward()  # TM001-here
        polish.step()
    print("swa val", round(validate(swa, vx, vy), 4))


if __name__ == "__main__":
    main()
