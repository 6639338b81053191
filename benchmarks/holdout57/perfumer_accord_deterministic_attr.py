# expect: clean
"""Perfumer's bench: model how the intensity of each note in an accord decays
on a blotter over the hours after application.

Research code for the "drydown" study.  Stage 1 trains a stacked LSTM on noisy
sniff-panel curves with dropout; stage 2 fine-tunes deterministically (all
dropout switched off) on the small set of curves read by the head perfumer, so
that fine-tuning does not fight the regulariser.

Usage: python perfumer_accord_deterministic.py --stage1-epochs 2 --stage2-epochs 2
"""
import argparse
import json
import logging
import math
import os
import random
import sys
import tempfile
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("drydown")

DEFAULT_CONFIG = {
    "notes": ["bergamot", "neroli", "iris", "vetiver", "ambroxan"],
    "hours": 12,
    "hidden": 16,
    "layers": 2,
    "dropout": 0.2,
    "batch_size": 4,
    "panel_curves": 24,
    "master_curves": 8,
    "val_curves": 8,
    "lr_stage1": 4e-3,
    "lr_stage2": 1e-3,
    "clip": 1.0,
    "seed": 17,
}

VOLATILITY = {"bergamot": 0.9, "neroli": 0.7, "iris": 0.3, "vetiver": 0.15, "ambroxan": 0.05}


# ---------------------------------------------------------------------------
# utilities
# ---------------------------------------------------------------------------

def setup_logging(verbose):
    level = logging.DEBUG if verbose else logging.INFO
    logging.basicConfig(stream=sys.stdout, level=level,
                        format="[%(levelname).1s %(name)s] %(message)s")


def seed_all(seed):
    random.seed(seed)
    torch.manual_seed(seed)


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.total = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.total += value * n
        self.count += n

    @property
    def avg(self):
        return self.total / max(self.count, 1)


class MetricLog:
    def __init__(self):
        self.rows = defaultdict(list)

    def add(self, stage, **values):
        self.rows[stage].append(values)

    def last(self, stage, key):
        return self.rows[stage][-1][key]

    def dump(self, path):
        with open(path, "w") as fh:
            json.dump(self.rows, fh, indent=1)


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------

def drydown_curve(volatility, hours, noise, gen):
    t = torch.arange(hours, dtype=torch.float32)
    base = torch.exp(-volatility * t / 3.0)
    return (base + noise * torch.randn(hours, generator=gen)).clamp(min=0.0)


def make_curves(cfg, n, noise, seed):
    gen = torch.Generator().manual_seed(seed)
    notes = cfg["notes"]
    xs, ys = [], []
    for _ in range(n):
        conc = torch.rand(len(notes), generator=gen)
        curves = torch.stack([c * drydown_curve(VOLATILITY[name], cfg["hours"] + 1, noise, gen)
                              for c, name in zip(conc, notes)], dim=-1)
        xs.append(curves[:-1])
        ys.append(curves[1:])
    return torch.stack(xs), torch.stack(ys)


def iterate(x, y, batch_size, shuffle, gen=None):
    idx = torch.randperm(len(x), generator=gen) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), batch_size):
        j = idx[i:i + batch_size]
        yield x[j], y[j]


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------

class DrydownLSTM(nn.Module):
    def __init__(self, n_notes, hidden, layers, dropout):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(n_notes, hidden), nn.Tanh(), nn.Dropout(dropout))
        self.rnn = nn.LSTM(hidden, hidden, num_layers=layers, dropout=dropout, batch_first=True)
        self.out_drop = nn.Dropout(dropout)
        self.out = nn.Linear(hidden, n_notes)

    def forward(self, x):
        h, _ = self.rnn(self.inp(x))
        return F.softplus(self.out(self.out_drop(h)))


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def describe_config(cfg):
    """One line per setting, sorted, for the top of the run log."""
    width = max(len(k) for k in cfg)
    lines = []
    for key in sorted(cfg):
        value = cfg[key]
        if isinstance(value, list):
            value = ", ".join(map(str, value))
        lines.append(f"{key:<{width}} : {value}")
    return "\n".join(lines)


# modules whose randomness we switch off for deterministic fine-tuning
STOCHASTIC_LAYERS = (nn.Dropout,)


def make_deterministic(model):
    """Switch every stochastic layer to inference behaviour, leave the rest alone.

    The LSTM's inter-layer dropout is a plain attribute, so zero it instead of
    putting the whole recurrent layer in eval mode.
    """
    def _fn(module):
        if isinstance(module, STOCHASTIC_LAYERS):
            module.eval()
        elif isinstance(module, nn.LSTM):
            module.dropout = 0.0
    model.apply(_fn)
    return model


# ---------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------

