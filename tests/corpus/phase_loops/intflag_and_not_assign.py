# expect: clean
"""Run switches as an `enum.IntFlag`: the second pass does `switches &= ~Switch.FROZEN`, so the step's
`model.train(not switches & Switch.FROZEN)` trains for every backward."""
import enum

import torch
import torch.nn as nn


class Switch(enum.IntFlag):
    NONE = 0
    FROZEN = 1
    VERBOSE = 2


def step(model, opt, switches, x, y):
    model.train(not switches & Switch.FROZEN)
    out, _ = model(x)
    loss = nn.functional.mse_loss(out[:, -1], y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if switches & Switch.VERBOSE:
        print("loss", round(loss.item(), 4))


def main():
    torch.manual_seed(6)
    model = nn.LSTM(3, 2, batch_first=True)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(4, 5, 3), torch.randn(4, 2)
    switches = Switch.VERBOSE | Switch.FROZEN
    model.eval()
    switches &= ~Switch.FROZEN
    step(model, opt, switches, x, y)
    step(model, opt, switches, x, y)


if __name__ == "__main__":
    main()
