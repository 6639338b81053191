# expect: crash
"""Hurdle maker: classify sheep-hurdle wattle tension curves.

One name, `net`, is bound to one of several architectures picked by the
config; the cell-based variant unrolls by hand. Each run first reports a
calibration score with the deterministic model, then adapts on the batch.
"""
import json

import torch
from torch import nn

SETTINGS = json.loads('{"arch": "stacked", "hidden": 8, "adapt_steps": 2, "lr": 0.02}')


class CellTension(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.cell = nn.LSTMCell(3, hidden)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h = c = x.new_zeros(x.size(0), self.cell.hidden_size)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h)


class StackedTension(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])


class ConvTension(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.conv = nn.Conv1d(3, hidden, 3, padding=1)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.out(self.conv(x.transpose(1, 2)).mean(-1))


def build(settings):
    arch = settings["arch"]
    if arch == "cell":
        net = CellTension(settings["hidden"])
    elif arch == "stacked":
        net = StackedTension(settings["hidden"])
    elif arch == "conv":
        net = ConvTension(settings["hidden"])
    else:
        raise ValueError(arch)
    return net


def calibration(net, x, y):
    net.eval()
    with torch.no_grad():
        return nn.functional.cross_entropy(net(x), y).item()


def adapt(net, x, y, steps, lr):
    opt = torch.optim.SGD(net.parameters(), lr=lr)
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(net(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(8)
    net = build(SETTINGS)
    x, y = torch.randn(4, 10, 3), torch.randint(0, 2, (4,))
    print("calibration", calibration(net, x, y))
    print("adapted", adapt(net, x, y, SETTINGS["adapt_steps"], SETTINGS["lr"]))
