# expect: crash
"""Multi-station PM2.5 forecasting with a Conv1d + LSTM encoder.

Research-style experiment script: argparse options, a config dict, a synthetic data generator that mimics hourly
sensor readings (PM2.5, PM10, NO2, temperature, humidity, wind), standardisation, sliding windows, early stopping
with checkpointing, a battery of regression metrics, and an online adaptation stage on the streaming test period.
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
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("aq")

DEFAULT_CONFIG = {
    "n_stations": 3,
    "hours": 160,
    "features": ["pm25", "pm10", "no2", "temp", "humidity", "wind"],
    "target": "pm25",
    "window": 12,
    "horizon": 1,
    "hidden": 8,
    "conv_channels": 6,
    "dropout": 0.1,
    "batch_size": 8,
    "epochs": 2,
    "lr": 3e-3,
    "weight_decay": 1e-5,
    "patience": 3,
    "clip": 1.0,
    "online_lr": 1e-3,
    "online_steps": 2,
    "seed": 13,
}


# ----------------------------------------------------------------------------------------------------------------
# utilities
# ----------------------------------------------------------------------------------------------------------------

def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--window", type=int, default=None)
    p.add_argument("--no-online", action="store_true", help="skip the online adaptation stage")
    p.add_argument("--log-level", default="INFO")
    p.add_argument("--dump-config", action="store_true")
    return p.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULT_CONFIG)
    for key in ("epochs", "hidden", "window"):
        val = getattr(args, key)
        if val is not None:
            cfg[key] = val
    cfg["online"] = not args.no_online
    return cfg


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

    def update(self, val, n=1):
        self.sum += val * n
        self.n += n

    @property
    def avg(self):
        return self.sum / max(self.n, 1)


# ----------------------------------------------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------------------------------------------

def synth_station(hours, n_feat, station_id):
    t = torch.arange(hours, dtype=torch.float32)
    daily = torch.sin(2 * math.pi * t / 24.0 + station_id)
    weekly = 0.3 * torch.sin(2 * math.pi * t / (24.0 * 7))
    base = 2.0 + daily + weekly + 0.2 * torch.randn(hours)
    cols = [base]
    for k in range(1, n_feat):
        cols.append(0.5 * base + 0.3 * torch.randn(hours) + 0.1 * k)
    data = torch.stack(cols, -1)
    data[:, 0] = data[:, 0].clamp(min=0.0)
    return data


def train_val_test_split(series, frac=(0.6, 0.2, 0.2)):
    n = series.shape[0]
    a = int(n * frac[0])
    b = a + int(n * frac[1])
    return series[:a], series[a:b], series[b:]


class StandardScaler:
    def fit(self, x):
        self.mean = x.mean(0, keepdim=True)
        self.std = x.std(0, keepdim=True).clamp(min=1e-6)
        return self

    def transform(self, x):
        return (x - self.mean) / self.std

    def inverse_target(self, y, col=0):
        return y * self.std[0, col] + self.mean[0, col]


def make_windows(series, window, horizon, target_col=0):
    xs, ys = [], []
    for i in range(series.shape[0] - window - horizon + 1):
        xs.append(series[i:i + window])
        ys.append(series[i + window + horizon - 1, target_col])
    return torch.stack(xs), torch.stack(ys)


def iterate(x, y, sid, batch_size, shuffle):
    idx = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), batch_size):
        j = idx[i:i + batch_size]
        yield x[j], y[j], sid[j]


def build_datasets(cfg):
    n_feat = len(cfg["features"])
    splits = defaultdict(lambda: ([], [], []))
    scalers = {}
    for s in range(cfg["n_stations"]):
        series = synth_station(cfg["hours"], n_feat, s)
        tr, va, te = train_val_test_split(series)
        scaler = StandardScaler().fit(tr)
        scalers[s] = scaler
        for name, part in (("train", tr), ("val", va), ("test", te)):
            x, y = make_windows(scaler.transform(part), cfg["window"], cfg["horizon"])
            splits[name][0].append(x)
            splits[name][1].append(y)
            splits[name][2].append(torch.full((len(x),), s, dtype=torch.long))
    out = {k: tuple(torch.cat(v) for v in vals) for k, vals in splits.items()}
    return out, scalers


# ----------------------------------------------------------------------------------------------------------------
# model
# ----------------------------------------------------------------------------------------------------------------

class ConvLSTMForecaster(nn.Module):
    def __init__(self, n_feat, n_stations, hidden, conv_channels, dropout):
        super().__init__()
        self.station = nn.Embedding(n_stations, 4)
        self.conv = nn.Conv1d(n_feat, conv_channels, kernel_size=3, padding=1)
        self.lstm = nn.LSTM(conv_channels + 4, hidden, num_layers=2, batch_first=True, dropout=dropout)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x, sid):
        z = F.gelu(self.conv(x.transpose(1, 2))).transpose(1, 2)
        s = self.station(sid).unsqueeze(1).expand(-1, z.shape[1], -1)
        h, _ = self.lstm(torch.cat([z, s], -1))
        return self.head(self.drop(h[:, -1])).squeeze(-1)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ----------------------------------------------------------------------------------------------------------------
# metrics
# ----------------------------------------------------------------------------------------------------------------

def mae(pred, y):
    return (pred - y).abs().mean().item()


def rmse(pred, y):
    return (pred - y).pow(2).mean().sqrt().item()


def smape(pred, y):
    return (2 * (pred - y).abs() / (pred.abs() + y.abs() + 1e-6)).mean().item() * 100


def r2(pred, y):
    ss_res = (y - pred).pow(2).sum()
    ss_tot = (y - y.mean()).pow(2).sum().clamp(min=1e-12)
    return (1 - ss_res / ss_tot).item()


METRICS = {"mae": mae, "rmse": rmse, "smape": smape, "r2": r2}


def compute_metrics(pred, y):
    return {name: fn(pred, y) for name, fn in METRICS.items()}


# ----------------------------------------------------------------------------------------------------------------
# training
# ----------------------------------------------------------------------------------------------------------------

class EarlyStopping:
    def __init__(self, patience, ckpt_dir):
        self.patience = patience
        self.best = float("inf")
        self.bad = 0
        self.path = os.path.join(ckpt_dir, "best.pt")

    def step(self, value, model):
        if value < self.best:
            self.best = value
            self.bad = 0
            torch.save(model.state_dict(), self.path)
            return False
        self.bad += 1
        return self.bad > self.patience


def train_one_epoch(model, opt, data, cfg):
    model.train()
    meter = AverageMeter()
    x, y, sid = data
    for xb, yb, sb in iterate(x, y, sid, cfg["batch_size"], shuffle=True):
        pred = model(xb, sb)
        loss = F.smooth_l1_loss(pred, yb)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        meter.update(loss.item(), len(yb))
    return meter.avg


@torch.no_grad()
def predict(model, data, cfg):
    model.eval()
    x, y, sid = data
    preds = [model(xb, sb) for xb, _, sb in iterate(x, y, sid, cfg["batch_size"], shuffle=False)]
    return torch.cat(preds)


def evaluate(model, data, cfg, scalers=None):
    pred = predict(model, data, cfg)
    y = data[1]
    if scalers is not None:
        sid = data[2]
        pred = torch.stack([scalers[int(s)].inverse_target(p) for p, s in zip(pred, sid)])
        y = torch.stack([scalers[int(s)].inverse_target(t) for t, s in zip(y, sid)])
    return compute_metrics(pred, y)


def load_best(model, stopper):
    model.load_state_dict(torch.load(stopper.path))
    model.eval()
    return model


def fit(model, datasets, cfg, ckpt_dir):
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=max(cfg["epochs"], 1))
    stopper = EarlyStopping(cfg["patience"], ckpt_dir)
    timer = Timer()
    history = []
    for epoch in range(cfg["epochs"]):
        tr_loss = train_one_epoch(model, opt, datasets["train"], cfg)
        val = evaluate(model, datasets["val"], cfg)
        sched.step()
        history.append({"epoch": epoch, "train_loss": tr_loss, **{f"val_{k}": v for k, v in val.items()}})
        LOG.info("epoch %d train %.4f val mae %.4f rmse %.4f (%.2fs)", epoch, tr_loss, val["mae"], val["rmse"],
                 timer.lap())
        if stopper.step(val["mae"], model):
            LOG.info("early stopping at epoch %d", epoch)
            break
    return load_best(model, stopper), history


# ----------------------------------------------------------------------------------------------------------------
# online adaptation on the streaming test period
# ----------------------------------------------------------------------------------------------------------------

def online_adapt(model, data, cfg):
    """Walk through the test period in chronological chunks; after each chunk is observed, take a few small
    gradient steps on it before forecasting the next one (test-then-train protocol)."""
    opt = torch.optim.SGD(model.parameters(), lr=cfg["online_lr"])
    x, y, sid = data
    errors = []
    chunk = cfg["batch_size"]
    for i in range(0, len(x) - chunk, chunk):
        with torch.no_grad():
            nxt = model(x[i + chunk:i + 2 * chunk], sid[i + chunk:i + 2 * chunk])
        errors.append((nxt - y[i + chunk:i + 2 * chunk]).abs().mean().item())
        for _ in range(cfg["online_steps"]):
            loss = F.smooth_l1_loss(model(x[i:i + chunk], sid[i:i + chunk]), y[i:i + chunk])
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
    return sum(errors) / max(len(errors), 1)


# ----------------------------------------------------------------------------------------------------------------
# reporting
# ----------------------------------------------------------------------------------------------------------------

def per_station_report(model, data, cfg, scalers):
    rows = []
    for s in range(cfg["n_stations"]):
        mask = data[2] == s
        sub = tuple(t[mask] for t in data)
        if len(sub[0]) == 0:
            continue
        m = evaluate(model, sub, cfg, scalers)
        rows.append((s, m["mae"], m["rmse"], m["smape"]))
    return rows


def format_table(rows, header=("station", "MAE", "RMSE", "sMAPE")):
    lines = [" | ".join(header)]
    for r in rows:
        lines.append(" | ".join([str(r[0])] + [f"{v:.3f}" for v in r[1:]]))
    return "\n".join(lines)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level), format="%(asctime)s %(levelname)s %(message)s")
    cfg = build_config(args)
    if args.dump_config:
        print(json.dumps(cfg, indent=2))
    set_seed(cfg["seed"])
    datasets, scalers = build_datasets(cfg)
    LOG.info("windows: train %d val %d test %d", len(datasets["train"][0]), len(datasets["val"][0]),
             len(datasets["test"][0]))
    model = ConvLSTMForecaster(len(cfg["features"]), cfg["n_stations"], cfg["hidden"], cfg["conv_channels"],
                               cfg["dropout"])
    LOG.info("parameters: %d", count_parameters(model))
    ckpt_dir = tempfile.mkdtemp(prefix="aq_")
    try:
        model, history = fit(model, datasets, cfg, ckpt_dir)
        test = evaluate(model, datasets["test"], cfg, scalers)
        LOG.info("test %s", {k: round(v, 4) for k, v in test.items()})
        print(format_table(per_station_report(model, datasets["test"], cfg, scalers)))
        if cfg["online"]:
            err = online_adapt(model, datasets["test"], cfg)
            LOG.info("online MAE (standardised) %.4f", err)
    finally:
        shutil.rmtree(ckpt_dir, ignore_errors=True)
    return history


if __name__ == "__main__":
    main()
