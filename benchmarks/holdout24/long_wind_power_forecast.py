# expect: crash
"""Short-term wind-power forecasting for a small wind farm.

Research script: synthetic SCADA-like data (wind speed, direction, temperature, pressure, power),
sliding windows, per-feature standardisation, a GRU encoder with a multi-horizon MLP head,
pinball (quantile) loss, early stopping, a cosine schedule, and a rolling-origin adaptation
step after every validation ("adapt to the most recent regime").

Usage:
    python long_wind_power_forecast.py --epochs 3 --horizon 3
"""
import argparse
import copy
import io
import json
import logging
import math
import os
import random
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("windpower")

CONFIG = {
    "seed": 13,
    "n_turbines": 3,
    "n_steps": 160,
    "window": 12,
    "horizon": 3,
    "features": ["speed", "dir_sin", "dir_cos", "temp", "pressure", "power"],
    "target": "power",
    "quantiles": [0.1, 0.5, 0.9],
    "model": {"hidden": 12, "layers": 1, "dropout": 0.0, "head_hidden": 16},
    "optim": {"lr": 5e-3, "weight_decay": 1e-5, "clip": 1.0},
    "train": {"epochs": 3, "batch_size": 8, "patience": 3, "max_batches": 4},
    "adapt": {"enabled": True, "steps": 1, "lr": 1e-3, "recent": 8},
    "split": {"train": 0.7, "val": 0.15},
}


# --------------------------------------------------------------------------------------------
# utilities
# --------------------------------------------------------------------------------------------

def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
        datefmt="%H:%M:%S",
    )


class Timer:
    def __init__(self):
        self.t0 = time.perf_counter()

    def lap(self):
        t = time.perf_counter()
        dt, self.t0 = t - self.t0, t
        return dt


class AverageMeter:
    def __init__(self):
        self.sum = 0.0
        self.n = 0

    def update(self, value, n=1):
        self.sum += float(value) * n
        self.n += n

    @property
    def avg(self):
        return self.sum / max(self.n, 1)


# --------------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------------

def power_curve(speed, rated=12.0, cut_in=3.0, cut_out=25.0):
    p = ((speed - cut_in) / (rated - cut_in)).clamp(0, 1) ** 3
    return torch.where(speed > cut_out, torch.zeros_like(p), p)


def synth_scada(cfg):
    n, t = cfg["n_turbines"], cfg["n_steps"]
    time_idx = torch.arange(t, dtype=torch.float32)
    base = 8 + 3 * torch.sin(2 * math.pi * time_idx / 48)
    speed = (base + torch.randn(n, t)).clamp(min=0)
    direction = 2 * math.pi * torch.rand(n, 1) + 0.1 * torch.randn(n, t).cumsum(-1)
    temp = 10 + 5 * torch.sin(2 * math.pi * time_idx / 96) + 0.5 * torch.randn(n, t)
    pressure = 1013 + torch.randn(n, t).cumsum(-1) * 0.2
    power = power_curve(speed) + 0.02 * torch.randn(n, t)
    feats = torch.stack([speed, direction.sin(), direction.cos(), temp, pressure, power], -1)
    return feats  # (turbines, time, features)


class Standardiser:
    def __init__(self):
        self.mean = None
        self.std = None

    def fit(self, x):
        flat = x.reshape(-1, x.shape[-1])
        self.mean = flat.mean(0)
        self.std = flat.std(0).clamp(min=1e-6)
        return self

    def transform(self, x):
        return (x - self.mean) / self.std

    def inverse_target(self, y, idx):
        return y * self.std[idx] + self.mean[idx]

    def state_dict(self):
        return {"mean": self.mean.tolist(), "std": self.std.tolist()}


def make_windows(series, window, horizon, target_idx):
    xs, ys = [], []
    for turbine in series:
        for start in range(0, turbine.shape[0] - window - horizon + 1):
            xs.append(turbine[start:start + window])
            ys.append(turbine[start + window:start + window + horizon, target_idx])
    return torch.stack(xs), torch.stack(ys)


