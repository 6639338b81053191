# expect: crash
"""
Ropewalk tension forecasting — research script.

Forecast the tension of a rope being laid on a ropewalk from the last few readings of
strand twist, carriage speed and humidity. Multi-seed runs, early stopping with patience,
a learning-rate plateau schedule and a "restart from best" trick when validation stalls.

usage: python ropewalk_tension_research.py --epochs 4 --seeds 1
"""
import argparse
import copy
import json
import logging
import math
import os
import random
import sys
import tempfile
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("ropewalk")

DEFAULTS = {
    "data": {
        "n_train": 48,
        "n_val": 16,
        "n_test": 16,
        "seq_len": 10,
        "horizon": 1,
        "n_features": 3,
        "noise": 0.05,
    },
    "model": {
        "kind": "lstm",
        "hidden": 12,
        "layers": 2,
        "dropout": 0.1,
        "head_hidden": 8,
    },
    "optim": {
        "lr": 5e-3,
        "weight_decay": 1e-4,
        "clip": 1.0,
        "batch_size": 8,
    },
    "schedule": {
        "epochs": 4,
        "patience": 1,
        "restart_from_best": True,
        "plateau_factor": 0.5,
    },
    "seeds": [0],
}


# --------------------------------------------------------------------------------------
# utilities
# --------------------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def deep_update(base, extra):
    out = copy.deepcopy(base)
    for k, v in extra.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_update(out[k], v)
        else:
            out[k] = v
    return out


def setup_logging(verbose):
    level = logging.INFO if verbose else logging.WARNING
    logging.basicConfig(stream=sys.stdout, level=level, format="%(asctime)s %(levelname)s %(message)s")


class Timer:
    def __init__(self):
        self.t0 = time.perf_counter()

    def lap(self):
        t = time.perf_counter()
        dt, self.t0 = t - self.t0, t
        return dt


# --------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------
def synth_ropewalk(n, seq_len, n_features, noise, generator):
    """Twist, carriage speed and humidity follow slow sinusoids; tension is a lagged mix."""
    t = torch.linspace(0, 2 * math.pi, seq_len + 1)
    phase = torch.rand(n, 1, generator=generator) * 2 * math.pi
    twist = torch.sin(t + phase)
    speed = torch.cos(0.5 * t + phase)
    humid = 0.3 * torch.sin(0.2 * t + 2 * phase)
    feats = torch.stack([twist, speed, humid], dim=-1)[:, :, :n_features]
    feats = feats + noise * torch.randn(feats.shape, generator=generator)
    tension = 0.6 * twist[:, 1:] + 0.3 * speed[:, :-1] - 0.2 * humid[:, 1:]
    return feats[:, :-1], tension[:, -1:]


class Split:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __len__(self):
        return self.x.shape[0]

    def batches(self, batch_size, shuffle=False, generator=None):
        idx = torch.randperm(len(self), generator=generator) if shuffle else torch.arange(len(self))
        for i in range(0, len(self), batch_size):
            j = idx[i:i + batch_size]
            yield self.x[j], self.y[j]


def build_splits(cfg, seed):
    g = torch.Generator().manual_seed(seed)
    d = cfg["data"]
    out = {}
    for name in ("train", "val", "test"):
        x, y = synth_ropewalk(d[f"n_{name}"], d["seq_len"], d["n_features"], d["noise"], g)
        out[name] = Split(x, y)
    mu = out["train"].x.mean(dim=(0, 1), keepdim=True)
    sd = out["train"].x.std(dim=(0, 1), keepdim=True) + 1e-6
    for s in out.values():
        s.x = (s.x - mu) / sd
    return out


# --------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------
class TensionForecaster(nn.Module):
    def __init__(self, n_features, hidden, layers, dropout, head_hidden, kind="lstm"):
        super().__init__()
        rnn_cls = {"lstm": nn.LSTM, "gru": nn.GRU}[kind]
        self.rnn = rnn_cls(n_features, hidden, num_layers=layers, batch_first=True,
                           dropout=dropout if layers > 1 else 0.0)
        self.norm = nn.LayerNorm(hidden)
        self.head = nn.Sequential(nn.Linear(hidden, head_hidden), nn.GELU(), nn.Linear(head_hidden, 1))

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(self.norm(out[:, -1]))


def build_model(cfg):
    m = cfg["model"]
    return TensionForecaster(cfg["data"]["n_features"], m["hidden"], m["layers"], m["dropout"],
                             m["head_hidden"], m["kind"])


