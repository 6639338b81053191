# expect: crash
"""Soapmaker cure-time regression: predict cure days from a saponification trace.

Several architectures share one variable name; the one picked by the config is
calibrated (eval) on a held-out batch and then fine-tuned on the new batch.
"""
import argparse
import logging

import torch
import torch.nn as nn

log = logging.getLogger("soapmaker")

CONFIG = {"arch": "lstm", "hidden": 8, "features": 3, "steps": 6, "batch": 4, "epochs": 2, "lr": 1e-2}


class LSTMCure(nn.Module):
    def __init__(self, features, hidden):
        super().__init__()
        self.inp = nn.Linear(features, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.inp(x)))
        return self.out(h[:, -1]).squeeze(-1)


class CellCure(nn.Module):
    def __init__(self, features, hidden):
        super().__init__()
        self.inp = nn.Linear(features, hidden)
        self.cell = nn.LSTMCell(hidden, hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        z = torch.tanh(self.inp(x))
        h = z.new_zeros(z.size(0), self.cell.hidden_size)
        c = torch.zeros_like(h)
        for t in range(z.size(1)):
            h, c = self.cell(z[:, t], (h, c))
        return self.out(h).squeeze(-1)


class ConvCure(nn.Module):
    def __init__(self, features, hidden):
        super().__init__()
        self.conv = nn.Conv1d(features, hidden, 3, padding=1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.conv(x.transpose(1, 2)).mean(-1)).squeeze(-1)


def build(arch, features, hidden):
    if arch == "lstm":
        model = LSTMCure(features, hidden)
    elif arch == "cell":
        model = CellCure(features, hidden)
    elif arch == "conv":
        model = ConvCure(features, hidden)
    else:
        raise ValueError(arch)
    return model


def calibrate(model, x, y):
    model.eval()
    with torch.no_grad():
        bias = (y - model(x)).mean()
    model.out.bias.data += bias
    return float(bias)


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--arch", default=CONFIG["arch"])
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")
    torch.manual_seed(0)
    cfg = dict(CONFIG, arch=args.arch)
    model = build(cfg["arch"], cfg["features"], cfg["hidden"])
    held_x = torch.randn(cfg["batch"], cfg["steps"], cfg["features"])
    held_y = torch.rand(cfg["batch"]) * 30
    log.info("calibration shift %.3f", calibrate(model, held_x, held_y))

    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    for epoch in range(cfg["epochs"]):
        x = torch.randn(cfg["batch"], cfg["steps"], cfg["features"])
        y = torch.rand(cfg["batch"]) * 30
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        log.info("epoch %d mse %.3f", epoch, loss.item())


if __name__ == "__main__":
    main()
