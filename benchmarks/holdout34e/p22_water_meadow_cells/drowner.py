# expect: clean
"""Grass-growth model for a floated water meadow.

The drowner opens the hatches in winter; the model maps the carrier-stream
levels to spring grass height. Probes registered as closures print a quick
check every few steps.
"""
import json

import torch
from torch import nn
import torch.nn.functional as F

CONFIG = json.loads('{"arch": "cell", "hidden": 8, "steps": 6, "probe_every": 2, "lr": 0.01}')


class SeqHead(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.fc = nn.Linear(hidden, 1)

    def forward(self, h):
        return self.fc(h).squeeze(-1)


class LSTMMeadow(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.head = SeqHead(hidden)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1])


class GRUMeadow(LSTMMeadow):
    def __init__(self, hidden):
        super().__init__(hidden)
        self.rnn = nn.GRU(3, hidden, batch_first=True)


class CellMeadow(nn.Module):
    """Step-by-step LSTMCell, so the sluice schedule can be injected mid-season."""

    def __init__(self, hidden):
        super().__init__()
        self.cell = nn.LSTMCell(3, hidden)
        self.head = SeqHead(hidden)
        self.hidden = hidden

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        c = torch.zeros_like(h)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.head(h)


def build(cfg):
    if cfg["arch"] == "lstm":
        model = LSTMMeadow(cfg["hidden"])
    elif cfg["arch"] == "gru":
        model = GRUMeadow(cfg["hidden"])
    elif cfg["arch"] == "cell":
        model = CellMeadow(cfg["hidden"])
    else:
        raise ValueError(cfg["arch"])
    return model


def make_probe(model, batch, every):
    x, y = batch

    def probe(step):
        if step % every:
            return
        model.eval()
        with torch.no_grad():
            err = F.mse_loss(model(x), y).item()
        print(f"  probe@{step}: mse={err:.4f}")

    return probe


def levels(n, batch=4, weeks=10, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(x, x[:, :, 0].mean(1) + 0.3)
            for x in (torch.randn(batch, weeks, 3, generator=g) for _ in range(n))]


def main(cfg=CONFIG):
    torch.manual_seed(4)
    model = build(cfg)
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    callbacks = [make_probe(model, levels(1, seed=99)[0], cfg["probe_every"]),
                 lambda step: None if step else print("first step done")]
    data = levels(cfg["steps"])
    for step, (x, y) in enumerate(data):
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()
        opt.step()
        for cb in callbacks:
            cb(step)
    print("arch", cfg["arch"], "final loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
