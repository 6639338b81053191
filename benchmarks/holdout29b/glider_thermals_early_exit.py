# expect: crash
"""Thermal detection for glider variometer logs with early-exit GRU classifiers.

Research script: trains a stacked GRU with one exit head per layer, then distils the
final exit into the early exits so the logger can stop computing as soon as an exit
is confident. Usage:

    python glider_thermals_early_exit.py --epochs 2 --distill-epochs 1

Inputs are 1 Hz windows from the flight recorder; labels come from the pilot's
circling segments. All sizes are kept tiny for the smoke test.
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

logger = logging.getLogger("thermals")

DEFAULT_CONFIG = {
    "seed": 17,
    "n_features": 4,          # climb rate, airspeed, bank angle, altitude delta
    "hidden": 12,
    "n_layers": 3,
    "n_classes": 3,           # sink / neutral / thermal
    "seq_len": 10,
    "batch_size": 4,
    "n_train_batches": 3,
    "n_val_batches": 2,
    "lr": 5e-3,
    "weight_decay": 1e-4,
    "dropout": 0.1,
    "distill_temperature": 2.0,
    "distill_alpha": 0.7,
    "exit_threshold": 0.6,
    "grad_clip": 1.0,
}


# ----------------------------------------------------------------------------- data

def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def synth_flight(cfg, n):
    """Synthetic variometer windows: a thermal is a sustained positive climb."""
    x = torch.randn(n, cfg["seq_len"], cfg["n_features"]) * 0.5
    climb = x[:, :, 0].cumsum(1)[:, -1]
    y = torch.full((n,), 1, dtype=torch.long)
    y[climb > 0.5] = 2
    y[climb < -0.5] = 0
    return x, y


def make_loader(cfg, n_batches):
    return [synth_flight(cfg, cfg["batch_size"]) for _ in range(n_batches)]


def normalise(batches):
    allx = torch.cat([x for x, _ in batches])
    mu, sd = allx.mean((0, 1)), allx.std((0, 1)) + 1e-6
    return [((x - mu) / sd, y) for x, y in batches], (mu, sd)


# ----------------------------------------------------------------------------- model

class ExitHead(nn.Module):
    def __init__(self, hidden, n_classes, dropout):
        super().__init__()
        self.drop = nn.Dropout(dropout)
        self.fc = nn.Linear(hidden, n_classes)

    def forward(self, h):
        return self.fc(self.drop(h[:, -1]))


class EarlyExitGRU(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.inp = nn.Linear(cfg["n_features"], cfg["hidden"])
        self.grus = nn.ModuleList(
            nn.GRU(cfg["hidden"], cfg["hidden"], batch_first=True) for _ in range(cfg["n_layers"])
        )
        self.exits = nn.ModuleList(
            ExitHead(cfg["hidden"], cfg["n_classes"], cfg["dropout"]) for _ in range(cfg["n_layers"])
        )

    def forward(self, x, upto=None):
        h = torch.relu(self.inp(x))
        logits = []
        for i, (gru, head) in enumerate(zip(self.grus, self.exits)):
            h, _ = gru(h)
            logits.append(head(h))
            if upto is not None and i + 1 >= upto:
                break
        return logits

    def num_params(self):
        return sum(p.numel() for p in self.parameters())


# ----------------------------------------------------------------------------- metrics

class Meter:
    def __init__(self):
        self.sums = defaultdict(float)
        self.counts = defaultdict(int)

    def update(self, name, value, n=1):
        self.sums[name] += float(value) * n
        self.counts[name] += n

    def avg(self, name):
        return self.sums[name] / max(self.counts[name], 1)

    def summary(self):
        return {k: round(self.avg(k), 4) for k in self.sums}


def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def expected_calibration_error(probs, y, n_bins=5):
    conf, pred = probs.max(-1)
    ece = 0.0
    for b in range(n_bins):
        lo, hi = b / n_bins, (b + 1) / n_bins
        mask = (conf > lo) & (conf <= hi)
        if mask.any():
            acc = (pred[mask] == y[mask]).float().mean()
            ece += mask.float().mean() * (conf[mask].mean() - acc).abs()
    return float(ece)


def exit_savings(model, batches, threshold):
    """Fraction of GRU layers skipped if we stop at the first confident exit."""
    used, total = 0, 0
    with torch.no_grad():
        for x, _ in batches:
            logits = model(x)
            for b in range(x.size(0)):
                for depth, lg in enumerate(logits, start=1):
                    if lg[b].softmax(-1).max() >= threshold or depth == len(logits):
                        used += depth
                        break
                total += len(logits)
    return 1.0 - used / max(total, 1)


# ----------------------------------------------------------------------------- training

def build_optimizer(model, cfg):
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (no_decay if name.endswith("bias") else decay).append(p)
    return torch.optim.AdamW(
        [{"params": decay, "weight_decay": cfg["weight_decay"]},
         {"params": no_decay, "weight_decay": 0.0}],
        lr=cfg["lr"],
    )


def cosine_lr(optimizer, step, total, base_lr):
    lr = 0.5 * base_lr * (1 + math.cos(math.pi * step / max(total, 1)))
    for g in optimizer.param_groups:
        g["lr"] = lr
    return lr


def train_one_epoch(model, batches, optimizer, cfg, epoch, global_step, total_steps):
    model.train()
    meter = Meter()
    for x, y in batches:
        lr = cosine_lr(optimizer, global_step, total_steps, cfg["lr"])
        logits = model(x)
        losses = [F.cross_entropy(lg, y) for lg in logits]
        weights = torch.linspace(0.5, 1.0, len(losses))
        loss = sum(w * l for w, l in zip(weights, losses)) / weights.sum()
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), cfg["grad_clip"])
        optimizer.step()
        meter.update("loss", loss.item(), x.size(0))
        meter.update("acc_final", accuracy(logits[-1], y), x.size(0))
        global_step += 1
    logger.info("epoch %d train %s lr=%.5f", epoch, meter.summary(), lr)
    return global_step


@torch.no_grad()
def evaluate(model, batches, cfg):
    model.eval()
    meter = Meter()
    probs_all, y_all = [], []
    for x, y in batches:
        logits = model(x)
        for i, lg in enumerate(logits):
            meter.update(f"acc_exit{i}", accuracy(lg, y), x.size(0))
        probs_all.append(logits[-1].softmax(-1))
        y_all.append(y)
    res = meter.summary()
    res["ece"] = round(expected_calibration_error(torch.cat(probs_all), torch.cat(y_all)), 4)
    return res


def stabilise_backbone(model):
    """Distillation targets should not jitter with dropout inside the recurrent stack."""
    for gru in model.grus:
        gru.eval()


def distill_epoch(model, batches, optimizer, cfg, epoch):
    model.train()
    stabilise_backbone(model)
    t = cfg["distill_temperature"]
    meter = Meter()
    for x, y in batches:
        logits = model(x)
        teacher = (logits[-1].detach() / t).softmax(-1)
        kd = 0.0
        for lg in logits[:-1]:
            kd = kd + F.kl_div((lg / t).log_softmax(-1), teacher, reduction="batchmean") * t * t
        ce = F.cross_entropy(logits[-1], y)
        loss = cfg["distill_alpha"] * kd + (1 - cfg["distill_alpha"]) * ce
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()
        meter.update("kd", float(kd), x.size(0))
        meter.update("ce", ce.item(), x.size(0))
    logger.info("epoch %d distill %s", epoch, meter.summary())


# ----------------------------------------------------------------------------- main

def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=2)
    p.add_argument("--distill-epochs", type=int, default=1)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--config-json", type=str, default=None, help="JSON string overriding defaults")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def merge_config(args):
    cfg = dict(DEFAULT_CONFIG)
    if args.config_json:
        cfg.update(json.loads(args.config_json))
    if args.hidden is not None:
        cfg["hidden"] = args.hidden
    return cfg


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(name)s %(message)s")
    cfg = merge_config(args)
    set_seed(cfg["seed"])
    train_batches, stats = normalise(make_loader(cfg, cfg["n_train_batches"]))
    mu, sd = stats
    val_batches = [((x - mu) / sd, y) for x, y in make_loader(cfg, cfg["n_val_batches"])]

    model = EarlyExitGRU(cfg)
    logger.info("model has %d parameters", model.num_params())
    optimizer = build_optimizer(model, cfg)
    total_steps = args.epochs * len(train_batches)
    step = 0
    history = []
    t0 = time.time()
    for epoch in range(args.epochs):
        step = train_one_epoch(model, train_batches, optimizer, cfg, epoch, step, total_steps)
        res = evaluate(model, val_batches, cfg)
        history.append(res)
        logger.info("epoch %d val %s", epoch, res)

    for g in optimizer.param_groups:
        g["lr"] = cfg["lr"] * 0.5
    for k in range(args.distill_epochs):
        distill_epoch(model, train_batches, optimizer, cfg, args.epochs + k)
        res = evaluate(model, val_batches, cfg)
        res["savings"] = round(exit_savings(model, val_batches, cfg["exit_threshold"]), 3)
        history.append(res)
        logger.info("distill %d val %s", k, res)

    logger.info("finished in %.2fs", time.time() - t0)
    print(json.dumps(history[-1]))
    return history


if __name__ == "__main__":
    main()
