# expect: crash
"""Narrowboat lock-passage time forecasting.

Predicts how long a narrowboat will take through the next lock flight from the boat's
recent passage log (per lock: queue length, paddle-gear age, boat length, crew size,
wind, water level) with a stacked GRU and a quantile head (p10 / p50 / p90).

Research-code layout: one file, argparse + a config dict, logging, metrics helpers,
a cosine schedule with warm-up, gradient clipping, a checkpoint round-trip, and a
periodic MC-dropout calibration probe.

    python narrowboat_lock_times.py --epochs 2 --steps-per-epoch 5
"""
import argparse
import json
import logging
import math
import os
import random
import shutil
import tempfile
import time
from collections import defaultdict

import torch
from torch import nn
from torch.nn import functional as F

LOG = logging.getLogger("narrowboat")

DEFAULT_CONFIG = {
    "seed": 13,
    "data": {
        "n_flights": 5,
        "locks_per_flight": 12,
        "n_features": 6,
        "train_boats": 64,
        "val_boats": 16,
        "noise": 0.15,
    },
    "model": {
        "hidden": 16,
        "layers": 2,
        "dropout": 0.2,
        "quantiles": [0.1, 0.5, 0.9],
    },
    "optim": {
        "lr": 3e-3,
        "weight_decay": 1e-4,
        "warmup_steps": 3,
        "clip": 1.0,
    },
    "train": {
        "epochs": 2,
        "steps_per_epoch": 5,
        "batch_size": 8,
        "probe_every": 3,
        "mc_samples": 4,
        "log_every": 2,
    },
}

FEATURES = ["queue", "gear_age", "boat_len", "crew", "wind", "level"]


# --------------------------------------------------------------------------------------
# utilities
# --------------------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def deep_update(base, override):
    out = json.loads(json.dumps(base))
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_update(out[k], v)
        else:
            out[k] = v
    return out


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.sum = 0.0
        self.n = 0

    def update(self, value, n=1):
        self.sum += float(value) * n
        self.n += n

    @property
    def avg(self):
        return self.sum / max(self.n, 1)


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.t0
        return False


# --------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------
def simulate_flight(n_boats, locks, noise, flight_id):
    """Synthetic passage logs for one lock flight. Target: minutes for the next flight."""
    g = torch.Generator().manual_seed(1000 + flight_id)
    queue = torch.poisson(torch.full((n_boats, locks), 1.5), generator=g)
    gear_age = torch.rand(n_boats, 1, generator=g).expand(n_boats, locks) * 40
    boat_len = (torch.rand(n_boats, 1, generator=g) * 50 + 20).expand(n_boats, locks)
    crew = torch.randint(1, 5, (n_boats, 1), generator=g).float().expand(n_boats, locks)
    wind = torch.randn(n_boats, locks, generator=g).abs() * 8
    level = torch.randn(n_boats, locks, generator=g) * 0.2
    x = torch.stack([queue, gear_age, boat_len, crew, wind, level], -1)
    per_lock = 9 + 4 * queue + 0.05 * gear_age + 0.03 * boat_len - 1.2 * crew + 0.3 * wind
    minutes = per_lock.mean(1) * locks * 0.25 * (1 + noise * torch.randn(n_boats, generator=g))
    return x, minutes


def build_dataset(cfg):
    d = cfg["data"]
    xs, ys = [], []
    for fid in range(d["n_flights"]):
        x, y = simulate_flight(d["train_boats"] + d["val_boats"], d["locks_per_flight"], d["noise"], fid)
        xs.append(x)
        ys.append(y)
    x = torch.cat(xs)
    y = torch.cat(ys)
    perm = torch.randperm(len(x))
    x, y = x[perm], y[perm]
    n_val = d["val_boats"] * d["n_flights"]
    return (x[n_val:], y[n_val:]), (x[:n_val], y[:n_val])


class Standardiser:
    def fit(self, x, y):
        self.x_mean = x.mean((0, 1), keepdim=True)
        self.x_std = x.std((0, 1), keepdim=True) + 1e-6
        self.y_mean = y.mean()
        self.y_std = y.std() + 1e-6
        return self

    def x(self, x):
        return (x - self.x_mean) / self.x_std

    def y(self, y):
        return (y - self.y_mean) / self.y_std

    def y_inv(self, y):
        return y * self.y_std + self.y_mean


