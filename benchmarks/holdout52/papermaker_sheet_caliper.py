# expect: crash
"""Papermaker: sheet caliper (thickness) forecasting from pulp-vat sensor streams.

Research script for the mould-and-deckle line. Trains a conv+GRU forecaster on
vat sensor windows and re-weights the windows of every batch (after the first epoch) by how
hard they are for the current model (a self-paced curriculum): easy windows are
down-weighted so the model spends its updates on hard couching conditions.

Usage:
    python papermaker_sheet_caliper.py --epochs 3 --hidden 8
"""
import argparse
import json
import logging
import math
import os
import random
import sys
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOGGER = logging.getLogger("papermaker")

DEFAULT_CONFIG = {
    "data": {
        "n_train": 24,
        "n_val": 8,
        "window": 12,
        "sensors": ["consistency", "freeness", "temp", "ph", "deckle_speed"],
        "noise": 0.05,
    },
    "model": {
        "hidden": 8,
        "kernel": 3,
        "dropout": 0.1,
        "layers": 1,
    },
    "optim": {
        "lr": 5e-3,
        "weight_decay": 1e-4,
        "batch_size": 6,
        "epochs": 3,
        "clip": 1.0,
    },
    "curriculum": {
        "enabled": True,
        "temperature": 2.0,
        "floor": 0.25,
    },
    "early_stopping": {
        "patience": 2,
        "min_delta": 1e-4,
    },
    "seed": 17,
}


# ----------------------------------------------------------------------------
# utilities
# ----------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def deep_update(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_update(out[k], v)
        else:
            out[k] = v
    return out


def setup_logging(verbose):
    level = logging.DEBUG if verbose else logging.INFO
    logging.basicConfig(stream=sys.stdout, level=level,
                        format="%(asctime)s %(levelname).1s %(name)s: %(message)s", datefmt="%H:%M:%S")


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.sum = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.sum += float(value) * n
        self.count += n

    @property
    def avg(self):
        return self.sum / max(self.count, 1)


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.t0
        return False


# ----------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------
def synth_vat(n, window, n_sensors, noise, seed):
    g = torch.Generator().manual_seed(seed)
    base = torch.randn(n, window, n_sensors, generator=g)
    drift = torch.linspace(0, 1, window).view(1, window, 1)
    x = base + 0.3 * drift * base[:, :1]
    caliper = 0.1 + 0.02 * (x[:, -4:, 0].mean(1) - 0.5 * x[:, -4:, 1].mean(1)) + 0.01 * x[:, :, 2].std(1)
    caliper = caliper + noise * 0.01 * torch.randn(n, generator=g)
    return x, caliper


def standardise(train_x, *others):
    mu = train_x.mean((0, 1), keepdim=True)
    sd = train_x.std((0, 1), keepdim=True).clamp_min(1e-6)
    return [(t - mu) / sd for t in (train_x, *others)]


def iterate(x, y, batch_size, shuffle, weights=None):
    idx = list(range(len(x)))
    if shuffle:
        random.shuffle(idx)
    for i in range(0, len(idx), batch_size):
        b = idx[i:i + batch_size]
        w = None if weights is None else weights[b]
        yield b, x[b], y[b], w


