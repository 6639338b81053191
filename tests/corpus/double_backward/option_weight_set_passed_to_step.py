# expect: crash
"""Hop-kiln moisture curves: the step helper takes the smoothness penalty's weight from the command line; it
differentiates the input-gradient norm (taken with `create_graph=True`) only when the weight is not zero, and
`--smooth` defaults to 0.1, so a plain run differentiates the LSTM's backward."""
import argparse

import torch
import torch.nn as nn


class KilnNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)


def step(model, opt, x, y, smooth):
    x = x.clone().requires_grad_(True)
    loss = nn.functional.mse_loss(model(x), y)
    (g,) = torch.autograd.grad(loss, x, create_graph=True)
    opt.zero_grad()
    if smooth != 0:
        (loss + smooth * g.pow(2).sum()).backward()  # TM003-here
    else:
        loss.backward()
    opt.step()
    return loss.item()


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--smooth", type=float, default=0.1)
    parser.add_argument("--steps", type=int, default=2)
    args = parser.parse_args(argv)
    torch.manual_seed(0)
    model = KilnNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(args.steps):
        print(step(model, opt, torch.randn(4, 6, 3), torch.randn(4), args.smooth))


if __name__ == "__main__":
    main()