def split_time(series, cfg):
    t = series.shape[1]
    a = int(t * cfg["split"]["train"])
    b = int(t * (cfg["split"]["train"] + cfg["split"]["val"]))
    return series[:, :a], series[:, a:b], series[:, b:]


def batches(x, y, batch_size, shuffle=True, max_batches=None):
    idx = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i, start in enumerate(range(0, len(x), batch_size)):
        if max_batches is not None and i >= max_batches:
            break
        sel = idx[start:start + batch_size]
        yield x[sel], y[sel]


# --------------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------------

class QuantileHead(nn.Module):
    def __init__(self, d_in, hidden, horizon, n_q):
        super().__init__()
        self.horizon, self.n_q = horizon, n_q
        self.net = nn.Sequential(nn.Linear(d_in, hidden), nn.GELU(), nn.Linear(hidden, horizon * n_q))

    def forward(self, h):
        out = self.net(h).view(-1, self.horizon, self.n_q)
        base = out[..., :1]
        spread = F.softplus(out[..., 1:]).cumsum(-1)
        return torch.cat([base - spread.flip(-1)[..., :1], base, base + spread[..., -1:]], -1)


class WindForecaster(nn.Module):
    def __init__(self, n_features, horizon, quantiles, hidden, layers, dropout, head_hidden):
        super().__init__()
        self.encoder = nn.GRU(n_features, hidden, num_layers=layers, batch_first=True,
                              dropout=dropout if layers > 1 else 0.0)
        self.head = QuantileHead(hidden, head_hidden, horizon, len(quantiles))

    def forward(self, x):
        out, _ = self.encoder(x)
        return self.head(out[:, -1])


def build_model(cfg, horizon):
    m = cfg["model"]
    return WindForecaster(len(cfg["features"]), horizon, cfg["quantiles"], m["hidden"], m["layers"],
                          m["dropout"], m["head_hidden"])


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------------------------
# losses and metrics
# --------------------------------------------------------------------------------------------

def pinball_loss(pred, target, quantiles):
    losses = []
    for i, q in enumerate(quantiles):
        err = target - pred[..., i]
        losses.append(torch.max(q * err, (q - 1) * err).mean())
    return sum(losses) / len(losses)


def point_metrics(pred, target, quantiles):
    median = pred[..., quantiles.index(0.5)]
    mae = (median - target).abs().mean().item()
    rmse = (median - target).pow(2).mean().sqrt().item()
    lo, hi = pred[..., 0], pred[..., -1]
    coverage = ((target >= lo) & (target <= hi)).float().mean().item()
    width = (hi - lo).mean().item()
    return {"mae": mae, "rmse": rmse, "coverage": coverage, "width": width}


def skill_score(model_rmse, persistence_rmse):
    return 1.0 - model_rmse / max(persistence_rmse, 1e-9)


def persistence_rmse(x, y, target_idx):
    last = x[:, -1, target_idx].unsqueeze(-1).expand_as(y)
    return (last - y).pow(2).mean().sqrt().item()


# --------------------------------------------------------------------------------------------
# training / evaluation
# --------------------------------------------------------------------------------------------

def train_one_epoch(model, opt, sched, x, y, cfg):
    model.train()
    meter = AverageMeter()
    for xb, yb in batches(x, y, cfg["train"]["batch_size"], max_batches=cfg["train"]["max_batches"]):
        pred = model(xb)
        loss = pinball_loss(pred, yb, cfg["quantiles"])
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        opt.step()
        meter.update(loss.item(), len(xb))
    sched.step()
    return meter.avg


@torch.no_grad()
def evaluate(model, x, y, cfg):
    model.eval()
    preds = []
    for xb, _ in batches(x, y, 32, shuffle=False):
        preds.append(model(xb))
    pred = torch.cat(preds)
    metrics = point_metrics(pred, y, cfg["quantiles"])
    metrics["pinball"] = pinball_loss(pred, y, cfg["quantiles"]).item()
    return metrics


def adapt_on_recent(model, x, y, cfg):
    """Rolling-origin adaptation: a few small steps on the most recent validation windows."""
    acfg = cfg["adapt"]
    opt = torch.optim.SGD(model.parameters(), lr=acfg["lr"])
    recent_x, recent_y = x[-acfg["recent"]:], y[-acfg["recent"]:]
    for _ in range(acfg["steps"]):
        loss = pinball_loss(model(recent_x), recent_y, cfg["quantiles"])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


