# expect: crash
"""Sandcastle erosion forecasting.

Predict the volume of sand (litres) a castle loses over the next tide cycle from a sequence of
half-hourly beach readings: wave height, wave period, wind speed, tide level, sand moisture and
castle height. Trains a small Conv1d + GRU model, early-stops on validation MAE, restores the
best snapshot, and then recalibrates the output head on a fresh calibration beach so that the
forecasts are unbiased there.

    python sandcastle_erosion.py --epochs 3 --calib-steps 3
"""
import argparse
import copy
import json
import logging
import math
import random
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("sandcastle")

CONFIG = {
    "features": ["wave_h", "wave_t", "wind", "tide", "moisture", "castle_h"],
    "seq_len": 12,
    "batch_size": 8,
    "hidden": 16,
    "conv_channels": 8,
    "kernel": 3,
    "dropout": 0.1,
    "lr": 4e-3,
    "weight_decay": 1e-4,
    "epochs": 3,
    "patience": 2,
    "train_batches": 4,
    "val_batches": 2,
    "calib_batches": 2,
    "calib_steps": 3,
    "calib_lr": 1e-2,
    "grad_clip": 1.0,
    "seed": 2024,
}


# ----------------------------------------------------------------------------- utilities

def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--calib-steps", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--log-level", default="WARNING")
    p.add_argument("--dump-config", action="store_true")
    return p.parse_args(argv)


def merge_config(base, args):
    cfg = dict(base)
    for key in ("epochs", "calib_steps", "hidden", "seed"):
        value = getattr(args, key)
        if value is not None:
            cfg[key] = value
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
        return self.total / max(1, self.count)


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.start
        return False


# ----------------------------------------------------------------------------- data

def beach_readings(n_batches, cfg, seed, offset=0.0):
    """Synthetic beach: erosion grows with wave energy (h^2 * T) and moisture, shrinks with height."""
    g = torch.Generator().manual_seed(seed)
    n_feat = len(cfg["features"])
    batches = []
    for _ in range(n_batches):
        x = torch.rand(cfg["batch_size"], cfg["seq_len"], n_feat, generator=g)
        energy = (x[:, :, 0] ** 2 * (1 + x[:, :, 1])).sum(dim=1)
        wet = x[:, :, 4].mean(dim=1)
        height = x[:, -1, 5]
        y = 0.6 * energy + 1.5 * wet - 0.8 * height + offset
        y = y + 0.05 * torch.randn(cfg["batch_size"], generator=g)
        batches.append((x, y))
    return batches


def normalise(batches):
    xs = torch.cat([x for x, _ in batches])
    mean = xs.mean(dim=(0, 1), keepdim=True)
    std = xs.std(dim=(0, 1), keepdim=True).clamp_min(1e-6)
    return mean, std


# ----------------------------------------------------------------------------- model

class Backbone(nn.Module):
    def __init__(self, n_feat, channels, kernel, hidden, dropout):
        super().__init__()
        self.conv = nn.Conv1d(n_feat, channels, kernel, padding=kernel // 2)
        self.gru = nn.GRU(channels, hidden, batch_first=True)
        self.drop = nn.Dropout(dropout)

    def forward(self, x):
        z = F.gelu(self.conv(x.transpose(1, 2))).transpose(1, 2)
        h, _ = self.gru(z)
        return self.drop(h[:, -1])


class ErosionModel(nn.Module):
    def __init__(self, cfg, mean, std):
        super().__init__()
        n_feat = len(cfg["features"])
        self.register_buffer("mean", mean)
        self.register_buffer("std", std)
        self.backbone = Backbone(n_feat, cfg["conv_channels"], cfg["kernel"], cfg["hidden"], cfg["dropout"])
        self.head = nn.Linear(cfg["hidden"], 1)

    def forward(self, x):
        return self.head(self.backbone((x - self.mean) / self.std)).squeeze(-1)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def build_optimizer(model, cfg):
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (no_decay if name.endswith("bias") else decay).append(p)
    return torch.optim.AdamW(
        [{"params": decay, "weight_decay": cfg["weight_decay"]}, {"params": no_decay, "weight_decay": 0.0}],
        lr=cfg["lr"],
    )


def cosine_lr(step, total, base):
    return base * 0.5 * (1 + math.cos(math.pi * min(step, total) / max(1, total)))


# ----------------------------------------------------------------------------- metrics

def regression_metrics(pred, target):
    err = pred - target
    mae = err.abs().mean().item()
    rmse = err.pow(2).mean().sqrt().item()
    bias = err.mean().item()
    denom = (target - target.mean()).pow(2).sum().item()
    r2 = 1.0 - err.pow(2).sum().item() / denom if denom > 0 else float("nan")
    return {"mae": mae, "rmse": rmse, "bias": bias, "r2": r2}


def format_metrics(metrics):
    return " ".join(f"{k}={v:.3f}" for k, v in metrics.items())


# ----------------------------------------------------------------------------- loops

def train_epoch(model, optimizer, batches, cfg, step0, total_steps):
    model.train()
    meter = AverageMeter()
    step = step0
    for x, y in batches:
        for group in optimizer.param_groups:
            group["lr"] = cosine_lr(step, total_steps, cfg["lr"])
        optimizer.zero_grad(set_to_none=True)
        loss = F.huber_loss(model(x), y, delta=1.0)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["grad_clip"])
        optimizer.step()
        meter.update(loss.item(), x.size(0))
        step += 1
    return meter.avg, step