def count_params(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------------------
def regression_metrics(pred, target):
    err = pred - target
    mae = err.abs().mean().item()
    rmse = err.pow(2).mean().sqrt().item()
    var = (target - target.mean()).pow(2).mean().item()
    r2 = 1.0 - err.pow(2).mean().item() / max(var, 1e-8)
    return {"mae": mae, "rmse": rmse, "r2": r2}


class RunningMean:
    def __init__(self):
        self.total, self.count = 0.0, 0

    def update(self, value, n=1):
        self.total += value * n
        self.count += n

    @property
    def value(self):
        return self.total / max(self.count, 1)


# --------------------------------------------------------------------------------------
# train / eval
# --------------------------------------------------------------------------------------
def evaluate(model, split, batch_size):
    model.eval()
    preds, targets = [], []
    with torch.no_grad():
        for x, y in split.batches(batch_size):
            preds.append(model(x))
            targets.append(y)
    return regression_metrics(torch.cat(preds), torch.cat(targets))


def train_one_epoch(model, split, opt, cfg, generator):
    meter = RunningMean()
    for x, y in split.batches(cfg["optim"]["batch_size"], shuffle=True, generator=generator):
        pred = model(x)
        loss = F.smooth_l1_loss(pred, y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        opt.step()
        meter.update(loss.item(), x.shape[0])
    return meter.value


class EarlyStopper:
    """Tracks the best validation score and keeps a copy of the best model."""

    def __init__(self, patience):
        self.patience = patience
        self.best = math.inf
        self.best_model = None
        self.bad_epochs = 0

    def step(self, model, score):
        if score < self.best - 1e-6:
            self.best = score
            self.best_model = copy.deepcopy(model)
            self.bad_epochs = 0
            return "improved"
        self.bad_epochs += 1
        return "stalled" if self.bad_epochs >= self.patience else "waiting"


def make_optimizer(model, cfg):
    return torch.optim.AdamW(model.parameters(), lr=cfg["optim"]["lr"],
                             weight_decay=cfg["optim"]["weight_decay"])


def decay_lr(opt, factor):
    for g in opt.param_groups:
        g["lr"] *= factor
    return opt.param_groups[0]["lr"]


def run_seed(cfg, seed):
    set_seed(seed)
    splits = build_splits(cfg, seed)
    model = build_model(cfg)
    LOG.info("seed %d: %d parameters", seed, count_params(model))
    opt = make_optimizer(model, cfg)
    stopper = EarlyStopper(cfg["schedule"]["patience"])
    gen = torch.Generator().manual_seed(seed + 100)
    history = defaultdict(list)
    timer = Timer()
    for epoch in range(cfg["schedule"]["epochs"]):
        model.train()
        tr_loss = train_one_epoch(model, splits["train"], opt, cfg, gen)
        val = evaluate(model, splits["val"], cfg["optim"]["batch_size"])
        history["train_loss"].append(tr_loss)
        for k, v in val.items():
            history[f"val_{k}"].append(v)
        state = stopper.step(model, val["rmse"])
        # force a restart on the second epoch in this small demo so the trick is exercised
        if epoch == 1:
            state = "stalled"
        if state == "stalled" and cfg["schedule"]["restart_from_best"] and stopper.best_model is not None:
            LOG.info("epoch %d: restarting from best (rmse %.4f)", epoch, stopper.best)
            model = stopper.best_model
            opt = make_optimizer(model, cfg)
            lr = decay_lr(opt, cfg["schedule"]["plateau_factor"])
            stopper.bad_epochs = 0
            LOG.info("new lr %.2e", lr)
            # continue straight into a short recovery pass on the restored weights
            train_one_epoch(model, splits["train"], opt, cfg, gen)
        LOG.info("epoch %d loss %.4f val %s (%.2fs)", epoch, tr_loss, json.dumps(val), timer.lap())
    final = stopper.best_model if stopper.best_model is not None else model
    test = evaluate(final, splits["test"], cfg["optim"]["batch_size"])
    return {"seed": seed, "test": test, "history": dict(history)}


# --------------------------------------------------------------------------------------
# reporting
# --------------------------------------------------------------------------------------
def summarise(results):
    keys = results[0]["test"].keys()
    summary = {}
    for k in keys:
        vals = [r["test"][k] for r in results]
        mean = sum(vals) / len(vals)
        sd = math.sqrt(sum((v - mean) ** 2 for v in vals) / max(len(vals) - 1, 1))
        summary[k] = (mean, sd)
    return summary


def write_report(results, summary, path):
    with open(path, "w") as fh:
        json.dump({"runs": results, "summary": {k: list(v) for k, v in summary.items()}}, fh, indent=1)


def print_table(summary):
    print(f"{'metric':8s} {'mean':>9s} {'sd':>9s}")
    for k, (m, s) in summary.items():
        print(f"{k:8s} {m:9.4f} {s:9.4f}")


# --------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].strip())
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--seeds", type=int, default=1, help="number of seeds")
    p.add_argument("--kind", choices=["lstm", "gru"], default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--no-restart", action="store_true")
    p.add_argument("--config", type=str, default=None, help="JSON overrides")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def config_from_args(args):
    cfg = copy.deepcopy(DEFAULTS)
    if args.config:
        cfg = deep_update(cfg, json.loads(args.config))
    if args.epochs is not None:
        cfg["schedule"]["epochs"] = args.epochs
    if args.kind is not None:
        cfg["model"]["kind"] = args.kind
    if args.hidden is not None:
        cfg["model"]["hidden"] = args.hidden
    if args.no_restart:
        cfg["schedule"]["restart_from_best"] = False
    cfg["seeds"] = list(range(args.seeds))
    return cfg


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = config_from_args(args)
    LOG.info("config %s", json.dumps(cfg))
    results = [run_seed(cfg, s) for s in cfg["seeds"]]
    summary = summarise(results)
    print_table(summary)
    fd, path = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    try:
        write_report(results, summary, path)
    finally:
        os.remove(path)
    return summary


if __name__ == "__main__":
    main(sys.argv[1:] if len(sys.argv) > 1 else [])
