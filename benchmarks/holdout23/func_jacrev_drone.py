# expect: crash
"""Drone trajectory forecaster: sensitivity of the predicted next waypoint to each past waypoint via torch.func.jacrev."""
import torch
import torch.nn as nn
from torch.func import jacrev


class TrajGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 10, batch_first=True)
        self.head = nn.Linear(10, 3)

    def forward(self, past):
        o, _ = self.gru(past)
        return self.head(o[:, -1])


def train(model, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        past = torch.cumsum(torch.randn(4, 6, 3) * 0.1, 1)
        nxt = past[:, -1] + 0.1
        loss = (model(past) - nxt).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


def sensitivity(model, past):
    f = lambda p: model(p[None])[0]
    return jacrev(f)(past)  # TM002-here


def main():
    torch.manual_seed(18)
    model = TrajGRU()
    train(model)
    J = sensitivity(model, torch.randn(6, 3))
    print("jacobian", tuple(J.shape), "most influential step", J.abs().sum((0, 2)).argmax().item())


if __name__ == "__main__":
    main()
