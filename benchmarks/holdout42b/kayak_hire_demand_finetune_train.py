# expect: clean
"""Sea-kayak hire demand forecasting.

Research script: an LSTM forecaster of hourly kayak rentals from weather and tide features,
with early stopping that keeps the best snapshot, then a short fine-tune on the latest week.

    python kayak_hire_demand.py --epochs 3 --hidden 8
"""
import argparse
import copy
import json
import logging
import math
import os
import random
import tempfile
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("kayak")

DEFAULTS = {
    "features": 5,
    "hidden": 8,
    "layers": 1,
    "dropout": 0.0,
    "seq_len": 12,
    "horizon": 1,
    "batch_size": 4,
    "epochs": 3,
    "lr": 3e-3,
    "weight_decay": 1e-5,
    "patience": 2,
    "clip": 1.0,
    "finetune_steps": 2,
    "finetune_lr": 1e-3,
    "seed": 13,
    "n_train": 16,
    "n_val": 8,
    "n_recent": 8,
}


# --------------------------------------------------------------------------- utils
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=DEFAULTS["epochs"])
    p.add_argument("--hidden", type=int, default=DEFAULTS["hidden"])
    p.add_argument("--lr", type=float, default=DEFAULTS["lr"])
    p.add_argument("--seed", type=int, default=DEFAULTS["seed"])
    p.add_argument("--patience", type=int, default=DEFAULTS["patience"])
    p.add_argument("--no-finetune", action="store_true")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULTS)
    cfg.update(epochs=args.epochs, hidden=args.hidden, lr=args.lr, seed=args.seed, patience=args.patience)
    cfg["finetune"] = not args.no_finetune
    return cfg


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")


class Timer:
    def __init__(self):
        self.t0 = time.perf_counter()

    def lap(self):
        t = time.perf_counter()
        dt, self.t0 = t - self.t0, t
        return dt


# --------------------------------------------------------------------------- data
def synth_series(n, seq_len, features):
    """Fake hourly weather (wind, swell, temp, tide, rain) and rentals."""
    t = torch.arange(seq_len).float()
    base = torch.sin(t / 3.0).expand(n, seq_len)
    x = torch.randn(n, seq_len, features) * 0.5
    x[..., 3] += base  # tide
    y = (x[:, -1, 2] - x[:, -1, 0] + 0.3 * x[:, -1, 3]).unsqueeze(-1)
    return x, y


def standardise(x, stats=None):
    if stats is None:
        mu = x.mean(dim=(0, 1), keepdim=True)
        sd = x.std(dim=(0, 1), keepdim=True).clamp_min(1e-6)
        stats = (mu, sd)
    mu, sd = stats
    return (x - mu) / sd, stats


def batches(x, y, batch_size, shuffle=True):
    idx = list(range(x.size(0)))
    if shuffle:
        random.shuffle(idx)
    for i in range(0, len(idx), batch_size):
        j = idx[i:i + batch_size]
        yield x[j], y[j]


def make_splits(cfg):
    xtr, ytr = synth_series(cfg["n_train"], cfg["seq_len"], cfg["features"])
    xva, yva = synth_series(cfg["n_val"], cfg["seq_len"], cfg["features"])
    xre, yre = synth_series(cfg["n_recent"], cfg["seq_len"], cfg["features"])
    xtr, stats = standardise(xtr)
    xva, _ = standardise(xva, stats)
    xre, _ = standardise(xre, stats)
    return {"train": (xtr, ytr), "val": (xva, yva), "recent": (xre, yre)}, stats


# --------------------------------------------------------------------------- model
class DemandForecaster(nn.Module):
    def __init__(self, features, hidden, layers=1, dropout=0.0, horizon=1):
        super().__init__()
        self.inp = nn.Linear(features, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True,
                            dropout=dropout if layers > 1 else 0.0)
        self.norm = nn.LayerNorm(hidden)
        self.out = nn.Linear(hidden, horizon)

    def forward(self, x):
        z = F.gelu(self.inp(x))
        h, _ = self.lstm(z)
        return self.out(self.norm(h[:, -1]))


def build_model(cfg):
    return DemandForecaster(cfg["features"], cfg["hidden"], cfg["layers"], cfg["dropout"], cfg["horizon"])


