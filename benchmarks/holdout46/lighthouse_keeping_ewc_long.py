# expect: crash
"""Lighthouse keeping: predict when the fog signal will be needed in the next
hour from the keeper's log of visibility, humidity, wind and sea state.

Research script for sequential learning across stations: a model is trained on
the Rock station, then on the Headland station, with an elastic weight
consolidation (EWC) penalty that protects what it learned on the Rock.

Usage:
    python lighthouse_keeping_ewc_long.py --epochs 2 --ewc-lambda 50
"""
import argparse
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

LOG = logging.getLogger("lighthouse")

DEFAULT_CONFIG = {
    "data": {
        "n_features": 4,
        "seq_len": 12,
        "batch_size": 6,
        "train_batches": 4,
        "val_batches": 2,
        "stations": ["rock", "headland"],
    },
    "model": {
        "hidden": 10,
        "layers": 2,
        "dropout": 0.1,
        "bidirectional": False,
    },
    "optim": {
        "lr": 3e-3,
        "weight_decay": 1e-5,
        "clip": 1.0,
    },
    "ewc": {
        "lambda": 50.0,
        "fisher_batches": 2,
    },
    "seed": 17,
}


# --------------------------------------------------------------------------- #
# utilities
# --------------------------------------------------------------------------- #
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def deep_update(base, override):
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_update(out[key], value)
        else:
            out[key] = value
    return out


class AverageMeter:
    def __init__(self, name):
        self.name = name
        self.reset()

    def reset(self):
        self.total = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.total += value * n
        self.count += n

    @property
    def avg(self):
        return self.total / max(self.count, 1)

    def __repr__(self):
        return f"{self.name}={self.avg:.4f}"


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.start
        return False


# --------------------------------------------------------------------------- #
# data
# --------------------------------------------------------------------------- #
STATION_OFFSETS = {"rock": 0.0, "headland": 0.7}


def synth_station(name, n_batches, cfg, seed):
    g = torch.Generator().manual_seed(seed + int(100 * STATION_OFFSETS[name]))
    batches = []
    for _ in range(n_batches):
        x = torch.randn(cfg["batch_size"], cfg["seq_len"], cfg["n_features"], generator=g)
        x[..., 0] += STATION_OFFSETS[name]
        visibility = x[:, -3:, 0].mean(1)
        y = (visibility < STATION_OFFSETS[name]).long()
        batches.append((x, y))
    return batches


def build_station_data(cfg, seed):
    data = {}
    for i, name in enumerate(cfg["stations"]):
        data[name] = {
            "train": synth_station(name, cfg["train_batches"], cfg, seed + i),
            "val": synth_station(name, cfg["val_batches"], cfg, seed + 50 + i),
        }
    return data


# --------------------------------------------------------------------------- #
# model
# --------------------------------------------------------------------------- #
class FogSignalNet(nn.Module):
    def __init__(self, n_features, hidden, layers, dropout, bidirectional):
        super().__init__()
        self.norm = nn.LayerNorm(n_features)
        self.rnn = nn.LSTM(
            n_features,
            hidden,
            num_layers=layers,
            dropout=dropout if layers > 1 else 0.0,
            bidirectional=bidirectional,
            batch_first=True,
        )
        width = hidden * (2 if bidirectional else 1)
        self.classifier = nn.Sequential(nn.Linear(width, hidden), nn.GELU(), nn.Linear(hidden, 2))

    def forward(self, x):
        out, _ = self.rnn(self.norm(x))
        return self.classifier(out[:, -1])


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------- #
# metrics
# --------------------------------------------------------------------------- #
def binary_metrics(logits, targets):
    pred = logits.argmax(1)
    tp = ((pred == 1) & (targets == 1)).sum().item()
    fp = ((pred == 1) & (targets == 0)).sum().item()
    fn = ((pred == 0) & (targets == 1)).sum().item()
    acc = (pred == targets).float().mean().item()
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"acc": acc, "precision": precision, "recall": recall, "f1": f1}


def merge_metrics(rows):
    merged = defaultdict(float)
    for row in rows:
        for key, value in row.items():
            merged[key] += value / len(rows)
    return dict(merged)


# --------------------------------------------------------------------------- #
# EWC
# --------------------------------------------------------------------------- #
class EWC:
    """Diagonal Fisher estimated on the previous station's training data."""

    def __init__(self, model, batches, n_batches):
        self.params = {n: p.detach().clone() for n, p in model.named_parameters() if p.requires_grad}
        self.fisher = self._estimate_fisher(model, batches[:n_batches])

    @staticmethod
    def _estimate_fisher(model, batches):
        fisher = {n: torch.zeros_like(p) for n, p in model.named_parameters() if p.requires_grad}
        model.eval()  # deterministic Fisher: no dropout between LSTM layers
        with torch.backends.cudnn.flags(enabled=False):
            for x, _ in batches:
                model.zero_grad()
                logits = model(x)
                sampled = torch.distributions.Categorical(logits=logits).sample()
                F.cross_entropy(logits, sampled).backward()
                for n, p in model.named_parameters():
                    if p.grad is not None and n in fisher:
                        fisher[n] += p.grad.detach() ** 2 / len(batches)
        model.zero_grad()
        return fisher

    def penalty(self, model):
        total = 0.0
        for n, p in model.named_parameters():
            if n in self.fisher:
                total = total + (self.fisher[n] * (p - self.params[n]) ** 2).sum()
        return total


