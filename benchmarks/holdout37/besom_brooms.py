# expect: clean
"""Besom-broom birch model: predicts bundle quality per stack from daily drying readings.

Runs either from scratch or from last winter's exported model (saved whole after validation).
"""
import os
import sys
import tempfile

import torch
from torch import nn


class TwigLSTM(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


class TwigGRU(TwigLSTM):
    def __init__(self, hidden=8):
        super().__init__(hidden)
        self.rnn = nn.GRU(3, hidden, batch_first=True)


def bundles(n=6):
    x = torch.randn(n, 10, 3)
    return x, x[:, :, 0].sum(1) * 0.1


def export_last_season(path):
    model = TwigGRU()
    x, y = bundles()
    model.eval()
    with torch.no_grad():
        print("last winter val", nn.functional.mse_loss(model(x), y).item())
    torch.save(model, path)


def build(kind, path):
    if kind == "lstm":
        model = TwigLSTM()
    elif kind == "gru":
        model = TwigGRU()
    else:
        model = torch.load(path, weights_only=False)
    model.train()
    return model


def main(kind):
    torch.manual_seed(13)
    path = os.path.join(tempfile.gettempdir(), f"besom_winter_h37_{os.getpid()}.pt")
    try:
        export_last_season(path)
        model = build(kind, path)
        opt = torch.optim.Adam(model.parameters(), lr=1e-2)
        for epoch in range(2):
            x, y = bundles()
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            print(kind, epoch, round(loss.item(), 4))
    finally:
        if os.path.exists(path):
            os.remove(path)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "resume")
