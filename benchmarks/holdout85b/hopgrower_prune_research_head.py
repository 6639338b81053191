# expect: clean
#!/usr/bin/env python
"""Hop-grower yield research script.

Predicts per-plot alpha-acid yield from a season of weekly sensor readings with a
stacked LSTM, then prunes hidden units of the output projection using gradient-based
saliency scores (|w * dL/dw|) measured on a held-out validation batch, and fine-tunes.

Usage:
    python hopgrower_prune_research.py --epochs 3 --prune-frac 0.25
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
from collections import OrderedDict, defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("hopgrower")

DEFAULT_CONFIG = {
    "seed": 13,
    "n_plots": 48,
    "weeks": 10,
    "n_features": 5,
    "hidden": 12,
    "layers": 2,
    "dropout": 0.1,
    "batch_size": 8,
    "lr": 3e-3,
    "weight_decay": 1e-5,
    "epochs": 3,
    "finetune_epochs": 1,
    "prune_frac": 0.25,
    "val_frac": 0.25,
    "clip": 1.0,
    "log_every": 2,
}


# ---------------------------------------------------------------------------
# utilities
# ---------------------------------------------------------------------------

def setup_logging(verbose):
    level = logging.DEBUG if verbose else logging.INFO
    logging.basicConfig(stream=sys.stdout, level=level,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--prune-frac", type=float, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--save-report", action="store_true")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def merge_config(args):
    cfg = dict(DEFAULT_CONFIG)
    for key in ("epochs", "hidden", "prune_frac", "lr", "seed"):
        val = getattr(args, key)
        if val is not None:
            cfg[key] = val
    return cfg


class Timer:
    def __init__(self, name):
        self.name = name
        self.start = None

    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        LOG.debug("%s took %.3fs", self.name, time.perf_counter() - self.start)
        return False


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.sum = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.sum += value * n
        self.count += n

    @property
    def avg(self):
        return self.sum / max(self.count, 1)


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------

def synth_season(cfg):
    """Weekly readings: temperature, rainfall, soil N, bine height, disease index."""
    g = torch.Generator().manual_seed(cfg["seed"])
    n, w, f = cfg["n_plots"], cfg["weeks"], cfg["n_features"]
    base = torch.randn(n, 1, f, generator=g)
    trend = torch.linspace(0, 1, w).view(1, w, 1)
    noise = 0.3 * torch.randn(n, w, f, generator=g)
    x = base + trend * torch.randn(1, 1, f, generator=g) + noise
    y = 0.5 * x[:, -3:, 0].mean(1) - 0.2 * x[:, :, 4].mean(1) + 0.1 * x[:, :, 2].sum(1) / w
    y = y + 0.05 * torch.randn(n, generator=g)
    return x, y.unsqueeze(-1)


def standardise(x_train, *others):
    mu = x_train.mean(dim=(0, 1), keepdim=True)
    sd = x_train.std(dim=(0, 1), keepdim=True) + 1e-6
    return [(t - mu) / sd for t in (x_train,) + others]


def split(x, y, val_frac, seed):
    idx = list(range(len(x)))
    random.Random(seed).shuffle(idx)
    n_val = max(1, int(len(idx) * val_frac))
    va, tr = idx[:n_val], idx[n_val:]
    return (x[tr], y[tr]), (x[va], y[va])


def iterate(x, y, batch_size, shuffle=True):
    order = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), batch_size):
        sel = order[i:i + batch_size]
        yield x[sel], y[sel]


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------

class YieldLSTM(nn.Module):
    def __init__(self, n_features, hidden, layers, dropout):
        super().__init__()
        self.inp = nn.Linear(n_features, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=layers, dropout=dropout, batch_first=True)
        self.proj = nn.Linear(hidden, hidden)
        self.out = nn.Linear(hidden, 1)
        self.register_buffer("unit_mask", torch.ones(hidden))

    def encode(self, x):
        z = F.gelu(self.inp(x))
        h, _ = self.lstm(z)
        return torch.cat([h[:, -1:], h.mean(1, keepdim=True)], 1).mean(1)

    def head(self, pooled):
        hid = F.relu(self.proj(pooled)) * self.unit_mask
        return self.out(hid)

    def forward(self, x):
        return self.head(self.encode(x))

    def n_active_units(self):
        return int(self.unit_mask.sum().item())


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ---------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------

def regression_metrics(pred, target):
    err = pred - target
    mae = err.abs().mean().item()
    rmse = math.sqrt(err.pow(2).mean().item())
    ss_res = err.pow(2).sum().item()
    ss_tot = (target - target.mean()).pow(2).sum().item() + 1e-12
    return OrderedDict(mae=mae, rmse=rmse, r2=1.0 - ss_res / ss_tot)


def format_metrics(m):
    return " ".join(f"{k}={v:.4f}" for k, v in m.items())


# ---------------------------------------------------------------------------
# training / evaluation
# ---------------------------------------------------------------------------

def train_one_epoch(model, opt, x, y, cfg, epoch):
    model.train()
    meter = AverageMeter()
    for step, (xb, yb) in enumerate(iterate(x, y, cfg["batch_size"])):
        pred = model(xb)
        loss = F.smooth_l1_loss(pred, yb)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        meter.update(loss.item(), len(xb))
        if step % cfg["log_every"] == 0:
            LOG.debug("epoch %d step %d loss %.4f", epoch, step, loss.item())
    return meter.avg


@torch.no_grad()
def evaluate(model, x, y, cfg):
    model.eval()
    preds, targets = [], []
    for xb, yb in iterate(x, y, cfg["batch_size"], shuffle=False):
        preds.append(model(xb))
        targets.append(yb)
    return regression_metrics(torch.cat(preds), torch.cat(targets))


def fit(model, data, cfg, epochs, tag):
    (xtr, ytr), (xva, yva) = data
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    history = defaultdict(list)
    for epoch in range(epochs):
        with Timer(f"{tag}-epoch{epoch}"):
            tr_loss = train_one_epoch(model, opt, xtr, ytr, cfg, epoch)
            metrics = evaluate(model, xva, yva, cfg)
        history["train_loss"].append(tr_loss)
        for k, v in metrics.items():
            history[k].append(v)
        LOG.info("[%s] epoch %d train_loss=%.4f %s", tag, epoch, tr_loss, format_metrics(metrics))
    return history


# ---------------------------------------------------------------------------
# pruning
# ---------------------------------------------------------------------------

def saliency_scores(model, xb, yb):
    """First-order Taylor saliency of each hidden unit of `proj` on one validation batch.

    Only the head is scored, so the recurrent features are computed once without a graph.
    """
    model.zero_grad()
    with torch.no_grad():
        pooled = model.encode(xb)
    loss = F.smooth_l1_loss(model.head(pooled), yb)
    loss.backward()
    w, g = model.proj.weight, model.proj.weight.grad
    scores = (w * g).abs().sum(1)
    model.zero_grad()
    return scores


def prune_units(model, scores, frac):
    active = model.unit_mask.nonzero().flatten()
    k = int(len(active) * frac)
    if k == 0:
        return []
    order = scores[active].argsort()
    drop = active[order[:k]]
    model.unit_mask[drop] = 0.0
    return drop.tolist()


def prune_step(model, val_data, cfg):
    xva, yva = val_data
    xb, yb = xva[: cfg["batch_size"]], yva[: cfg["batch_size"]]
    scores = saliency_scores(model, xb, yb)
    dropped = prune_units(model, scores, cfg["prune_frac"])
    LOG.info("pruned units %s; %d active", dropped, model.n_active_units())
    return dropped


# ---------------------------------------------------------------------------
# reporting
# ---------------------------------------------------------------------------

def summarise(before, after, dropped, cfg):
    report = {
        "config": cfg,
        "before": {k: v[-1] for k, v in before.items()},
        "after": {k: v[-1] for k, v in after.items()},
        "pruned_units": dropped,
    }
    return report


def write_report(report):
    fd, path = tempfile.mkstemp(suffix=".json", prefix="hopgrower_")
    with os.fdopen(fd, "w") as fh:
        json.dump(report, fh, indent=2, default=str)
    LOG.info("report written to %s", path)
    os.remove(path)


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_config(args)
    seed_everything(cfg["seed"])

    x, y = synth_season(cfg)
    (xtr, ytr), (xva, yva) = split(x, y, cfg["val_frac"], cfg["seed"])
    xtr, xva = standardise(xtr, xva)
    data = ((xtr, ytr), (xva, yva))
    LOG.info("train plots %d, val plots %d", len(xtr), len(xva))

    model = YieldLSTM(cfg["n_features"], cfg["hidden"], cfg["layers"], cfg["dropout"])
    LOG.info("model parameters: %d", count_parameters(model))

    before = fit(model, data, cfg, cfg["epochs"], "dense")
    dropped = prune_step(model, (xva, yva), cfg)
    after = fit(model, data, cfg, cfg["finetune_epochs"], "pruned")

    report = summarise(before, after, dropped, cfg)
    if args.save_report:
        write_report(report)
    LOG.info("final %s", format_metrics(OrderedDict((k, v) for k, v in report["after"].items())))
    return report


if __name__ == "__main__":
    main(sys.argv[1:] + ["--save-report"])
