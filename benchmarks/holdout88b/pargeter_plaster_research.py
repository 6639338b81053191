# expect: crash
"""Pargeter's lime plaster: forecasting surface moisture of curing plaster panels.

Research script for the curing-time study. Sensors on each panel record moisture,
ambient temperature, relative humidity and airflow every ten minutes; the model reads a
window of readings and predicts moisture at several horizons ahead.

Usage:
    python pargeter_plaster_research.py --epochs 3 --hidden 12

After training, the script writes a relevance report (gradient x input) that tells the
conservators which sensor channels the forecaster relies on.
"""
import argparse
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

LOG = logging.getLogger("pargeter")

CONFIG = {
    "data": {
        "n_panels": 6,
        "series_len": 40,
        "window": 10,
        "horizons": [1, 3],
        "channels": ["moisture", "temperature", "humidity", "airflow"],
        "val_fraction": 0.2,
        "test_fraction": 0.2,
    },
    "model": {
        "hidden": 12,
        "layers": 1,
        "dropout": 0.0,
        "attention": True,
    },
    "optim": {
        "lr": 5e-3,
        "weight_decay": 1e-5,
        "clip": 1.0,
        "step_size": 2,
        "gamma": 0.5,
    },
    "train": {
        "epochs": 3,
        "batch_size": 8,
        "patience": 2,
        "seed": 31,
    },
    "report": {
        "n_examples": 4,
        "write_json": True,
    },
}


# --------------------------------------------------------------------------- utils
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def merge_args(config, args):
    cfg = json.loads(json.dumps(config))
    if args.epochs is not None:
        cfg["train"]["epochs"] = args.epochs
    if args.hidden is not None:
        cfg["model"]["hidden"] = args.hidden
    if args.lr is not None:
        cfg["optim"]["lr"] = args.lr
    cfg["report"]["write_json"] = not args.no_report_file
    return cfg


class AverageMeter:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.total += value * n
        self.count += n

    @property
    def avg(self):
        return self.total / max(self.count, 1)


# --------------------------------------------------------------------------- data
def simulate_panel(length, n_channels):
    """Moisture decays roughly exponentially, modulated by humidity and airflow."""
    t = torch.arange(length, dtype=torch.float32)
    temperature = 15 + 3 * torch.sin(t / 6) + 0.3 * torch.randn(length)
    humidity = 0.6 + 0.1 * torch.cos(t / 9) + 0.02 * torch.randn(length)
    airflow = torch.rand(length) * 0.5
    moisture = torch.empty(length)
    m = 1.0
    for i in range(length):
        m = m * (1 - 0.03 * (1 + airflow[i]) * (1.2 - humidity[i])) + 0.005 * torch.randn(()).item()
        moisture[i] = m
    series = torch.stack([moisture, temperature, humidity, airflow], dim=-1)
    return series[:, :n_channels]


def standardise(series_list):
    stacked = torch.cat(series_list, dim=0)
    mean, std = stacked.mean(0), stacked.std(0) + 1e-6
    return [(s - mean) / std for s in series_list], (mean, std)


def make_windows(series, window, horizons):
    xs, ys = [], []
    max_h = max(horizons)
    for start in range(0, series.size(0) - window - max_h + 1):
        xs.append(series[start:start + window])
        ys.append(torch.stack([series[start + window + h - 1, 0] for h in horizons]))
    return torch.stack(xs), torch.stack(ys)


def split_panels(panels, val_fraction, test_fraction):
    n = len(panels)
    n_test = max(1, int(round(n * test_fraction)))
    n_val = max(1, int(round(n * val_fraction)))
    idx = list(range(n))
    random.shuffle(idx)
    test = [panels[i] for i in idx[:n_test]]
    val = [panels[i] for i in idx[n_test:n_test + n_val]]
    train = [panels[i] for i in idx[n_test + n_val:]]
    return train, val, test


def to_tensors(panels, window, horizons):
    parts = [make_windows(p, window, horizons) for p in panels]
    return torch.cat([x for x, _ in parts]), torch.cat([y for _, y in parts])


def iterate(x, y, batch_size, shuffle):
    order = torch.randperm(x.size(0)) if shuffle else torch.arange(x.size(0))
    for i in range(0, x.size(0), batch_size):
        sel = order[i:i + batch_size]
        yield x[sel], y[sel]


def build_data(cfg):
    d = cfg["data"]
    panels = [simulate_panel(d["series_len"], len(d["channels"])) for _ in range(d["n_panels"])]
    panels, stats = standardise(panels)
    train, val, test = split_panels(panels, d["val_fraction"], d["test_fraction"])
    out = {name: to_tensors(p, d["window"], d["horizons"])
           for name, p in (("train", train), ("val", val), ("test", test))}
    LOG.info("windows: %s", {k: v[0].shape[0] for k, v in out.items()})
    return out, stats


# --------------------------------------------------------------------------- model
class TemporalAttention(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.score = nn.Linear(hidden, 1)

    def forward(self, h):
        w = torch.softmax(self.score(h).squeeze(-1), dim=1)
        return torch.bmm(w.unsqueeze(1), h).squeeze(1), w


class PlasterForecaster(nn.Module):
    def __init__(self, n_channels, hidden, layers, dropout, attention, n_horizons):
        super().__init__()
        self.lstm = nn.LSTM(n_channels, hidden, num_layers=layers, batch_first=True,
                            dropout=dropout if layers > 1 else 0.0)
        self.attn = TemporalAttention(hidden) if attention else None
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, n_horizons))

    def forward(self, x):
        h, _ = self.lstm(x)
        if self.attn is not None:
            ctx, _ = self.attn(h)
        else:
            ctx = h[:, -1]
        return self.head(ctx)


