# expect: crash
"""Cooper stave moisture research code.

Predicts the final moisture content of an oak stave from a drying-kiln trace
(temperature, humidity, airflow, weight loss) with a stacked LSTM. The script
follows the usual research layout: a config dict overridable from argparse, a
synthetic data generator, metric helpers, a training loop with early stopping
on a validation split, and a final "polish" stage that fine-tunes the best model
on the union of train and validation data before the test report.
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

LOG = logging.getLogger("cooper")

DEFAULTS = {
    "seed": 17,
    "n_features": 4,
    "seq_len": 10,
    "hidden": 12,
    "layers": 2,
    "dropout": 0.1,
    "batch_size": 6,
    "n_train": 36,
    "n_val": 12,
    "n_test": 12,
    "epochs": 3,
    "lr": 5e-3,
    "weight_decay": 1e-5,
    "patience": 2,
    "clip": 1.0,
    "polish_epochs": 1,
    "polish_lr": 1e-3,
    "log_every": 2,
}


# --------------------------------------------------------------------------- #
# configuration
# --------------------------------------------------------------------------- #
def parse_args(argv=None):
    p = argparse.ArgumentParser(description="stave moisture LSTM")
    for key, val in DEFAULTS.items():
        p.add_argument("--" + key.replace("_", "-"), type=type(val), default=val)
    p.add_argument("--dump-config", action="store_true")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULTS)
    for key in DEFAULTS:
        cfg[key] = getattr(args, key)
    return cfg


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
    )


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# --------------------------------------------------------------------------- #
# data
# --------------------------------------------------------------------------- #
def synth_kiln_trace(seq_len, n_features):
    """One drying run: smooth random walk per channel, target from the tail."""
    steps = torch.randn(seq_len, n_features) * 0.3
    trace = steps.cumsum(0)
    trace[:, 0] = trace[:, 0].abs() + 1.0        # temperature stays positive
    moisture = 0.5 * trace[-3:, 1].mean() - 0.2 * trace[:, 3].sum() / seq_len
    return trace, moisture


def make_split(n, cfg):
    xs, ys = [], []
    for _ in range(n):
        x, y = synth_kiln_trace(cfg["seq_len"], cfg["n_features"])
        xs.append(x)
        ys.append(y)
    return torch.stack(xs), torch.stack(ys)


class Standardiser:
    def __init__(self):
        self.mean = None
        self.std = None

    def fit(self, x):
        self.mean = x.mean(dim=(0, 1), keepdim=True)
        self.std = x.std(dim=(0, 1), keepdim=True) + 1e-6
        return self

    def __call__(self, x):
        return (x - self.mean) / self.std


def batches(x, y, bs, shuffle):
    idx = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), bs):
        j = idx[i:i + bs]
        yield x[j], y[j]


# --------------------------------------------------------------------------- #
# model
# --------------------------------------------------------------------------- #
class StaveLSTM(nn.Module):
    def __init__(self, n_features, hidden, layers, dropout):
        super().__init__()
        self.inp = nn.Linear(n_features, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True,
                            dropout=dropout if layers > 1 else 0.0)
        self.norm = nn.LayerNorm(hidden)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.GELU(), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.lstm(F.gelu(self.inp(x)))
        return self.head(self.norm(h[:, -1])).squeeze(-1)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------- #
# metrics
# --------------------------------------------------------------------------- #
def mae(pred, tgt):
    return (pred - tgt).abs().mean().item()


def rmse(pred, tgt):
    return math.sqrt(F.mse_loss(pred, tgt).item())


def r2(pred, tgt):
    ss_res = ((tgt - pred) ** 2).sum()
    ss_tot = ((tgt - tgt.mean()) ** 2).sum() + 1e-12
    return (1 - ss_res / ss_tot).item()


METRICS = {"mae": mae, "rmse": rmse, "r2": r2}


class MeterBank:
    def __init__(self):
        self.sums = defaultdict(float)
        self.counts = defaultdict(int)

    def update(self, name, value, n=1):
        self.sums[name] += value * n
        self.counts[name] += n

    def summary(self):
        return {k: self.sums[k] / max(self.counts[k], 1) for k in self.sums}


# --------------------------------------------------------------------------- #
# training / evaluation
# --------------------------------------------------------------------------- #
def train_one_epoch(model, opt, x, y, cfg, epoch):
    model.train()
    meters = MeterBank()
    for step, (xb, yb) in enumerate(batches(x, y, cfg["batch_size"], shuffle=True)):
        pred = model(xb)
        loss = F.smooth_l1_loss(pred, yb)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        meters.update("loss", loss.item(), len(xb))
        if step % cfg["log_every"] == 0:
            LOG.debug("epoch %d step %d loss %.4f", epoch, step, loss.item())
    return meters.summary()


@torch.no_grad()
def evaluate(model, x, y, cfg):
    model.eval()
    preds = torch.cat([model(xb) for xb, _ in batches(x, y, cfg["batch_size"], shuffle=False)])
    return {name: fn(preds, y) for name, fn in METRICS.items()}


class EarlyStopper:
    """Keeps a deep copy of the best model seen on the validation split."""

    def __init__(self, patience):
        self.patience = patience
        self.best = float("inf")
        self.best_model = None
        self.bad_epochs = 0

    def step(self, model, score):
        if score < self.best:
            self.best = score
            self.best_model = copy.deepcopy(model)
            self.bad_epochs = 0
            return False
        self.bad_epochs += 1
        return self.bad_epochs >= self.patience


def polish(model, x, y, cfg):
    """Short fine-tune of the selected model on train+val with a small LR."""
    opt = torch.optim.SGD(model.parameters(), lr=cfg["polish_lr"], momentum=0.9)
    history = []
    for epoch in range(cfg["polish_epochs"]):
        for xb, yb in batches(x, y, cfg["batch_size"], shuffle=True):
            loss = F.smooth_l1_loss(model(xb), yb)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            history.append(loss.item())
    LOG.info("polish: %d steps, last loss %.4f", len(history), history[-1])
    return model


# --------------------------------------------------------------------------- #
# bookkeeping
# --------------------------------------------------------------------------- #
def save_report(report, path):
    with open(path, "w") as fh:
        json.dump(report, fh, indent=2, sort_keys=True)
    LOG.info("report written to %s", path)


def format_metrics(prefix, metrics):
    return " ".join(f"{prefix}/{k}={v:.4f}" for k, v in sorted(metrics.items()))


def run(cfg):
    set_seed(cfg["seed"])
    x_tr, y_tr = make_split(cfg["n_train"], cfg)
    x_va, y_va = make_split(cfg["n_val"], cfg)
    x_te, y_te = make_split(cfg["n_test"], cfg)
    scaler = Standardiser().fit(x_tr)
    x_tr, x_va, x_te = scaler(x_tr), scaler(x_va), scaler(x_te)

    model = StaveLSTM(cfg["n_features"], cfg["hidden"], cfg["layers"], cfg["dropout"])
    LOG.info("model has %d trainable parameters", count_parameters(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    stopper = EarlyStopper(cfg["patience"])

    history = []
    t0 = time.time()
    for epoch in range(cfg["epochs"]):
        tr = train_one_epoch(model, opt, x_tr, y_tr, cfg, epoch)
        va = evaluate(model, x_va, y_va, cfg)
        history.append({"epoch": epoch, **tr, **{"val_" + k: v for k, v in va.items()}})
        LOG.info("epoch %d %s %s", epoch, format_metrics("train", tr), format_metrics("val", va))
        if stopper.step(model, va["rmse"]):
            LOG.info("early stop at epoch %d", epoch)
            break
    LOG.info("training took %.2fs, best val rmse %.4f", time.time() - t0, stopper.best)

    best = stopper.best_model
    x_all = torch.cat([x_tr, x_va])
    y_all = torch.cat([y_tr, y_va])
    best = polish(best, x_all, y_all, cfg)

    test = evaluate(best, x_te, y_te, cfg)
    LOG.info("test %s", format_metrics("test", test))
    report = {"config": cfg, "history": history, "test": test}
    fd, path = tempfile.mkstemp(suffix=".json", prefix="stave_")
    os.close(fd)
    try:
        save_report(report, path)
    finally:
        os.remove(path)
    return report


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = build_config(args)
    if args.dump_config:
        print(json.dumps(cfg, indent=2))
    run(cfg)


if __name__ == "__main__":
    main()
