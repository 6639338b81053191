# expect: clean
"""bellfounder: predicting partial-tone deviations of cast bells from tuning-lathe traces.

Research script. Trains a bidirectional GRU regressor on synthetic lathe traces, keeps the best
snapshot by validation MAE, and finally refits the best snapshot on train+val for a few steps
before reporting test metrics.

Usage:
    python bellfounder_tuning_long.py --epochs 3 --hidden 8
"""
import argparse
import copy
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

LOG = logging.getLogger("bellfounder")

DEFAULTS = {
    "seed": 17,
    "n_bells": 40,
    "trace_len": 12,
    "channels": 4,
    "partials": 3,
    "hidden": 8,
    "layers": 1,
    "dropout": 0.0,
    "batch_size": 8,
    "epochs": 3,
    "lr": 3e-3,
    "weight_decay": 1e-5,
    "clip": 1.0,
    "patience": 2,
    "refit_steps": 2,
    "refit_lr": 1e-3,
    "val_frac": 0.2,
    "test_frac": 0.2,
    "log_every": 2,
}


# ----------------------------------------------------------------------------- utils
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    level = logging.DEBUG if verbose else logging.INFO
    logging.basicConfig(stream=sys.stdout, level=level, format="%(asctime)s %(levelname)s %(message)s")


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for key, val in DEFAULTS.items():
        p.add_argument("--" + key.replace("_", "-"), type=type(val), default=val)
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--dump-config", action="store_true")
    return p.parse_args(argv)


def config_from_args(args):
    cfg = dict(DEFAULTS)
    for key in DEFAULTS:
        cfg[key] = getattr(args, key)
    return cfg


class Timer:
    def __init__(self):
        self.start = time.perf_counter()

    def lap(self):
        now = time.perf_counter()
        out, self.start = now - self.start, now
        return out


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
        return self.total / max(1, self.count)


# ----------------------------------------------------------------------------- data
def synth_bells(cfg):
    """Lathe traces: (bells, time, channels); targets: partial deviations in cents."""
    g = torch.Generator().manual_seed(cfg["seed"])
    n, t, c = cfg["n_bells"], cfg["trace_len"], cfg["channels"]
    base = torch.randn(n, 1, c, generator=g)
    drift = torch.linspace(0, 1, t).view(1, t, 1) * torch.randn(n, 1, c, generator=g)
    noise = 0.1 * torch.randn(n, t, c, generator=g)
    x = base + drift + noise
    w = torch.randn(c, cfg["partials"], generator=g)
    y = torch.tanh(x.mean(1) @ w) * 10.0
    return x, y


def split(x, y, cfg):
    n = len(x)
    idx = torch.randperm(n, generator=torch.Generator().manual_seed(cfg["seed"] + 1))
    n_test = int(n * cfg["test_frac"])
    n_val = int(n * cfg["val_frac"])
    test, val, train = idx[:n_test], idx[n_test:n_test + n_val], idx[n_test + n_val:]
    return (x[train], y[train]), (x[val], y[val]), (x[test], y[test])


def standardise(train, *others):
    mu = train[0].mean(dim=(0, 1), keepdim=True)
    sd = train[0].std(dim=(0, 1), keepdim=True) + 1e-6
    out = [((train[0] - mu) / sd, train[1])]
    for xs, ys in others:
        out.append(((xs - mu) / sd, ys))
    return out


def iterate(x, y, batch_size, shuffle=False, seed=0):
    idx = torch.arange(len(x))
    if shuffle:
        idx = idx[torch.randperm(len(x), generator=torch.Generator().manual_seed(seed))]
    for i in range(0, len(x), batch_size):
        j = idx[i:i + batch_size]
        yield x[j], y[j]


