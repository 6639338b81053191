# expect: crash
"""Bookbinder's workshop: predict spine-crack risk from page-turn flex readings.

Several architectures were benchmarked; each exposes `pretrained()` which
returns a model restored from the shared warm-start weights, ready to serve.
This script warm-starts the chosen architecture and adapts it to a new paper
stock.
"""
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

FLEX, HIDDEN, TURNS = 4, 8, 6
ARCH = "lstm"


class ServeReadyMixin:
    _warm = {}

    @classmethod
    def pretrained(cls, *args):
        model = cls(*args)
        state = cls._warm.get(cls.__name__)
        if state is not None:
            model.load_state_dict(state)
        return model.eval()

    @classmethod
    def register_warm(cls, model):
        cls._warm[cls.__name__] = {k: v.clone() for k, v in model.state_dict().items()}


class SpineLSTM(ServeReadyMixin, nn.Module):
    def __init__(self, flex, hidden):
        super().__init__()
        self.rnn = nn.LSTM(flex, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


class SpineCellNet(ServeReadyMixin, nn.Module):
    def __init__(self, flex, hidden):
        super().__init__()
        self.cell = nn.LSTMCell(flex, hidden)
        self.out = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, x):
        h = x.new_zeros(x.shape[0], self.hidden)
        c = x.new_zeros(x.shape[0], self.hidden)
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h).squeeze(-1)


class SpineConv(ServeReadyMixin, nn.Module):
    def __init__(self, flex, hidden):
        super().__init__()
        self.conv = nn.Conv1d(flex, hidden, 3, padding=1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.conv(x.transpose(1, 2)).amax(-1)).squeeze(-1)


def build(arch):
    if arch == "lstm":
        model = SpineLSTM.pretrained(FLEX, HIDDEN)
    elif arch == "cell":
        model = SpineCellNet.pretrained(FLEX, HIDDEN)
    elif arch == "conv":
        model = SpineConv.pretrained(FLEX, HIDDEN)
    else:
        raise ValueError(arch)
    return model


def paper_stock(n, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.rand(n, TURNS, FLEX, generator=g)
    y = (x[..., 0].max(1).values > 0.8).float()
    return x, y


def adapt(model, x, y, steps=5):
    opt = torch.optim.Adam(model.parameters(), lr=2e-3)
    for step in range(steps):
        opt.zero_grad()
        loss = F.binary_cross_entropy_with_logits(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main(arch):
    torch.manual_seed(2)
    for cls in (SpineLSTM, SpineCellNet, SpineConv):
        cls.register_warm(cls(FLEX, HIDDEN))
    model = build(arch)
    x, y = paper_stock(12, seed=4)
    print(f"{arch}: adapted loss {adapt(model, x, y):.4f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ARCH)