@torch.no_grad()
def evaluate(model, batches):
    model.eval()
    preds, targets = [], []
    for x, y in batches:
        preds.append(model(x))
        targets.append(y)
    return regression_metrics(torch.cat(preds), torch.cat(targets))


class EarlyStopping:
    def __init__(self, patience, mode="min"):
        self.patience = patience
        self.sign = 1.0 if mode == "min" else -1.0
        self.best_score = math.inf
        self.best_model = None
        self.best_epoch = -1
        self.bad_epochs = 0

    def step(self, score, model, epoch):
        if self.sign * score < self.best_score:
            self.best_score = self.sign * score
            self.best_model = copy.deepcopy(model)
            self.best_epoch = epoch
            self.bad_epochs = 0
            return False
        self.bad_epochs += 1
        return self.bad_epochs > self.patience


def recalibrate_head(model, batches, cfg):
    """Fit the output layer on the calibration beach; the feature extractor is left alone."""
    head_opt = torch.optim.SGD(model.head.parameters(), lr=cfg["calib_lr"], momentum=0.5)
    history = []
    for step in range(cfg["calib_steps"]):
        meter = AverageMeter()
        for x, y in batches:
            head_opt.zero_grad()
            loss = F.mse_loss(model(x), y)
            loss.backward()  # TM001-here
            head_opt.step()
            meter.update(loss.item(), x.size(0))
        history.append(meter.avg)
        log.info("calibration step %d mse %.4f", step, meter.avg)
    return history


# ----------------------------------------------------------------------------- main

def run(cfg):
    set_seed(cfg["seed"])
    train = beach_readings(cfg["train_batches"], cfg, seed=cfg["seed"])
    val = beach_readings(cfg["val_batches"], cfg, seed=cfg["seed"] + 1)
    calib = beach_readings(cfg["calib_batches"], cfg, seed=cfg["seed"] + 2, offset=0.7)
    mean, std = normalise(train)

    model = ErosionModel(cfg, mean, std)
    log.info("model has %d trainable parameters", count_parameters(model))
    optimizer = build_optimizer(model, cfg)
    stopper = EarlyStopping(cfg["patience"])
    total_steps = cfg["epochs"] * len(train)
    step = 0
    results = defaultdict(list)

    for epoch in range(cfg["epochs"]):
        with Timer() as t:
            train_loss, step = train_epoch(model, optimizer, train, cfg, step, total_steps)
        metrics = evaluate(model, val)
        results["train_loss"].append(train_loss)
        results["val_mae"].append(metrics["mae"])
        log.info("epoch %d (%.2fs) train %.4f | %s", epoch, t.elapsed, train_loss, format_metrics(metrics))
        if stopper.step(metrics["mae"], model, epoch):
            log.info("early stop at epoch %d", epoch)
            break

    model = stopper.best_model
    before = evaluate(model, calib)
    results["calibration"] = recalibrate_head(model, calib, cfg)
    after = evaluate(model, calib)
    return {
        "best_epoch": stopper.best_epoch,
        "best_val_mae": round(stopper.best_score, 4),
        "calib_bias_before": round(before["bias"], 4),
        "calib_bias_after": round(after["bias"], 4),
        "epochs_run": len(results["train_loss"]),
    }


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level.upper(), logging.WARNING),
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    cfg = merge_config(CONFIG, args)
    if args.dump_config:
        print(json.dumps(cfg, indent=2))
    summary = run(cfg)
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main([])