def iterate_batches(x, y, batch_size, shuffle=True):
    idx = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), batch_size):
        j = idx[i:i + batch_size]
        yield x[j], y[j]


# --------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------
class LockFlightGRU(nn.Module):
    def __init__(self, n_features, hidden, layers, dropout, quantiles):
        super().__init__()
        self.quantiles = list(quantiles)
        self.embed = nn.Sequential(nn.Linear(n_features, hidden), nn.GELU(), nn.Dropout(dropout))
        self.gru = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True, dropout=dropout)
        self.norm = nn.LayerNorm(hidden)
        self.head_drop = nn.Dropout(dropout)
        self.head = nn.Linear(hidden, len(self.quantiles))

    def forward(self, x):
        h, _ = self.gru(self.embed(x))
        z = self.norm(h[:, -1])
        q = self.head(self.head_drop(z))
        # keep quantiles ordered: first one free, the rest as positive increments
        return torch.cat([q[:, :1], q[:, :1] + F.softplus(q[:, 1:]).cumsum(-1)], -1)


def pinball_loss(pred, target, quantiles):
    losses = []
    for i, q in enumerate(quantiles):
        err = target - pred[:, i]
        losses.append(torch.max(q * err, (q - 1) * err).mean())
    return torch.stack(losses).sum()


# --------------------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------------------
def regression_metrics(pred_minutes, true_minutes, quantiles):
    med = pred_minutes[:, quantiles.index(0.5)]
    err = med - true_minutes
    lo, hi = pred_minutes[:, 0], pred_minutes[:, -1]
    return {
        "mae": err.abs().mean().item(),
        "rmse": err.pow(2).mean().sqrt().item(),
        "coverage": ((true_minutes >= lo) & (true_minutes <= hi)).float().mean().item(),
        "width": (hi - lo).mean().item(),
    }


def enable_mc_dropout(model):
    """Eval mode everywhere except the dropout layers (MC-dropout sampling)."""
    model.eval()
    for m in model.modules():
        if isinstance(m, nn.Dropout):
            m.train()


@torch.no_grad()
def mc_dropout_probe(model, x, n_samples):
    enable_mc_dropout(model)
    draws = torch.stack([model(x)[:, 1] for _ in range(n_samples)])
    return draws.std(0).mean().item()


@torch.no_grad()
def evaluate(model, x, y, scaler, quantiles, batch_size):
    model.eval()
    preds = []
    for xb, _ in iterate_batches(x, y, batch_size, shuffle=False):
        preds.append(scaler.y_inv(model(scaler.x(xb))))
    return regression_metrics(torch.cat(preds), y, quantiles)


# --------------------------------------------------------------------------------------
# optimisation
# --------------------------------------------------------------------------------------
def make_optimizer(model, cfg):
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (no_decay if p.ndim == 1 or "norm" in name else decay).append(p)
    return torch.optim.AdamW(
        [{"params": decay, "weight_decay": cfg["optim"]["weight_decay"]},
         {"params": no_decay, "weight_decay": 0.0}],
        lr=cfg["optim"]["lr"],
    )


def make_scheduler(opt, cfg, total_steps):
    warm = cfg["optim"]["warmup_steps"]

    def lr_lambda(step):
        if step < warm:
            return (step + 1) / warm
        progress = (step - warm) / max(1, total_steps - warm)
        return 0.5 * (1 + math.cos(math.pi * min(progress, 1.0)))

    return torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda)


def save_checkpoint(path, model, opt, epoch, metrics):
    torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "epoch": epoch,
                "metrics": metrics}, path)


def load_checkpoint(path, model, opt=None):
    state = torch.load(path, weights_only=False)
    model.load_state_dict(state["model"])
    if opt is not None:
        opt.load_state_dict(state["opt"])
    return state["epoch"], state["metrics"]


