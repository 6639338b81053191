# expect: crash
"""
Saltpetre refinery: forecasting nitre crystal yield from boiling-pan sensor
traces (temperature, brine density, ash lye flow, stirring rate).

Research script. Trains a stacked LSTM forecaster with early stopping on a
validation split, restores the best snapshot, then runs a short low-LR
"polish" stage on the union of train and validation data before reporting
test metrics.

Usage:
    python long01_saltpetre_refinery_research.py --epochs 4 --hidden 12
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

LOG = logging.getLogger("refinery")

DEFAULT_CONFIG = {
    "seed": 17,
    "n_series": 48,
    "seq_len": 12,
    "horizon": 1,
    "n_features": 4,
    "hidden": 12,
    "layers": 2,
    "dropout": 0.1,
    "batch_size": 8,
    "lr": 5e-3,
    "polish_lr": 1e-3,
    "weight_decay": 1e-5,
    "epochs": 4,
    "polish_epochs": 1,
    "patience": 2,
    "clip": 1.0,
    "val_frac": 0.25,
    "test_frac": 0.25,
    "log_every": 2,
}


# --------------------------------------------------------------------------
# utilities
# --------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    level = logging.DEBUG if verbose else logging.INFO
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--layers", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--batch-size", type=int, default=None, dest="batch_size")
    p.add_argument("--patience", type=int, default=None)
    p.add_argument("--no-polish", action="store_true")
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--save-json", action="store_true", help="write metrics to a temp json and remove it")
    return p.parse_args(argv)


def merge_config(args):
    cfg = dict(DEFAULT_CONFIG)
    for k, v in vars(args).items():
        if k in cfg and v is not None:
            cfg[k] = v
    cfg["polish"] = not args.no_polish
    return cfg


class AverageMeter:
    def __init__(self):
        self.sum = 0.0
        self.n = 0

    def update(self, value, n=1):
        self.sum += float(value) * n
        self.n += n

    @property
    def avg(self):
        return self.sum / max(1, self.n)


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.t0
        return False


# --------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------
def synth_pan_traces(cfg):
    """Synthetic boiling-pan traces: a slow temperature ramp, density that
    follows temperature with lag, lye flow pulses and stirring noise."""
    n, t, f = cfg["n_series"], cfg["seq_len"] + cfg["horizon"], cfg["n_features"]
    base = torch.linspace(0, 1, t)[None, :, None]
    temp = base + 0.1 * torch.randn(n, t, 1)
    dens = torch.roll(temp, 2, dims=1) * 0.8 + 0.05 * torch.randn(n, t, 1)
    lye = (torch.rand(n, t, 1) > 0.7).float() * 0.5
    stir = 0.2 * torch.randn(n, t, 1)
    x = torch.cat([temp, dens, lye, stir], dim=-1)[..., :f]
    yield_ = (0.6 * dens + 0.3 * temp - 0.2 * lye).squeeze(-1)
    return x[:, : cfg["seq_len"]], yield_[:, cfg["seq_len"]:].sum(-1, keepdim=True)


def split(x, y, cfg):
    n = x.shape[0]
    idx = torch.randperm(n)
    n_test = int(n * cfg["test_frac"])
    n_val = int(n * cfg["val_frac"])
    te, va, tr = idx[:n_test], idx[n_test:n_test + n_val], idx[n_test + n_val:]
    return (x[tr], y[tr]), (x[va], y[va]), (x[te], y[te])


class Standardiser:
    def fit(self, x):
        self.mu = x.mean(dim=(0, 1), keepdim=True)
        self.sd = x.std(dim=(0, 1), keepdim=True) + 1e-6
        return self

    def __call__(self, x):
        return (x - self.mu) / self.sd


def iterate(x, y, batch_size, shuffle=True):
    n = x.shape[0]
    order = torch.randperm(n) if shuffle else torch.arange(n)
    for i in range(0, n, batch_size):
        j = order[i:i + batch_size]
        yield x[j], y[j]


# --------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------
class PanForecaster(nn.Module):
    def __init__(self, n_features, hidden, layers, dropout):
        super().__init__()
        self.inp = nn.Linear(n_features, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True,
                            dropout=dropout if layers > 1 else 0.0)
        self.norm = nn.LayerNorm(hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(torch.tanh(self.inp(x)))
        return self.out(self.norm(h[:, -1]))


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------
def mae(pred, target):
    return (pred - target).abs().mean().item()


def rmse(pred, target):
    return math.sqrt(((pred - target) ** 2).mean().item())


def smape(pred, target):
    denom = (pred.abs() + target.abs()).clamp_min(1e-6)
    return (2 * (pred - target).abs() / denom).mean().item()


def r2(pred, target):
    ss_res = ((target - pred) ** 2).sum()
    ss_tot = ((target - target.mean()) ** 2).sum().clamp_min(1e-9)
    return (1 - ss_res / ss_tot).item()


METRICS = {"mae": mae, "rmse": rmse, "smape": smape, "r2": r2}


# --------------------------------------------------------------------------
# training
# --------------------------------------------------------------------------
def make_optimizer(model, lr, wd):
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (no_decay if name.endswith("bias") or "norm" in name else decay).append(p)
    return torch.optim.AdamW([{"params": decay, "weight_decay": wd},
                              {"params": no_decay, "weight_decay": 0.0}], lr=lr)


def train_one_epoch(model, opt, data, cfg, epoch, tag="train"):
    meter = AverageMeter()
    for step, (xb, yb) in enumerate(iterate(*data, cfg["batch_size"])):
        pred = model(xb)
        loss = F.smooth_l1_loss(pred, yb)
        opt.zero_grad()
        loss.backward()  # TM001-here
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        meter.update(loss.item(), xb.shape[0])
        if step % cfg["log_every"] == 0:
            LOG.debug("%s epoch %d step %d loss %.4f", tag, epoch, step, loss.item())
    return meter.avg


def evaluate(model, data, cfg):
    model.eval()
    preds, targets = [], []
    with torch.no_grad():
        for xb, yb in iterate(*data, cfg["batch_size"], shuffle=False):
            preds.append(model(xb))
            targets.append(yb)
    pred, target = torch.cat(preds), torch.cat(targets)
    return {name: fn(pred, target) for name, fn in METRICS.items()}


class EarlyStopper:
    def __init__(self, patience, key="rmse"):
        self.patience = patience
        self.key = key
        self.best = float("inf")
        self.bad = 0
        self.snapshot = None
        self.best_epoch = -1

    def step(self, model, metrics, epoch):
        score = metrics[self.key]
        if score < self.best - 1e-6:
            self.best = score
            self.bad = 0
            self.best_epoch = epoch
            self.snapshot = copy.deepcopy(model)
            return False
        self.bad += 1
        return self.bad > self.patience


def fit(model, train_data, val_data, cfg):
    opt = make_optimizer(model, cfg["lr"], cfg["weight_decay"])
    stopper = EarlyStopper(cfg["patience"])
    history = defaultdict(list)
    for epoch in range(cfg["epochs"]):
        model.train()
        with Timer() as t:
            tr_loss = train_one_epoch(model, opt, train_data, cfg, epoch)
        val = evaluate(model, val_data, cfg)
        history["train_loss"].append(tr_loss)
        for k, v in val.items():
            history["val_" + k].append(v)
        LOG.info("epoch %d train %.4f val rmse %.4f (%.2fs)", epoch, tr_loss, val["rmse"], t.elapsed)
        if stopper.step(model, val, epoch):
            LOG.info("early stop at epoch %d (best %d)", epoch, stopper.best_epoch)
            break
    best = stopper.snapshot if stopper.snapshot is not None else model
    return best, history


def polish(model, train_data, val_data, cfg):
    """A short low-LR pass over train+val, starting from the restored best."""
    union = (torch.cat([train_data[0], val_data[0]]), torch.cat([train_data[1], val_data[1]]))
    opt = make_optimizer(model, cfg["polish_lr"], cfg["weight_decay"])
    losses = []
    for epoch in range(cfg["polish_epochs"]):
        losses.append(train_one_epoch(model, opt, union, cfg, epoch, tag="polish"))
    return losses


def summarise(history):
    out = {}
    for k, v in history.items():
        if v:
            out[k] = {"first": round(v[0], 4), "last": round(v[-1], 4), "best": round(min(v), 4)}
    return out


def maybe_write(metrics, enabled):
    if not enabled:
        return
    fd, path = tempfile.mkstemp(suffix=".json")
    with os.fdopen(fd, "w") as fh:
        json.dump(metrics, fh)
    LOG.info("metrics written to %s", path)
    os.remove(path)


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_config(args)
    set_seed(cfg["seed"])
    LOG.info("config: %s", json.dumps(cfg, sort_keys=True))

    x, y = synth_pan_traces(cfg)
    train_data, val_data, test_data = split(x, y, cfg)
    scaler = Standardiser().fit(train_data[0])
    train_data = (scaler(train_data[0]), train_data[1])
    val_data = (scaler(val_data[0]), val_data[1])
    test_data = (scaler(test_data[0]), test_data[1])
    LOG.info("splits: train %d val %d test %d", len(train_data[0]), len(val_data[0]), len(test_data[0]))

    model = PanForecaster(cfg["n_features"], cfg["hidden"], cfg["layers"], cfg["dropout"])
    LOG.info("parameters: %d", count_parameters(model))

    model, history = fit(model, train_data, val_data, cfg)
    LOG.info("history: %s", summarise(history))

    if cfg["polish"]:
        polish_losses = polish(model, train_data, val_data, cfg)
        LOG.info("polish losses: %s", [round(v, 4) for v in polish_losses])

    test = evaluate(model, test_data, cfg)
    LOG.info("test: %s", {k: round(v, 4) for k, v in test.items()})
    maybe_write({"test": test, "history": summarise(history)}, args.save_json)
    return test


if __name__ == "__main__":
    main(["--epochs", "4", "--save-json"])