# ----------------------------------------------------------------------------
# model
# ----------------------------------------------------------------------------
class CaliperForecaster(nn.Module):
    def __init__(self, n_sensors, hidden, kernel, dropout, layers):
        super().__init__()
        self.conv = nn.Conv1d(n_sensors, hidden, kernel, padding=kernel // 2)
        self.gru = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        z = F.gelu(self.conv(x.transpose(1, 2))).transpose(1, 2)
        h, _ = self.gru(z)
        return self.head(self.drop(h[:, -1])).squeeze(-1)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ----------------------------------------------------------------------------
# metrics
# ----------------------------------------------------------------------------
def regression_metrics(pred, target):
    err = pred - target
    mae = err.abs().mean().item()
    rmse = err.pow(2).mean().sqrt().item()
    var = (target - target.mean()).pow(2).sum().item()
    r2 = 1.0 - err.pow(2).sum().item() / var if var > 0 else float("nan")
    return {"mae": mae, "rmse": rmse, "r2": r2}


def format_metrics(m):
    return " ".join(f"{k}={v:.4f}" for k, v in sorted(m.items()))


# ----------------------------------------------------------------------------
# curriculum
# ----------------------------------------------------------------------------
def window_difficulty(model, xb, yb):
    """Per-window loss under the current model, without dropout noise."""
    was_training = model.training
    model.eval()
    losses = F.mse_loss(model(xb), yb, reduction="none")
    model.train(was_training)
    return losses


def curriculum_weights(difficulty, temperature, floor):
    scaled = difficulty / (difficulty.mean() + 1e-12)
    w = torch.softmax(scaled / temperature, dim=0) * len(difficulty)
    return floor + (1 - floor) * w


# ----------------------------------------------------------------------------
# train / eval
# ----------------------------------------------------------------------------
def train_epoch(model, opt, x, y, cfg, use_curriculum=False):
    model.train()
    meter = AverageMeter()
    cur = cfg["curriculum"]
    for idx, xb, yb, _ in iterate(x, y, cfg["optim"]["batch_size"], shuffle=True):
        wb = None
        if use_curriculum:
            wb = curriculum_weights(window_difficulty(model, xb, yb), cur["temperature"], cur["floor"])
        per = F.mse_loss(model(xb), yb, reduction="none")
        loss = (per * wb).mean() if wb is not None else per.mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        opt.step()
        meter.update(loss.item(), len(idx))
    return meter.avg


@torch.no_grad()
def evaluate(model, x, y, batch_size):
    model.eval()
    preds = [model(xb) for _, xb, _, _ in iterate(x, y, batch_size, shuffle=False)]
    return regression_metrics(torch.cat(preds), y)


class EarlyStopping:
    def __init__(self, patience, min_delta):
        self.patience = patience
        self.min_delta = min_delta
        self.best = math.inf
        self.bad = 0
        self.best_state = None

    def step(self, value, model):
        if value < self.best - self.min_delta:
            self.best = value
            self.bad = 0
            self.best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
            return False
        self.bad += 1
        return self.bad > self.patience


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser(description="sheet caliper forecasting")
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--no-curriculum", action="store_true")
    p.add_argument("--config", type=str, default=None, help="JSON file with overrides")
    p.add_argument("--dump-config", action="store_true")
    p.add_argument("-v", "--verbose", action="store_true")
    return p.parse_args(argv)


def build_config(args):
    cfg = DEFAULT_CONFIG
    if args.config and os.path.exists(args.config):
        with open(args.config) as fh:
            cfg = deep_update(cfg, json.load(fh))
    overrides = {"optim": {}, "model": {}, "curriculum": {}}
    if args.epochs is not None:
        overrides["optim"]["epochs"] = args.epochs
    if args.lr is not None:
        overrides["optim"]["lr"] = args.lr
    if args.hidden is not None:
        overrides["model"]["hidden"] = args.hidden
    if args.no_curriculum:
        overrides["curriculum"]["enabled"] = False
    return deep_update(cfg, overrides)


def run(cfg):
    set_seed(cfg["seed"])
    d = cfg["data"]
    n_sensors = len(d["sensors"])
    tx, ty = synth_vat(d["n_train"], d["window"], n_sensors, d["noise"], seed=cfg["seed"])
    vx, vy = synth_vat(d["n_val"], d["window"], n_sensors, d["noise"], seed=cfg["seed"] + 1)
    tx, vx = standardise(tx, vx)

    model = CaliperForecaster(n_sensors, **cfg["model"])
    LOGGER.info("model has %d trainable parameters", count_parameters(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["optim"]["lr"], weight_decay=cfg["optim"]["weight_decay"])
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=max(cfg["optim"]["epochs"], 1))
    stopper = EarlyStopping(**cfg["early_stopping"])
    history = defaultdict(list)

    for epoch in range(cfg["optim"]["epochs"]):
        use_curriculum = cfg["curriculum"]["enabled"] and epoch > 0
        LOGGER.debug("epoch %d curriculum=%s", epoch, use_curriculum)
        with Timer() as t:
            train_loss = train_epoch(model, opt, tx, ty, cfg, use_curriculum)
            sched.step()
            val = evaluate(model, vx, vy, cfg["optim"]["batch_size"])
        history["train_loss"].append(train_loss)
        for k, v in val.items():
            history[f"val_{k}"].append(v)
        LOGGER.info("epoch %d (%.2fs) train=%.5f %s lr=%.2e", epoch, t.elapsed, train_loss,
                    format_metrics(val), sched.get_last_lr()[0])
        if stopper.step(val["rmse"], model):
            LOGGER.info("early stop at epoch %d", epoch)
            break

    if stopper.best_state is not None:
        model.load_state_dict(stopper.best_state)
    final = evaluate(model, vx, vy, cfg["optim"]["batch_size"])
    return model, history, final


def summarise(history, final):
    rows = ["epoch | train_loss | val_rmse | val_mae"]
    for i, (tl, rm, ma) in enumerate(zip(history["train_loss"], history["val_rmse"], history["val_mae"])):
        rows.append(f"{i:5d} | {tl:10.5f} | {rm:8.5f} | {ma:7.5f}")
    rows.append("final: " + format_metrics(final))
    return "\n".join(rows)


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = build_config(args)
    if args.dump_config:
        print(json.dumps(cfg, indent=2))
        return 0
    _, history, final = run(cfg)
    print(summarise(history, final))
    return 0


if __name__ == "__main__":
    sys.exit(main())