# --------------------------------------------------------------------------------------
# training
# --------------------------------------------------------------------------------------
def train_one_epoch(model, opt, sched, train_xy, scaler, cfg, epoch, history):
    tcfg = cfg["train"]
    quantiles = cfg["model"]["quantiles"]
    meter = AverageMeter()
    model.train()
    batches = iterate_batches(*train_xy, tcfg["batch_size"])
    for step in range(tcfg["steps_per_epoch"]):
        try:
            xb, yb = next(batches)
        except StopIteration:
            batches = iterate_batches(*train_xy, tcfg["batch_size"])
            xb, yb = next(batches)
        pred = model(scaler.x(xb))
        loss = pinball_loss(pred, scaler.y(yb), quantiles)
        opt.zero_grad(set_to_none=True)
        loss.backward()  # TM001-here
        gnorm = torch.nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        opt.step()
        sched.step()
        meter.update(loss.item(), len(xb))
        if step % tcfg["log_every"] == 0:
            LOG.info("epoch %d step %d loss %.4f gnorm %.3f lr %.2e", epoch, step, meter.avg,
                     float(gnorm), sched.get_last_lr()[0])
        if tcfg["probe_every"] and (step + 1) % tcfg["probe_every"] == 0:
            spread = mc_dropout_probe(model, scaler.x(xb), tcfg["mc_samples"])
            history["mc_spread"].append(spread)
            LOG.info("  mc-dropout spread of p50 (std units): %.4f", spread)
    return meter.avg


def run(cfg, workdir):
    set_seed(cfg["seed"])
    train_xy, val_xy = build_dataset(cfg)
    scaler = Standardiser().fit(*train_xy)
    m = cfg["model"]
    model = LockFlightGRU(cfg["data"]["n_features"], m["hidden"], m["layers"], m["dropout"], m["quantiles"])
    LOG.info("model has %d trainable parameters", count_parameters(model))
    opt = make_optimizer(model, cfg)
    total = cfg["train"]["epochs"] * cfg["train"]["steps_per_epoch"]
    sched = make_scheduler(opt, cfg, total)
    history = defaultdict(list)
    best = math.inf
    ckpt = os.path.join(workdir, "best.pt")
    for epoch in range(cfg["train"]["epochs"]):
        with Timer() as t:
            tr = train_one_epoch(model, opt, sched, train_xy, scaler, cfg, epoch, history)
        metrics = evaluate(model, *val_xy, scaler, m["quantiles"], cfg["train"]["batch_size"])
        history["train_loss"].append(tr)
        for k, v in metrics.items():
            history[k].append(v)
        LOG.info("epoch %d done in %.2fs: train %.4f | val mae %.2f min rmse %.2f cov %.2f width %.1f",
                 epoch, t.elapsed, tr, metrics["mae"], metrics["rmse"], metrics["coverage"], metrics["width"])
        if metrics["mae"] < best:
            best = metrics["mae"]
            save_checkpoint(ckpt, model, opt, epoch, metrics)
    if os.path.exists(ckpt):
        ep, met = load_checkpoint(ckpt, model)
        LOG.info("best epoch %d: %s", ep, json.dumps({k: round(v, 3) for k, v in met.items()}))
    return dict(history)


def feature_report(train_xy):
    x, _ = train_xy
    flat = x.reshape(-1, x.shape[-1])
    for name, col in zip(FEATURES, flat.T):
        LOG.info("feature %-9s mean %7.2f std %6.2f", name, col.mean().item(), col.std().item())


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--steps-per-epoch", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--no-probe", action="store_true", help="disable the MC-dropout probe")
    p.add_argument("--config", type=str, default=None, help="JSON overrides")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def config_from_args(args):
    cfg = DEFAULT_CONFIG
    if args.config:
        cfg = deep_update(cfg, json.loads(args.config))
    overrides = {"train": {}, "model": {}}
    if args.epochs is not None:
        overrides["train"]["epochs"] = args.epochs
    if args.steps_per_epoch is not None:
        overrides["train"]["steps_per_epoch"] = args.steps_per_epoch
    if args.hidden is not None:
        overrides["model"]["hidden"] = args.hidden
    if args.no_probe:
        overrides["train"]["probe_every"] = 0
    return deep_update(cfg, overrides)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    cfg = config_from_args(args)
    LOG.info("config: %s", json.dumps(cfg))
    workdir = tempfile.mkdtemp(prefix="narrowboat_")
    try:
        set_seed(cfg["seed"])
        feature_report(build_dataset(cfg)[0])
        history = run(cfg, workdir)
        LOG.info("final: %s", {k: [round(v, 3) for v in vs] for k, vs in history.items()})
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
