# expect: clean
"""Milking-parlour yield model.

Predicts the yield of the next milking (litres) for each cow from the sensor trace of the
current one (flow rate, conductivity, temperature, pulsation, teat-cup attach time). The
pipeline is a plain research script: a config dict, an argparse override layer, synthetic
herd generation, a BiLSTM regressor, a warm-up phase, a deterministic fine-tuning phase with
stochastic layers switched off, metrics, and a summary table.
"""
import argparse
import json
import logging
import math
import random
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG_FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"
log = logging.getLogger("parlour")

DEFAULT_CONFIG = {
    "seed": 1234,
    "data": {
        "n_cows": 40,
        "n_milkings": 3,
        "trace_len": 14,
        "n_sensors": 5,
        "val_fraction": 0.25,
        "noise": 0.05,
    },
    "model": {
        "hidden": 12,
        "layers": 2,
        "dropout": 0.2,
        "bidirectional": True,
        "head_hidden": 8,
    },
    "warmup": {"epochs": 2, "lr": 5e-3, "batch_size": 8, "clip": 1.0},
    "finetune": {"epochs": 2, "lr": 1e-3, "batch_size": 8, "deterministic": True},
    "report": {"top_k": 3, "json": False},
}

SENSOR_NAMES = ("flow", "conductivity", "temperature", "pulsation", "attach")


# ----------------------------------------------------------------------------- config
def deep_update(base, override):
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_update(out[key], value)
        else:
            out[key] = value
    return out


def parse_args(argv=None):
    p = argparse.ArgumentParser(description="parlour yield model")
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--warmup-epochs", type=int, default=None)
    p.add_argument("--finetune-epochs", type=int, default=None)
    p.add_argument("--no-deterministic", action="store_true")
    p.add_argument("--json", action="store_true")
    p.add_argument("-v", "--verbose", action="count", default=0)
    return p.parse_args(argv)


def config_from_args(args):
    override = defaultdict(dict)
    if args.seed is not None:
        override["seed"] = args.seed
    if args.hidden is not None:
        override["model"]["hidden"] = args.hidden
    if args.warmup_epochs is not None:
        override["warmup"]["epochs"] = args.warmup_epochs
    if args.finetune_epochs is not None:
        override["finetune"]["epochs"] = args.finetune_epochs
    if args.no_deterministic:
        override["finetune"]["deterministic"] = False
    if args.json:
        override["report"]["json"] = True
    return deep_update(DEFAULT_CONFIG, dict(override))


def setup_logging(verbosity):
    level = logging.WARNING - 10 * min(verbosity, 2)
    logging.basicConfig(level=level, format=LOG_FORMAT)


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# ------------------------------------------------------------------------------- data
class Herd:
    """Synthetic herd: each cow has a latent productivity that drives its traces."""

    def __init__(self, n_cows, n_milkings, trace_len, n_sensors, noise):
        self.productivity = torch.rand(n_cows) * 10 + 15
        traces, targets, cow_ids = [], [], []
        for cow in range(n_cows):
            base = self.productivity[cow]
            for _ in range(n_milkings):
                t = torch.linspace(0, 1, trace_len)
                flow = torch.sin(math.pi * t) * base / 10
                rest = torch.randn(trace_len, n_sensors - 1) * 0.3
                trace = torch.cat([flow[:, None], rest], dim=1)
                trace = trace + noise * torch.randn_like(trace)
                traces.append(trace)
                targets.append(base / 10 + 0.05 * torch.randn(()))
                cow_ids.append(cow)
        self.x = torch.stack(traces)
        self.y = torch.stack(targets)
        self.cow = torch.tensor(cow_ids)

    def split(self, val_fraction):
        cows = self.cow.unique().tolist()
        random.shuffle(cows)
        n_val = max(1, int(len(cows) * val_fraction))
        val_cows = set(cows[:n_val])
        mask = torch.tensor([c in val_cows for c in self.cow.tolist()])
        return (self.x[~mask], self.y[~mask]), (self.x[mask], self.y[mask])


def iterate(data, batch_size, shuffle):
    x, y = data
    order = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for start in range(0, len(x), batch_size):
        idx = order[start:start + batch_size]
        yield x[idx], y[idx]


def standardise(train, val):
    mean = train[0].mean((0, 1), keepdim=True)
    std = train[0].std((0, 1), keepdim=True) + 1e-6
    return ((train[0] - mean) / std, train[1]), ((val[0] - mean) / std, val[1])


# ------------------------------------------------------------------------------ model
class YieldRegressor(nn.Module):
    def __init__(self, n_sensors, hidden, layers, dropout, bidirectional, head_hidden):
        super().__init__()
        self.encoder = nn.LSTM(
            n_sensors, hidden, num_layers=layers, dropout=dropout,
            bidirectional=bidirectional, batch_first=True,
        )
        width = hidden * (2 if bidirectional else 1)
        self.pool_drop = nn.Dropout(dropout)
        self.head = nn.Sequential(
            nn.Linear(2 * width, head_hidden), nn.GELU(), nn.Dropout(dropout), nn.Linear(head_hidden, 1)
        )

    def forward(self, x):
        h, _ = self.encoder(x)
        pooled = torch.cat([h.mean(1), h.max(1).values], dim=-1)
        return self.head(self.pool_drop(pooled)).squeeze(-1)