class EarlyStopping:
    def __init__(self, patience):
        self.patience = patience
        self.best = math.inf
        self.bad = 0
        self.state = None

    def step(self, value, model):
        if value < self.best - 1e-6:
            self.best, self.bad = value, 0
            buf = io.BytesIO()
            torch.save(model.state_dict(), buf)
            self.state = buf.getvalue()
            return False
        self.bad += 1
        return self.bad >= self.patience

    def restore(self, model):
        if self.state is not None:
            model.load_state_dict(torch.load(io.BytesIO(self.state)))


# --------------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------------

def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=CONFIG["train"]["epochs"])
    p.add_argument("--horizon", type=int, default=CONFIG["horizon"])
    p.add_argument("--window", type=int, default=CONFIG["window"])
    p.add_argument("--hidden", type=int, default=CONFIG["model"]["hidden"])
    p.add_argument("--lr", type=float, default=CONFIG["optim"]["lr"])
    p.add_argument("--no-adapt", action="store_true")
    p.add_argument("--report", default=None, help="write a JSON report here (deleted at exit)")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def merge_args(cfg, args):
    cfg = copy.deepcopy(cfg)
    cfg["train"]["epochs"] = args.epochs
    cfg["horizon"] = args.horizon
    cfg["window"] = args.window
    cfg["model"]["hidden"] = args.hidden
    cfg["optim"]["lr"] = args.lr
    cfg["adapt"]["enabled"] = not args.no_adapt
    return cfg


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_args(CONFIG, args)
    set_seed(cfg["seed"])
    timer = Timer()

    raw = synth_scada(cfg)
    tr_raw, va_raw, te_raw = split_time(raw, cfg)
    scaler = Standardiser().fit(tr_raw)
    target_idx = cfg["features"].index(cfg["target"])
    tr_x, tr_y = make_windows(scaler.transform(tr_raw), cfg["window"], cfg["horizon"], target_idx)
    va_x, va_y = make_windows(scaler.transform(va_raw), cfg["window"], cfg["horizon"], target_idx)
    te_x, te_y = make_windows(scaler.transform(te_raw), cfg["window"], cfg["horizon"], target_idx)
    LOG.info("windows: train %d val %d test %d (%.2fs)", len(tr_x), len(va_x), len(te_x), timer.lap())

    model = build_model(cfg, cfg["horizon"])
    LOG.info("model has %d parameters", count_parameters(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["optim"]["lr"], weight_decay=cfg["optim"]["weight_decay"])
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=max(cfg["train"]["epochs"], 1))
    stopper = EarlyStopping(cfg["train"]["patience"])
    history = defaultdict(list)

    for epoch in range(cfg["train"]["epochs"]):
        tr_loss = train_one_epoch(model, opt, sched, tr_x, tr_y, cfg)
        val = evaluate(model, va_x, va_y, cfg)
        history["train"].append(tr_loss)
        history["val"].append(val)
        LOG.info("epoch %d train %.4f val pinball %.4f mae %.3f cov %.2f", epoch, tr_loss,
                 val["pinball"], val["mae"], val["coverage"])
        if cfg["adapt"]["enabled"]:
            adapted = adapt_on_recent(model, va_x, va_y, cfg)
            LOG.debug("adapted on recent windows: %.4f", adapted)
        if stopper.step(val["pinball"], model):
            LOG.info("early stopping at epoch %d", epoch)
            break

    stopper.restore(model)
    test = evaluate(model, te_x, te_y, cfg)
    test["skill"] = skill_score(test["rmse"], persistence_rmse(te_x, te_y, target_idx))
    LOG.info("test: %s", json.dumps({k: round(v, 4) for k, v in test.items()}))

    if args.report:
        with open(args.report, "w") as fh:
            json.dump({"config": cfg, "test": test, "scaler": scaler.state_dict()}, fh)
        os.remove(args.report)
    return test


if __name__ == "__main__":
    main()
