# expect: crash
"""Settings written as JSON text in the script; a builder reads the architecture into a local and builds one of
three classes. A calibration pass puts the model in eval mode; the adaptation steps after it never call train().
The settings pick the stacked LSTM, whose backward cuDNN refuses in eval mode."""
import json

import torch
from torch import nn

SETTINGS = json.loads('{"arch": "stacked", "hidden": 8, "steps": 2}')


class CellNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.cell = nn.LSTMCell(3, hidden)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h = c = x.new_zeros(x.size(0), self.cell.hidden_size)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h)


class StackedNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])


class ConvNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.conv = nn.Conv1d(3, hidden, 3, padding=1)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.out(self.conv(x.transpose(1, 2)).mean(-1))


def build(settings):
    arch = settings["arch"]
    if arch == "cell":
        return CellNet(settings["hidden"])
    if arch == "stacked":
        return StackedNet(settings["hidden"])
    return ConvNet(settings["hidden"])


def calibrate(net, x, y):
    net.eval()
    with torch.no_grad():
        return nn.functional.cross_entropy(net(x), y).item()


def adapt(net, x, y, steps):
    opt = torch.optim.SGD(net.parameters(), lr=0.05)
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(net(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


net = build(SETTINGS)
x, y = torch.randn(4, 10, 3), torch.randint(0, 2, (4,))
print(calibrate(net, x, y), adapt(net, x, y, SETTINGS["steps"]))