def count_params(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------- metrics
def mae(pred, y):
    return (pred - y).abs().mean().item()


def rmse(pred, y):
    return math.sqrt(F.mse_loss(pred, y).item())


def smape(pred, y):
    denom = (pred.abs() + y.abs()).clamp_min(1e-6)
    return (2 * (pred - y).abs() / denom).mean().item()


def bias(pred, y):
    """Mean signed error: positive means we over-forecast rentals."""
    return (pred - y).mean().item()


def coverage(pred, y, tol=0.5):
    """Share of hours forecast within +-tol kayaks (standardised units)."""
    return ((pred - y).abs() <= tol).float().mean().item()


METRICS = {"mae": mae, "rmse": rmse, "smape": smape, "bias": bias, "coverage": coverage}


class MetricTracker:
    def __init__(self):
        self.history = defaultdict(list)

    def log(self, split, values):
        for k, v in values.items():
            self.history[f"{split}/{k}"].append(v)

    def last(self, key):
        return self.history[key][-1]

    def to_json(self):
        return json.dumps({k: [round(v, 5) for v in vs] for k, vs in self.history.items()})


# --------------------------------------------------------------------------- train / eval
def train_one_epoch(model, opt, data, cfg):
    model.train()
    x, y = data
    losses = []
    for xb, yb in batches(x, y, cfg["batch_size"]):
        pred = model(xb)
        loss = F.smooth_l1_loss(pred, yb)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)


def evaluate(model, data, cfg):
    model.eval()
    x, y = data
    preds = []
    with torch.no_grad():
        for xb, _ in batches(x, y, cfg["batch_size"], shuffle=False):
            preds.append(model(xb))
    pred = torch.cat(preds)
    return {name: fn(pred, y) for name, fn in METRICS.items()}


class EarlyStopping:
    def __init__(self, patience):
        self.patience = patience
        self.best = float("inf")
        self.best_model = None
        self.bad = 0

    def step(self, score, model):
        if score < self.best - 1e-6:
            self.best = score
            self.best_model = copy.deepcopy(model)
            self.bad = 0
            return False
        self.bad += 1
        return self.bad > self.patience


def fit(model, splits, cfg, tracker):
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    stopper = EarlyStopping(cfg["patience"])
    timer = Timer()
    for epoch in range(cfg["epochs"]):
        tr_loss = train_one_epoch(model, opt, splits["train"], cfg)
        val = evaluate(model, splits["val"], cfg)
        tracker.log("train", {"loss": tr_loss})
        tracker.log("val", val)
        LOG.info("epoch %d loss %.4f val_mae %.4f (%.2fs)", epoch, tr_loss, val["mae"], timer.lap())
        if stopper.step(val["mae"], model):
            LOG.info("early stop at epoch %d", epoch)
            break
    return stopper.best_model or model


def finetune_recent(model, data, cfg):
    """A few steps on the most recent week, lower LR, head and LSTM both adapt."""
    opt = torch.optim.SGD(model.parameters(), lr=cfg["finetune_lr"], momentum=0.9)
    model.train()
    x, y = data
    for step in range(cfg["finetune_steps"]):
        for xb, yb in batches(x, y, cfg["batch_size"]):
            loss = F.smooth_l1_loss(model(xb), yb)
            opt.zero_grad()
            loss.backward()
            opt.step()
        LOG.debug("finetune step %d loss %.4f", step, loss.item())
    return model


def save_report(tracker, cfg, path):
    with open(path, "w") as fh:
        fh.write(json.dumps({"config": cfg, "metrics": json.loads(tracker.to_json())}, indent=1))


def summarise(tracker):
    keys = sorted(k for k in tracker.history if k.startswith("val/"))
    return ", ".join(f"{k}={tracker.last(k):.4f}" for k in keys)


# --------------------------------------------------------------------------- main
def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = build_config(args)
    set_seed(cfg["seed"])
    splits, _ = make_splits(cfg)
    model = build_model(cfg)
    LOG.info("model has %d trainable parameters", count_params(model))
    tracker = MetricTracker()
    best = fit(model, splits, cfg, tracker)
    LOG.info("best: %s", summarise(tracker))
    if cfg["finetune"]:
        best = finetune_recent(best, splits["recent"], cfg)
        tracker.log("recent", evaluate(best, splits["recent"], cfg))
    fd, path = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    try:
        save_report(tracker, cfg, path)
        LOG.info("report written (%d bytes)", os.path.getsize(path))
    finally:
        os.remove(path)
    return tracker


if __name__ == "__main__":
    main()
