# expect: crash
"""
Tea-withering moisture forecasting with uncertainty sampling.

Withering troughs log leaf temperature, air temperature, relative humidity,
fan speed and trough load every few minutes. The target is the leaf moisture
at the end of the wither. Only a few batches carry lab moisture readings, so
we fit on the labelled pool, score the unlabelled pool by predictive
spread (an ensemble of heads on one encoder), "send" the most uncertain
withers to the lab, and fine-tune on them.

Usage:
    python tea_withering_active.py --rounds 2 --query 4
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
from torch import nn
from torch.nn import functional as F

LOG = logging.getLogger("wither")

DEFAULT_CONFIG = {
    "seed": 13,
    "n_features": 5,
    "seq_len": 12,
    "hidden": 12,
    "n_heads": 3,
    "layers": 1,
    "dropout": 0.1,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "batch_size": 4,
    "epochs": 2,
    "finetune_epochs": 1,
    "finetune_lr": 1e-3,
    "labelled": 12,
    "pool": 16,
    "val": 8,
    "rounds": 2,
    "query": 4,
    "clip": 1.0,
    "target_moisture": 0.62,
}

FEATURES = ["leaf_temp", "air_temp", "rh", "fan_speed", "load_kg"]


# --------------------------------------------------------------------------
# utilities
# --------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
    )


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.sum = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.sum += float(value) * n
        self.count += n

    @property
    def avg(self):
        return self.sum / max(self.count, 1)


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.start
        return False


# --------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------
def simulate_wither(n, seq_len, n_features, generator):
    """Synthetic trough logs. Moisture falls faster with high leaf temperature,
    low humidity and strong fans; heavy loads slow it down."""
    x = torch.randn(n, seq_len, n_features, generator=generator)
    drive = 0.5 * x[..., 0] - 0.4 * x[..., 2] + 0.3 * x[..., 3] - 0.2 * x[..., 4]
    loss_rate = torch.sigmoid(drive).mean(dim=1)
    moisture = 0.78 - 0.25 * loss_rate + 0.01 * torch.randn(n, generator=generator)
    return x, moisture


class WitherSet:
    def __init__(self, x, y, ids=None):
        self.x = x
        self.y = y
        self.ids = list(range(len(x))) if ids is None else list(ids)

    def __len__(self):
        return len(self.x)

    def subset(self, idx):
        idx = list(idx)
        return WitherSet(self.x[idx], self.y[idx], [self.ids[i] for i in idx])

    def without(self, idx):
        keep = [i for i in range(len(self)) if i not in set(idx)]
        return self.subset(keep)

    def merge(self, other):
        return WitherSet(torch.cat([self.x, other.x]), torch.cat([self.y, other.y]), self.ids + other.ids)

    def batches(self, batch_size, shuffle=False, generator=None):
        order = torch.randperm(len(self), generator=generator).tolist() if shuffle else list(range(len(self)))
        for i in range(0, len(order), batch_size):
            sel = order[i:i + batch_size]
            yield self.x[sel], self.y[sel]


def build_splits(cfg):
    g = torch.Generator().manual_seed(cfg["seed"])
    total = cfg["labelled"] + cfg["pool"] + cfg["val"]
    x, y = simulate_wither(total, cfg["seq_len"], cfg["n_features"], g)
    full = WitherSet(x, y)
    lab = full.subset(range(cfg["labelled"]))
    pool = full.subset(range(cfg["labelled"], cfg["labelled"] + cfg["pool"]))
    val = full.subset(range(cfg["labelled"] + cfg["pool"], total))
    return lab, pool, val


def standardise(train_set, *others):
    mu = train_set.x.mean(dim=(0, 1), keepdim=True)
    sd = train_set.x.std(dim=(0, 1), keepdim=True) + 1e-6
    out = []
    for s in (train_set,) + others:
        out.append(WitherSet((s.x - mu) / sd, s.y, s.ids))
    return out, (mu, sd)


# --------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------
class MultiHeadWither(nn.Module):
    """A shared LSTM encoder with a small ensemble of regression heads."""

    def __init__(self, n_features, hidden, n_heads, layers, dropout):
        super().__init__()
        self.inp = nn.Linear(n_features, hidden)
        self.encoder = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True)
        self.drop = nn.Dropout(dropout)
        self.heads = nn.ModuleList([nn.Linear(hidden, 1) for _ in range(n_heads)])

    def forward(self, x):
        z, _ = self.encoder(F.gelu(self.inp(x)))
        z = self.drop(z[:, -1])
        return torch.cat([h(z) for h in self.heads], dim=-1)  # (batch, heads)


def predict(model, x):
    """Mean and spread across heads. Used by evaluation and query scoring."""
    model.eval()
    out = model(x)
    return out.mean(dim=-1), out.std(dim=-1)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------
def regression_metrics(pred, target, target_moisture):
    err = pred - target
    mae = err.abs().mean().item()
    rmse = math.sqrt(err.pow(2).mean().item())
    # a wither is "on spec" when the prediction and the truth agree on which
    # side of the target moisture the leaf ended
    on_spec = ((pred < target_moisture) == (target < target_moisture)).float().mean().item()
    return {"mae": mae, "rmse": rmse, "spec_acc": on_spec}


def calibration_gap(spread, abs_err):
    if len(spread) < 2:
        return float("nan")
    s = spread - spread.mean()
    e = abs_err - abs_err.mean()
    denom = (s.norm() * e.norm()).item()
    return float("nan") if denom == 0 else (s @ e).item() / denom


# --------------------------------------------------------------------------
# training
# --------------------------------------------------------------------------
def make_optimizer(model, lr, weight_decay):
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (no_decay if name.endswith("bias") else decay).append(p)
    return torch.optim.AdamW(
        [{"params": decay, "weight_decay": weight_decay}, {"params": no_decay, "weight_decay": 0.0}], lr=lr
    )


def train_epoch(model, data, optimizer, cfg, generator):
    model.train()
    meter = AverageMeter()
    for x, y in data.batches(cfg["batch_size"], shuffle=True, generator=generator):
        out = model(x)
        loss = F.mse_loss(out, y.unsqueeze(-1).expand_as(out))
        optimizer.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        optimizer.step()
        meter.update(loss.item(), len(y))
    return meter.avg


@torch.no_grad()
def evaluate(model, data, cfg):
    preds, spreads, targets = [], [], []
    for x, y in data.batches(cfg["batch_size"]):
        mean, spread = predict(model, x)
        preds.append(mean)
        spreads.append(spread)
        targets.append(y)
    pred, spread, target = torch.cat(preds), torch.cat(spreads), torch.cat(targets)
    metrics = regression_metrics(pred, target, cfg["target_moisture"])
    metrics["calib"] = calibration_gap(spread, (pred - target).abs())
    return metrics


@torch.no_grad()
def score_pool(model, pool, cfg):
    spreads = []
    for x, _ in pool.batches(cfg["batch_size"]):
        _, spread = predict(model, x)
        spreads.append(spread)
    return torch.cat(spreads)


def fine_tune(model, data, cfg, generator):
    """A short pass over the newly labelled withers. The loss is taken on the
    ensemble mean so that all heads move together."""
    optimizer = make_optimizer(model, cfg["finetune_lr"], cfg["weight_decay"])
    meter = AverageMeter()
    for _ in range(cfg["finetune_epochs"]):
        for x, y in data.batches(cfg["batch_size"], shuffle=True, generator=generator):
            mean, spread = predict(model, x)
            loss = F.mse_loss(mean, y) + 0.01 * spread.mean()
            optimizer.zero_grad()
            loss.backward()  # TM001-here
            optimizer.step()
            meter.update(loss.item(), len(y))
    return meter.avg


def query(pool, scores, k):
    k = min(k, len(pool))
    top = scores.topk(k).indices.tolist()
    return top


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rounds", type=int, default=DEFAULT_CONFIG["rounds"])
    p.add_argument("--query", type=int, default=DEFAULT_CONFIG["query"])
    p.add_argument("--epochs", type=int, default=DEFAULT_CONFIG["epochs"])
    p.add_argument("--hidden", type=int, default=DEFAULT_CONFIG["hidden"])
    p.add_argument("--seed", type=int, default=DEFAULT_CONFIG["seed"])
    p.add_argument("--config", type=str, default=None, help="JSON file overriding the defaults")
    p.add_argument("--dump-metrics", action="store_true")
    p.add_argument("-v", "--verbose", action="store_true")
    return p.parse_args(argv)


def load_config(args):
    cfg = dict(DEFAULT_CONFIG)
    if args.config and os.path.exists(args.config):
        with open(args.config) as f:
            cfg.update(json.load(f))
    cfg.update({"rounds": args.rounds, "query": args.query, "epochs": args.epochs,
                "hidden": args.hidden, "seed": args.seed})
    return cfg


def log_metrics(tag, metrics):
    LOG.info("%s | %s", tag, " ".join(f"{k}={v:.4f}" for k, v in metrics.items()))


def run(cfg):
    set_seed(cfg["seed"])
    g = torch.Generator().manual_seed(cfg["seed"] + 1)
    lab, pool, val = build_splits(cfg)
    (lab, pool, val), _ = standardise(lab, pool, val)
    LOG.info("labelled=%d pool=%d val=%d", len(lab), len(pool), len(val))

    model = MultiHeadWither(cfg["n_features"], cfg["hidden"], cfg["n_heads"], cfg["layers"], cfg["dropout"])
    LOG.info("parameters: %d", count_parameters(model))
    optimizer = make_optimizer(model, cfg["lr"], cfg["weight_decay"])

    history = defaultdict(list)
    with Timer() as t:
        for epoch in range(cfg["epochs"]):
            tr = train_epoch(model, lab, optimizer, cfg, g)
            m = evaluate(model, val, cfg)
            history["train"].append(tr)
            history["val_mae"].append(m["mae"])
            log_metrics(f"warm-up epoch {epoch} train={tr:.4f}", m)
    LOG.debug("warm-up took %.2fs", t.elapsed)

    for r in range(cfg["rounds"]):
        if len(pool) == 0:
            LOG.info("pool exhausted")
            break
        scores = score_pool(model, pool, cfg)
        picked = query(pool, scores, cfg["query"])
        LOG.info("round %d: querying withers %s", r, [pool.ids[i] for i in picked])
        newly = pool.subset(picked)
        pool = pool.without(picked)
        lab = lab.merge(newly)
        ft = fine_tune(model, newly, cfg, g)
        m = evaluate(model, val, cfg)
        history["finetune"].append(ft)
        history["val_mae"].append(m["mae"])
        log_metrics(f"round {r} finetune={ft:.4f}", m)
    return history


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = load_config(args)
    history = run(cfg)
    if args.dump_metrics:
        print(json.dumps(dict(history), indent=2))
    LOG.info("final val MAE %.4f", history["val_mae"][-1])


if __name__ == "__main__":
    main()
