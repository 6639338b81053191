# expect: clean
"""Punt-pole river depth: a held-out check runs under an evaluating() block between steps."""
from contextlib import contextmanager

import torch
from torch import nn


@contextmanager
def evaluating(model):
    model.eval()
    yield model
    model.train()


class DepthNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0]).squeeze(-1)


def main():
    torch.manual_seed(7)
    net = DepthNet()
    opt = torch.optim.Adam(net.parameters(), lr=3e-3)
    held_x = torch.randn(3, 10, 4)
    held_y = held_x[..., 1].cumsum(1) * 0.1
    net.train()
    for step in range(6):
        x = torch.randn(4, 10, 4)
        y = x[..., 1].cumsum(1) * 0.1
        with evaluating(net) as m, torch.no_grad():
            held = nn.functional.mse_loss(m(held_x), held_y).item()
        loss = nn.functional.mse_loss(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4), round(held, 4))


if __name__ == "__main__":
    main()