def half_life_error(pred, target):
    """Mean absolute error of the hour at which each note drops below half its start."""
    def half_life(curves):
        start = curves[:, :1]
        below = (curves < 0.5 * start).float()
        first = torch.where(below.any(1), below.argmax(1).float(),
                            torch.full_like(below[:, 0], float(curves.shape[1])))
        return first
    return (half_life(pred) - half_life(target)).abs().mean().item()


@torch.no_grad()
def evaluate(model, x, y, cfg):
    was_training = model.training
    model.eval()
    pred = model(x)
    mse = F.mse_loss(pred, y).item()
    hle = half_life_error(pred, y)
    model.train(was_training)
    return {"mse": mse, "half_life_err": hle}


# ---------------------------------------------------------------------------
# training
# ---------------------------------------------------------------------------

def train_epoch(model, opt, x, y, cfg, gen):
    meter = AverageMeter()
    for xb, yb in iterate(x, y, cfg["batch_size"], shuffle=True, gen=gen):
        opt.zero_grad(set_to_none=True)
        pred = model(xb)
        loss = F.mse_loss(pred, yb) + 1e-3 * pred.diff(dim=1).clamp(min=0).pow(2).mean()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        meter.update(loss.item(), len(xb))
    return meter.avg


def stage1(model, data, cfg, epochs, metrics, gen):
    LOG.info("stage 1: panel curves, dropout on")
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr_stage1"])
    model.train()
    for epoch in range(epochs):
        t0 = time.perf_counter()
        loss = train_epoch(model, opt, data["panel"][0], data["panel"][1], cfg, gen)
        val = evaluate(model, *data["val"], cfg)
        metrics.add("stage1", epoch=epoch, loss=loss, **val)
        LOG.info("  epoch %d loss %.4f val mse %.4f half-life err %.2fh (%.2fs)",
                 epoch, loss, val["mse"], val["half_life_err"], time.perf_counter() - t0)


def stage2(model, data, cfg, epochs, metrics, gen):
    LOG.info("stage 2: master curves, deterministic")
    make_deterministic(model)
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr_stage2"])
    for epoch in range(epochs):
        loss = train_epoch(model, opt, data["master"][0], data["master"][1], cfg, gen)
        val = evaluate(model, *data["val"], cfg)
        metrics.add("stage2", epoch=epoch, loss=loss, **val)
        LOG.info("  epoch %d loss %.4f val mse %.4f", epoch, loss, val["mse"])


def report(model, data, cfg):
    with torch.no_grad():
        model.eval()
        pred = model(data["val"][0])
    per_note = (pred - data["val"][1]).pow(2).mean(dim=(0, 1))
    for name, err in zip(cfg["notes"], per_note.tolist()):
        LOG.info("  %-9s mse %.4f", name, err)
    return {name: err for name, err in zip(cfg["notes"], per_note.tolist())}


# ---------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------

def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--stage1-epochs", type=int, default=2)
    p.add_argument("--stage2-epochs", type=int, default=2)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--config", type=str, default=None, help="JSON file overriding DEFAULT_CONFIG")
    p.add_argument("--save-metrics", action="store_true")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def load_config(args):
    cfg = dict(DEFAULT_CONFIG)
    if args.config:
        with open(args.config) as fh:
            cfg.update(json.load(fh))
    if args.hidden:
        cfg["hidden"] = args.hidden
    return cfg


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = load_config(args)
    seed_all(cfg["seed"])
    gen = torch.Generator().manual_seed(cfg["seed"])

    data = {
        "panel": make_curves(cfg, cfg["panel_curves"], noise=0.08, seed=1),
        "master": make_curves(cfg, cfg["master_curves"], noise=0.02, seed=2),
        "val": make_curves(cfg, cfg["val_curves"], noise=0.02, seed=3),
    }
    model = DrydownLSTM(len(cfg["notes"]), cfg["hidden"], cfg["layers"], cfg["dropout"])
    LOG.info("model has %d trainable parameters", count_parameters(model))
    LOG.debug("config:\n%s", describe_config(cfg))

    metrics = MetricLog()
    stage1(model, data, cfg, args.stage1_epochs, metrics, gen)
    stage2(model, data, cfg, args.stage2_epochs, metrics, gen)
    per_note = report(model, data, cfg)

    if args.save_metrics:
        fd, path = tempfile.mkstemp(suffix=".json")
        os.close(fd)
        try:
            metrics.dump(path)
            LOG.info("metrics written to %s", path)
        finally:
            os.remove(path)
    worst = max(per_note, key=per_note.get)
    LOG.info("worst note: %s (final val mse %.4f, half-life err %.2fh)", worst,
             metrics.last("stage2", "mse"), metrics.last("stage2", "half_life_err"))
    return 0 if math.isfinite(metrics.last("stage2", "mse")) else 1


if __name__ == "__main__":
    sys.exit(main(["--save-metrics"]))
