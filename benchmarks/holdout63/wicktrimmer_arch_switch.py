# expect: crash
"""Wick trimmer's model: predict candle burn time from wick-flame flicker.

One name (`net`) is bound to whichever architecture the settings ask for; every
candidate is built in inference mode for a latency probe before training.
"""
import time

import torch
import torch.nn as nn

SETTINGS = {"arch": "lstm", "hidden": 10, "steps": 4}


class FlickerLSTM(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        y, _ = self.rnn(x)
        return self.out(y[:, -1])


class FlickerCell(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.hidden = hidden
        self.cell = nn.LSTMCell(3, hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        c = x.new_zeros(x.size(0), self.hidden)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h)


class FlickerMLP(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.LazyLinear(hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, x):
        return self.net(x)


def build(settings):
    arch = settings["arch"]
    if arch == "lstm":
        net = FlickerLSTM(settings["hidden"])
    elif arch == "cell":
        net = FlickerCell(settings["hidden"])
    elif arch == "mlp":
        net = FlickerMLP(settings["hidden"])
    else:
        raise KeyError(arch)
    return net.eval()


def latency_probe(net, x):
    t0 = time.perf_counter()
    with torch.no_grad():
        net(x)
    return time.perf_counter() - t0


def main():
    torch.manual_seed(0)
    net = build(SETTINGS)
    x = torch.randn(4, 9, 3)
    print("probe ms", round(1000 * latency_probe(net, x), 3))
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    burn = torch.rand(4, 1) * 5
    for step in range(SETTINGS["steps"]):
        loss = nn.functional.mse_loss(net(x), burn)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print(SETTINGS["arch"], "loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