# --------------------------------------------------------------------------- #
# train / evaluate
# --------------------------------------------------------------------------- #
def train_one_epoch(model, batches, optimizer, cfg, ewc=None, ewc_lambda=0.0):
    loss_meter, pen_meter = AverageMeter("loss"), AverageMeter("ewc")
    for x, y in batches:
        optimizer.zero_grad()
        logits = model(x)
        loss = F.cross_entropy(logits, y)
        if ewc is not None:
            pen = ewc.penalty(model)
            loss = loss + ewc_lambda * pen
            pen_meter.update(float(pen), x.size(0))
        loss.backward()  # TM001-here
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        optimizer.step()
        loss_meter.update(loss.item(), x.size(0))
    return {"loss": loss_meter.avg, "ewc": pen_meter.avg}


@torch.no_grad()
def evaluate(model, batches):
    was_training = model.training
    model.eval()
    rows, losses = [], []
    for x, y in batches:
        logits = model(x)
        losses.append(F.cross_entropy(logits, y).item())
        rows.append(binary_metrics(logits, y))
    model.train(was_training)
    out = merge_metrics(rows)
    out["loss"] = sum(losses) / len(losses)
    return out


def make_optimizer(model, cfg):
    return torch.optim.AdamW(model.parameters(), lr=cfg["optim"]["lr"], weight_decay=cfg["optim"]["weight_decay"])


def train_station(model, data, cfg, epochs, ewc=None):
    optimizer = make_optimizer(model, cfg)
    history = []
    for epoch in range(epochs):
        with Timer() as t:
            stats = train_one_epoch(model, data["train"], optimizer, cfg, ewc, cfg["ewc"]["lambda"])
        val = evaluate(model, data["val"])
        LOG.info("epoch %d | loss %.4f ewc %.4f | val f1 %.3f acc %.3f | %.2fs",
                 epoch, stats["loss"], stats["ewc"], val["f1"], val["acc"], t.elapsed)
        history.append({"epoch": epoch, **stats, **{f"val_{k}": v for k, v in val.items()}})
    return history


def forgetting_report(before, after):
    report = {}
    for station, metrics in before.items():
        delta = after[station]["acc"] - metrics["acc"]
        report[station] = {"acc_before": round(metrics["acc"], 3), "acc_after": round(after[station]["acc"], 3),
                           "delta": round(delta, 3)}
    return report


# --------------------------------------------------------------------------- #
# main
# --------------------------------------------------------------------------- #
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=2)
    p.add_argument("--ewc-lambda", type=float, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--config-json", type=str, default=None, help="JSON string merged into the config")
    p.add_argument("--log-level", default="WARNING")
    return p.parse_args(argv)


def build_config(args):
    cfg = DEFAULT_CONFIG
    if args.config_json:
        cfg = deep_update(cfg, json.loads(args.config_json))
    if args.ewc_lambda is not None:
        cfg = deep_update(cfg, {"ewc": {"lambda": args.ewc_lambda}})
    if args.hidden is not None:
        cfg = deep_update(cfg, {"model": {"hidden": args.hidden}})
    return cfg


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level), format="%(asctime)s %(name)s %(message)s")
    cfg = build_config(args)
    set_seed(cfg["seed"])
    data = build_station_data(cfg["data"], cfg["seed"])
    model = FogSignalNet(cfg["data"]["n_features"], **cfg["model"])
    LOG.info("parameters: %d", count_parameters(model))

    first, second = cfg["data"]["stations"]
    model.train()
    train_station(model, data[first], cfg, args.epochs)
    before = {first: evaluate(model, data[first]["val"])}

    model.train()
    ewc = EWC(model, data[first]["train"], cfg["ewc"]["fisher_batches"])
    hist = train_station(model, data[second], cfg, args.epochs, ewc=ewc)

    after = {s: evaluate(model, data[s]["val"]) for s in (first, second)}
    report = forgetting_report(before, after)
    summary = {
        "final_loss": round(hist[-1]["loss"], 4),
        "forgetting": report,
        "headland_f1": round(after[second]["f1"], 3),
        "pid": os.getpid() > 0,
        "finite": math.isfinite(hist[-1]["loss"]),
    }
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
