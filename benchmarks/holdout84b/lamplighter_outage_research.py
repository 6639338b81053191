# expect: crash
"""Gas-lamp outage forecasting for a lamplighter's round.

Research script: a GRU forecaster over hourly pressure / wind / lighting-time
features, trained on synthetic rounds, evaluated with MAE/RMSE/sMAPE, and then
analysed with an input-sensitivity report that tells the lamplighter which
hours of the preceding night matter most for tomorrow's outages.

Usage:
    python lamplighter_outage_research.py --epochs 2 --hidden 8
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

LOG = logging.getLogger("lamplighter")

DEFAULT_CONFIG = {
    "data": {
        "n_rounds": 24,
        "history": 8,
        "horizon": 2,
        "features": ["pressure", "wind", "rain", "lit_minutes"],
        "noise": 0.05,
    },
    "model": {
        "hidden": 8,
        "layers": 1,
        "dropout": 0.0,
        "bidirectional": False,
    },
    "optim": {
        "lr": 5e-3,
        "weight_decay": 1e-5,
        "clip": 1.0,
    },
    "train": {
        "epochs": 2,
        "batch_size": 4,
        "seed": 13,
        "log_every": 2,
    },
    "analysis": {
        "sensitivity": True,
        "top_k": 3,
    },
}


# --------------------------------------------------------------------------
# utilities
# --------------------------------------------------------------------------
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


class AverageMeter:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.total += float(value) * n
        self.count += n

    @property
    def avg(self):
        return self.total / max(self.count, 1)


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
def synth_round(history, horizon, n_feat, noise):
    t = torch.arange(history + horizon, dtype=torch.float32)
    phase = random.random() * math.pi
    base = torch.stack([torch.sin(t / 3 + phase + i) for i in range(n_feat)], -1)
    base = base + noise * torch.randn_like(base)
    outages = (base[:, 0] * 0.7 - base[:, 1] * 0.3).clamp(min=0)
    return base[:history], outages[history:]


class RoundDataset(torch.utils.data.Dataset):
    def __init__(self, cfg):
        self.items = [
            synth_round(cfg["history"], cfg["horizon"], len(cfg["features"]), cfg["noise"])
            for _ in range(cfg["n_rounds"])
        ]
        xs = torch.stack([x for x, _ in self.items])
        self.mean = xs.mean((0, 1))
        self.std = xs.std((0, 1)) + 1e-6

    def __len__(self):
        return len(self.items)

    def __getitem__(self, idx):
        x, y = self.items[idx]
        return (x - self.mean) / self.std, y


def split_dataset(ds, frac=0.75):
    n_train = int(len(ds) * frac)
    idx = list(range(len(ds)))
    random.shuffle(idx)
    return (torch.utils.data.Subset(ds, idx[:n_train]), torch.utils.data.Subset(ds, idx[n_train:]))


def make_loaders(cfg):
    ds = RoundDataset(cfg["data"])
    tr, va = split_dataset(ds)
    bs = cfg["train"]["batch_size"]
    return (
        torch.utils.data.DataLoader(tr, batch_size=bs, shuffle=True),
        torch.utils.data.DataLoader(va, batch_size=bs, shuffle=False),
        ds,
    )


# --------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------
class OutageForecaster(nn.Module):
    def __init__(self, n_feat, hidden, layers, dropout, bidirectional, horizon):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.rnn = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True,
                          dropout=dropout if layers > 1 else 0.0, bidirectional=bidirectional)
        out_dim = hidden * (2 if bidirectional else 1)
        self.norm = nn.LayerNorm(out_dim)
        self.head = nn.Linear(out_dim, horizon)

    def forward(self, x):
        h, _ = self.rnn(F.gelu(self.inp(x)))
        return F.softplus(self.head(self.norm(h[:, -1])))


def build_model(cfg):
    m = cfg["model"]
    return OutageForecaster(len(cfg["data"]["features"]), m["hidden"], m["layers"], m["dropout"],
                            m["bidirectional"], cfg["data"]["horizon"])


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------
def mae(pred, y):
    return (pred - y).abs().mean().item()


def rmse(pred, y):
    return math.sqrt(((pred - y) ** 2).mean().item())


def smape(pred, y, eps=1e-6):
    return (2 * (pred - y).abs() / (pred.abs() + y.abs() + eps)).mean().item() * 100


METRICS = {"mae": mae, "rmse": rmse, "smape": smape}


# --------------------------------------------------------------------------
# training / evaluation
# --------------------------------------------------------------------------
def train_one_epoch(model, loader, opt, cfg, epoch):
    model.train()
    meter = AverageMeter()
    for step, (x, y) in enumerate(loader):
        pred = model(x)
        loss = F.mse_loss(pred, y)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        opt.step()
        meter.update(loss.item(), x.size(0))
        if step % cfg["train"]["log_every"] == 0:
            LOG.debug("epoch %d step %d loss %.4f", epoch, step, loss.item())
    return meter.avg


@torch.no_grad()
def evaluate(model, loader):
    model.eval()
    preds, ys = [], []
    for x, y in loader:
        preds.append(model(x))
        ys.append(y)
    pred, y = torch.cat(preds), torch.cat(ys)
    return {name: fn(pred, y) for name, fn in METRICS.items()}


def per_horizon_errors(model, loader):
    model.eval()
    errs = defaultdict(list)
    with torch.no_grad():
        for x, y in loader:
            pred = model(x)
            for h in range(y.size(1)):
                errs[h].append((pred[:, h] - y[:, h]).abs().mean().item())
    return {h: sum(v) / len(v) for h, v in errs.items()}


# --------------------------------------------------------------------------
# analysis
# --------------------------------------------------------------------------
def sensitivity_report(model, loader, top_k):
    """Mean |d forecast / d input| per history hour, over the validation rounds."""
    totals = None
    n = 0
    for x, _ in loader:
        x = x.clone().requires_grad_(True)
        forecast = model(x).sum()
        forecast.backward()  # TM001-here
        g = x.grad.abs().sum(-1).sum(0)
        totals = g if totals is None else totals + g
        n += x.size(0)
        model.zero_grad(set_to_none=True)
    scores = (totals / n).tolist()
    ranked = sorted(range(len(scores)), key=lambda i: -scores[i])[:top_k]
    return {"hours": ranked, "scores": [round(scores[i], 5) for i in ranked]}


def save_report(report, path):
    with open(path, "w") as fh:
        json.dump(report, fh, indent=2)


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
def parse_args():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--no-sensitivity", action="store_true")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args()


def config_from_args(args):
    override = {"train": {}, "model": {}, "optim": {}, "analysis": {}}
    if args.epochs is not None:
        override["train"]["epochs"] = args.epochs
    if args.hidden is not None:
        override["model"]["hidden"] = args.hidden
    if args.lr is not None:
        override["optim"]["lr"] = args.lr
    if args.no_sensitivity:
        override["analysis"]["sensitivity"] = False
    return deep_update(DEFAULT_CONFIG, override)


def main():
    args = parse_args()
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    cfg = config_from_args(args)
    set_seed(cfg["train"]["seed"])
    train_loader, val_loader, _ = make_loaders(cfg)
    model = build_model(cfg)
    LOG.info("model has %d parameters", count_parameters(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["optim"]["lr"], weight_decay=cfg["optim"]["weight_decay"])
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=max(cfg["train"]["epochs"], 1))

    best = {"mae": float("inf")}
    for epoch in range(cfg["train"]["epochs"]):
        with Timer() as t:
            tl = train_one_epoch(model, train_loader, opt, cfg, epoch)
        sched.step()
        metrics = evaluate(model, val_loader)
        LOG.info("epoch %d train %.4f val %s (%.2fs)", epoch, tl,
                 {k: round(v, 4) for k, v in metrics.items()}, t.elapsed)
        if metrics["mae"] < best["mae"]:
            best = dict(metrics, epoch=epoch)

    report = {"best": best, "per_horizon": per_horizon_errors(model, val_loader)}
    if cfg["analysis"]["sensitivity"]:
        report["sensitivity"] = sensitivity_report(model, val_loader, cfg["analysis"]["top_k"])

    fd, path = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    try:
        save_report(report, path)
        LOG.info("report written (%d bytes)", os.path.getsize(path))
    finally:
        os.remove(path)
    print(json.dumps(report, default=str)[:200])


if __name__ == "__main__":
    main()