def build_model(cfg):
    m = cfg["model"]
    return YieldRegressor(
        cfg["data"]["n_sensors"], m["hidden"], m["layers"], m["dropout"], m["bidirectional"], m["head_hidden"]
    )


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def switch_off_stochastic_layers(module):
    """Used with model.apply(): makes fine-tuning deterministic (no dropout anywhere)."""
    if isinstance(module, (nn.Dropout, nn.AlphaDropout)):
        module.eval()


# ---------------------------------------------------------------------------- metrics
class RunningMetrics:
    def __init__(self):
        self.sq = 0.0
        self.abs = 0.0
        self.n = 0
        self.targets = []
        self.preds = []

    def update(self, pred, target):
        pred, target = pred.detach(), target.detach()
        self.sq += ((pred - target) ** 2).sum().item()
        self.abs += (pred - target).abs().sum().item()
        self.n += target.numel()
        self.targets.extend(target.tolist())
        self.preds.extend(pred.tolist())

    def compute(self):
        rmse = math.sqrt(self.sq / max(self.n, 1))
        mae = self.abs / max(self.n, 1)
        mean_t = sum(self.targets) / max(len(self.targets), 1)
        ss_tot = sum((t - mean_t) ** 2 for t in self.targets) or 1.0
        ss_res = sum((t - p) ** 2 for t, p in zip(self.targets, self.preds))
        return {"rmse": rmse, "mae": mae, "r2": 1 - ss_res / ss_tot}


def evaluate(model, data, batch_size=16):
    was = model.training
    model.eval()
    metrics = RunningMetrics()
    with torch.no_grad():
        for x, y in iterate(data, batch_size, shuffle=False):
            metrics.update(model(x), y)
    model.train(was)
    return metrics.compute()


# --------------------------------------------------------------------------- training
def run_epoch(model, data, optimizer, batch_size, clip=None):
    total, batches = 0.0, 0
    for x, y in iterate(data, batch_size, shuffle=True):
        optimizer.zero_grad(set_to_none=True)
        loss = F.huber_loss(model(x), y, delta=0.5)
        loss.backward()
        if clip:
            torch.nn.utils.clip_grad_norm_(model.parameters(), clip)
        optimizer.step()
        total += loss.item()
        batches += 1
    return total / max(batches, 1)


def warmup(model, train, val, cfg):
    w = cfg["warmup"]
    opt = torch.optim.AdamW(model.parameters(), lr=w["lr"], weight_decay=1e-4)
    model.train()
    history = []
    for epoch in range(w["epochs"]):
        t0 = time.perf_counter()
        loss = run_epoch(model, train, opt, w["batch_size"], w["clip"])
        metrics = evaluate(model, val)
        history.append({"phase": "warmup", "epoch": epoch, "loss": loss, **metrics})
        log.info("warmup %d loss %.4f rmse %.4f (%.2fs)", epoch, loss, metrics["rmse"], time.perf_counter() - t0)
    return history


def finetune(model, train, val, cfg):
    f = cfg["finetune"]
    for p in model.head.parameters():
        p.requires_grad_(True)
    opt = torch.optim.SGD(model.parameters(), lr=f["lr"], momentum=0.9)
    model.train()
    if f["deterministic"]:
        model.apply(switch_off_stochastic_layers)
    history = []
    for epoch in range(f["epochs"]):
        loss = run_epoch(model, train, opt, f["batch_size"])
        metrics = evaluate(model, val)
        history.append({"phase": "finetune", "epoch": epoch, "loss": loss, **metrics})
        log.info("finetune %d loss %.4f rmse %.4f", epoch, loss, metrics["rmse"])
    return history


# ---------------------------------------------------------------------------- report
def worst_cows(model, herd, k):
    model.eval()
    with torch.no_grad():
        pred = model(herd.x)
    err = (pred - herd.y).abs()
    per_cow = defaultdict(list)
    for cow, e in zip(herd.cow.tolist(), err.tolist()):
        per_cow[cow].append(e)
    ranked = sorted(per_cow.items(), key=lambda kv: -sum(kv[1]) / len(kv[1]))
    return [(cow, sum(errs) / len(errs)) for cow, errs in ranked[:k]]


def print_table(history):
    header = f"{'phase':<9}{'ep':>3}{'loss':>9}{'rmse':>9}{'mae':>9}{'r2':>8}"
    print(header)
    print("-" * len(header))
    for row in history:
        print(f"{row['phase']:<9}{row['epoch']:>3}{row['loss']:>9.4f}{row['rmse']:>9.4f}"
              f"{row['mae']:>9.4f}{row['r2']:>8.3f}")


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = config_from_args(args)
    seed_everything(cfg["seed"])
    d = cfg["data"]
    herd = Herd(d["n_cows"], d["n_milkings"], d["trace_len"], d["n_sensors"], d["noise"])
    train, val = standardise(*herd.split(d["val_fraction"]))
    model = build_model(cfg)
    log.info("model has %d trainable parameters", count_parameters(model))
    history = warmup(model, train, val, cfg)
    history += finetune(model, train, val, cfg)
    if cfg["report"]["json"]:
        print(json.dumps(history, indent=1))
    else:
        print_table(history)
    for cow, err in worst_cows(model, herd, cfg["report"]["top_k"]):
        print(f"cow {cow:3d}: mean abs error {err:.3f} l")


if __name__ == "__main__":
    main()