# ----------------------------------------------------------------------------- model
class PartialRegressor(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        h = cfg["hidden"]
        self.inp = nn.Linear(cfg["channels"], h)
        self.gru = nn.GRU(h, h, num_layers=cfg["layers"], batch_first=True, bidirectional=True,
                          dropout=cfg["dropout"] if cfg["layers"] > 1 else 0.0)
        self.attn = nn.Linear(2 * h, 1)
        self.out = nn.Linear(2 * h, cfg["partials"])

    def forward(self, x):
        h, _ = self.gru(torch.relu(self.inp(x)))
        a = torch.softmax(self.attn(h).squeeze(-1), dim=1)
        pooled = (a.unsqueeze(-1) * h).sum(1)
        return self.out(pooled)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ----------------------------------------------------------------------------- metrics
def mae(pred, target):
    return (pred - target).abs().mean().item()


def rmse(pred, target):
    return math.sqrt(F.mse_loss(pred, target).item())


def within_cents(pred, target, cents=2.0):
    return ((pred - target).abs() <= cents).float().mean().item()


def per_partial_mae(pred, target):
    return [(pred[:, k] - target[:, k]).abs().mean().item() for k in range(target.size(1))]


METRICS = {"mae": mae, "rmse": rmse, "within2": within_cents}


# ----------------------------------------------------------------------------- loops
def train_one_epoch(model, opt, data, cfg, epoch):
    model.train()
    meter = AverageMeter()
    for step, (xb, yb) in enumerate(iterate(*data, cfg["batch_size"], shuffle=True, seed=epoch)):
        opt.zero_grad()
        loss = F.smooth_l1_loss(model(xb), yb)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        meter.update(loss.item(), len(xb))
        if step % cfg["log_every"] == 0:
            LOG.debug("epoch %d step %d loss %.4f", epoch, step, loss.item())
    return meter.avg


def evaluate(model, data, cfg):
    model.eval()
    preds, targets = [], []
    with torch.no_grad():
        for xb, yb in iterate(*data, cfg["batch_size"]):
            preds.append(model(xb))
            targets.append(yb)
    pred, target = torch.cat(preds), torch.cat(targets)
    out = {name: fn(pred, target) for name, fn in METRICS.items()}
    out["per_partial"] = per_partial_mae(pred, target)
    return out


class EarlyStopper:
    def __init__(self, patience):
        self.patience = patience
        self.best = float("inf")
        self.bad = 0
        self.snapshot = None
        self.best_epoch = -1

    def step(self, model, score, epoch):
        if score < self.best:
            self.best = score
            self.bad = 0
            self.best_epoch = epoch
            self.snapshot = copy.deepcopy(model.state_dict())
            return False
        self.bad += 1
        return self.bad > self.patience

    def restore(self, cfg):
        model = PartialRegressor(cfg)
        model.load_state_dict(self.snapshot)
        return model


def refit(model, data, cfg):
    """A few low-LR steps on train+val before testing."""
    opt = torch.optim.SGD(model.parameters(), lr=cfg["refit_lr"])
    losses = []
    for step, (xb, yb) in enumerate(iterate(*data, cfg["batch_size"], shuffle=True, seed=99)):
        if step >= cfg["refit_steps"]:
            break
        opt.zero_grad()
        loss = F.smooth_l1_loss(model(xb), yb)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return losses


def merge(a, b):
    return torch.cat([a[0], b[0]]), torch.cat([a[1], b[1]])


def summarise(history):
    rows = []
    for epoch, rec in sorted(history.items()):
        rows.append(f"{epoch:3d}  train {rec['train']:.4f}  val_mae {rec['val']['mae']:.4f}  "
                    f"within2 {rec['val']['within2']:.3f}")
    return "\n".join(rows)


# ----------------------------------------------------------------------------- main
def run(cfg):
    set_seed(cfg["seed"])
    x, y = synth_bells(cfg)
    train, val, test = standardise(*split(x, y, cfg))
    LOG.info("bells: train %d val %d test %d", len(train[0]), len(val[0]), len(test[0]))

    model = PartialRegressor(cfg)
    LOG.info("parameters: %d", count_parameters(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    stopper = EarlyStopper(cfg["patience"])
    history = defaultdict(dict)
    timer = Timer()

    for epoch in range(cfg["epochs"]):
        history[epoch]["train"] = train_one_epoch(model, opt, train, cfg, epoch)
        history[epoch]["val"] = evaluate(model, val, cfg)
        LOG.info("epoch %d train %.4f val mae %.4f (%.2fs)", epoch, history[epoch]["train"],
                 history[epoch]["val"]["mae"], timer.lap())
        if stopper.step(model, history[epoch]["val"]["mae"], epoch):
            LOG.info("early stop at epoch %d (best %d)", epoch, stopper.best_epoch)
            break

    LOG.info("history\n%s", summarise(history))
    best = stopper.restore(cfg)
    refit_losses = refit(best, merge(train, val), cfg)
    LOG.info("refit losses %s", [round(v, 4) for v in refit_losses])
    test_metrics = evaluate(best, test, cfg)
    LOG.info("test %s", json.dumps({k: v for k, v in test_metrics.items() if k != "per_partial"}))
    return test_metrics


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = config_from_args(args)
    if args.dump_config:
        print(json.dumps(cfg, indent=2))
        return 0
    if os.environ.get("BELLFOUNDER_DRY"):
        LOG.info("dry run")
        return 0
    metrics = run(cfg)
    print("test mae", round(metrics["mae"], 4))
    return 0


if __name__ == "__main__":
    sys.exit(main())