def build_model(cfg):
    m, d = cfg["model"], cfg["data"]
    return PlasterForecaster(len(d["channels"]), m["hidden"], m["layers"], m["dropout"],
                             m["attention"], len(d["horizons"]))


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------- metrics
def regression_metrics(pred, target):
    err = pred - target
    mae = err.abs().mean().item()
    rmse = math.sqrt((err ** 2).mean().item())
    ss_res = (err ** 2).sum().item()
    ss_tot = ((target - target.mean(0)) ** 2).sum().item() + 1e-8
    return {"mae": mae, "rmse": rmse, "r2": 1 - ss_res / ss_tot}


def per_horizon(pred, target, horizons):
    return {f"h{h}": regression_metrics(pred[:, i:i + 1], target[:, i:i + 1])["mae"]
            for i, h in enumerate(horizons)}


# --------------------------------------------------------------------------- train / eval
def train_one_epoch(model, data, optimizer, cfg):
    model.train()
    meter = AverageMeter()
    x, y = data
    for xb, yb in iterate(x, y, cfg["train"]["batch_size"], shuffle=True):
        optimizer.zero_grad()
        loss = F.smooth_l1_loss(model(xb), yb)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        optimizer.step()
        meter.update(loss.item(), xb.size(0))
    return meter.avg


def evaluate(model, data, cfg):
    model.eval()
    x, y = data
    preds = []
    with torch.no_grad():
        for xb, _ in iterate(x, y, cfg["train"]["batch_size"], shuffle=False):
            preds.append(model(xb))
    pred = torch.cat(preds)
    metrics = regression_metrics(pred, y)
    metrics.update(per_horizon(pred, y, cfg["data"]["horizons"]))
    return metrics


def fit(model, splits, cfg):
    o = cfg["optim"]
    optimizer = torch.optim.AdamW(model.parameters(), lr=o["lr"], weight_decay=o["weight_decay"])
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=o["step_size"], gamma=o["gamma"])
    history = defaultdict(list)
    best_rmse, best_state, bad_epochs = float("inf"), None, 0
    for epoch in range(cfg["train"]["epochs"]):
        t0 = time.time()
        train_loss = train_one_epoch(model, splits["train"], optimizer, cfg)
        val = evaluate(model, splits["val"], cfg)
        scheduler.step()
        history["train_loss"].append(train_loss)
        history["val_rmse"].append(val["rmse"])
        LOG.info("epoch %d train %.4f val rmse %.4f mae %.4f (%.2fs)", epoch, train_loss,
                 val["rmse"], val["mae"], time.time() - t0)
        if val["rmse"] < best_rmse:
            best_rmse = val["rmse"]
            best_state = {k: v.clone() for k, v in model.state_dict().items()}
            bad_epochs = 0
        else:
            bad_epochs += 1
            if bad_epochs >= cfg["train"]["patience"]:
                LOG.info("early stop at epoch %d", epoch)
                break
    if best_state is not None:
        model.load_state_dict(best_state)
    return history, best_rmse


# --------------------------------------------------------------------------- relevance
def gradient_x_input(model, x):
    """Relevance of every (time, channel) cell for the first horizon."""
    x = x.clone().requires_grad_(True)
    model.zero_grad()
    out = model(x)[:, 0].sum()
    out.backward()  # TM001-here
    return (x.grad * x).detach()


def relevance_report(model, data, cfg):
    x, _ = data
    n = min(cfg["report"]["n_examples"], x.size(0))
    rel = gradient_x_input(model, x[:n])
    per_channel = rel.abs().sum(dim=(0, 1))
    per_channel = per_channel / per_channel.sum()
    per_step = rel.abs().sum(dim=(0, 2))
    names = cfg["data"]["channels"]
    report = {
        "channel_share": {name: round(v, 4) for name, v in zip(names, per_channel.tolist())},
        "last_step_share": round((per_step[-1] / per_step.sum()).item(), 4),
    }
    return report


def write_report(report, metrics, history):
    fd, path = tempfile.mkstemp(suffix=".json", prefix="pargeter_")
    try:
        with os.fdopen(fd, "w") as fh:
            json.dump({"relevance": report, "test": metrics, "history": history}, fh, indent=2)
        LOG.info("report written to %s (%d bytes)", path, os.path.getsize(path))
    finally:
        os.remove(path)


# --------------------------------------------------------------------------- main
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--no-report-file", action="store_true")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_args(CONFIG, args)
    set_seed(cfg["train"]["seed"])
    splits, _ = build_data(cfg)
    model = build_model(cfg)
    LOG.info("model has %d parameters", count_parameters(model))
    history, best = fit(model, splits, cfg)
    LOG.info("best val rmse %.4f", best)
    test_metrics = evaluate(model, splits["test"], cfg)
    LOG.info("test %s", {k: round(v, 4) for k, v in test_metrics.items()})
    report = relevance_report(model, splits["test"], cfg)
    LOG.info("relevance %s", report)
    if cfg["report"]["write_json"]:
        write_report(report, test_metrics, dict(history))
    return test_metrics


if __name__ == "__main__":
    main([])
