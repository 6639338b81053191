# expect: crash
"""Day-ahead electricity load forecasting. A base model is trained on ordinary
days; a copy of the *deployed* model is then fine-tuned on holiday profiles so
the base stays untouched.
"""
import copy
import math

import torch
import torch.nn as nn

HOURS = 12


def profiles(n, holiday=False, seed=0):
    g = torch.Generator().manual_seed(seed)
    t = torch.arange(2 * HOURS).float()
    base = torch.sin(2 * math.pi * t / HOURS).expand(n, -1)
    level = 0.4 if holiday else 1.0
    series = level * base + 0.1 * torch.randn(n, 2 * HOURS, generator=g)
    return series[:, :HOURS].unsqueeze(-1), series[:, HOURS:]


class LoadModel(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.enc = nn.LSTM(1, hidden, batch_first=True, proj_size=4)
        self.head = nn.Linear(4, HOURS)

    def forward(self, past):
        _, (h, _) = self.enc(past)
        return self.head(h[-1])


def fit(model, x, y, steps, lr):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(steps):
        loss = nn.functional.l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def deploy(model):
    model.eval()
    for p in model.parameters():
        p.requires_grad_(False)
    return model


def main():
    torch.manual_seed(7)
    base = LoadModel()
    x, y = profiles(8)
    print("base mae", round(fit(base, x, y, steps=5, lr=1e-2), 4))
    served = deploy(base)
    with torch.no_grad():
        print("served mae", round(nn.functional.l1_loss(served(x), y).item(), 4))

    holiday = copy.deepcopy(served)
    for p in holiday.parameters():
        p.requires_grad_(True)
    hx, hy = profiles(6, holiday=True, seed=1)
    print("holiday mae", round(fit(holiday, hx, hy, steps=3, lr=5e-3), 4))


if __name__ == "__main__":
    main()
