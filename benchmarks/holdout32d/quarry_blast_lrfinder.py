# expect: crash
"""Quarry blast vibration forecasting: GRU over seismograph windows.

An LR range test is run after a baseline evaluation; the finder snapshots the
weights, sweeps the learning rate and restores the snapshot afterwards.
"""
import copy
import math

import torch
import torch.nn as nn

torch.manual_seed(0)

SETTINGS = {"n_sensors": 3, "hidden": 8, "window": 6, "batch": 4, "lr_lo": 1e-4, "lr_hi": 1.0, "sweep": 5}


class BlastNet(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.ppv = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.relu(self.embed(x)))
        return self.ppv(h[:, -1]).squeeze(-1)


def make_batch(cfg):
    x = torch.randn(cfg["batch"], cfg["window"], cfg["n_sensors"])
    y = x.abs().mean(dim=(1, 2))
    return x, y


def build_registry(cfg):
    net = BlastNet(cfg["n_sensors"], cfg["hidden"])
    return {"pit_north": {"model": net, "opt": torch.optim.SGD(net.parameters(), lr=cfg["lr_lo"])}}


def baseline_rmse(registry, cfg):
    scores = {}
    for site, parts in registry.items():
        parts["model"].eval()
        with torch.no_grad():
            x, y = make_batch(cfg)
            scores[site] = math.sqrt(nn.functional.mse_loss(parts["model"](x), y).item())
    return scores


class LRFinder:
    def __init__(self, model, opt, cfg):
        self.model, self.opt, self.cfg = model, opt, cfg
        self.history = []

    def _lr_at(self, i):
        lo, hi, n = self.cfg["lr_lo"], self.cfg["lr_hi"], self.cfg["sweep"]
        return lo * (hi / lo) ** (i / max(n - 1, 1))

    def sweep(self):
        snapshot = copy.deepcopy(self.model.state_dict())
        opt_snapshot = copy.deepcopy(self.opt.state_dict())
        for i in range(self.cfg["sweep"]):
            for g in self.opt.param_groups:
                g["lr"] = self._lr_at(i)
            x, y = make_batch(self.cfg)
            loss = nn.functional.mse_loss(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            self.history.append((self._lr_at(i), loss.item()))
        self.model.load_state_dict(snapshot)
        self.opt.load_state_dict(opt_snapshot)
        return self.history


def suggest(history):
    best = min(history, key=lambda t: t[1])
    return best[0] / 10.0


def main():
    registry = build_registry(SETTINGS)
    print("baseline", baseline_rmse(registry, SETTINGS))
    for site, parts in registry.items():
        hist = LRFinder(parts["model"], parts["opt"], SETTINGS).sweep()
        print(site, "suggested lr", suggest(hist))


if __name__ == "__main__":
    main()
