# expect: crash
"""
Coiner's assay: predicting alloy fineness from furnace sensor sequences.

Research script: a bidirectional LSTM regressor, a config dict overridable from the command line,
metrics, checkpoint-free training, and connection-sensitivity pruning scores computed on a
validation batch at the end of training to decide which weights to drop for the deployed model.
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

logger = logging.getLogger("assay")

DEFAULT_CONFIG = {
    "seed": 11,
    "n_sensors": 5,
    "seq_len": 9,
    "hidden": 12,
    "layers": 1,
    "bidirectional": True,
    "dropout": 0.0,
    "batch_size": 6,
    "n_train_batches": 4,
    "n_val_batches": 2,
    "epochs": 2,
    "lr": 3e-3,
    "weight_decay": 1e-5,
    "clip": 1.0,
    "warmup_steps": 2,
    "prune_fraction": 0.2,
    "log_every": 2,
}


# ----------------------------------------------------------------------------------------------
# utilities
# ----------------------------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description="alloy fineness regression")
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--prune-fraction", type=float, default=None)
    p.add_argument("--no-bidirectional", action="store_true")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def merge_config(base, args):
    cfg = dict(base)
    if args.hidden is not None:
        cfg["hidden"] = args.hidden
    if args.epochs is not None:
        cfg["epochs"] = args.epochs
    if args.lr is not None:
        cfg["lr"] = args.lr
    if args.prune_fraction is not None:
        cfg["prune_fraction"] = args.prune_fraction
    if args.no_bidirectional:
        cfg["bidirectional"] = False
    return cfg


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.sum = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.sum += value * n
        self.count += n

    @property
    def avg(self):
        return self.sum / max(self.count, 1)


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.t0
        return False


# ----------------------------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------------------------
def synth_furnace_batch(cfg, generator):
    b, t, s = cfg["batch_size"], cfg["seq_len"], cfg["n_sensors"]
    temps = torch.randn(b, t, s, generator=generator)
    drift = torch.linspace(0, 1, t).view(1, t, 1)
    x = temps + 0.3 * drift
    fineness = 0.6 * x[:, :, 0].mean(1) - 0.2 * x[:, :, 1].std(1) + 0.05 * torch.randn(b, generator=generator)
    return x, fineness


def build_split(cfg, n_batches, seed):
    g = torch.Generator().manual_seed(seed)
    return [synth_furnace_batch(cfg, g) for _ in range(n_batches)]


def normalise(batches):
    xs = torch.cat([x for x, _ in batches])
    mu = xs.mean(dim=(0, 1), keepdim=True)
    sd = xs.std(dim=(0, 1), keepdim=True) + 1e-6
    return [((x - mu) / sd, y) for x, y in batches], (mu, sd)


def apply_norm(batches, stats):
    mu, sd = stats
    return [((x - mu) / sd, y) for x, y in batches]


# ----------------------------------------------------------------------------------------------
# model
# ----------------------------------------------------------------------------------------------
class AssayRegressor(nn.Module):
    def __init__(self, n_sensors, hidden, layers, bidirectional, dropout):
        super().__init__()
        self.inp = nn.Linear(n_sensors, hidden)
        self.lstm = nn.LSTM(
            hidden,
            hidden,
            num_layers=layers,
            batch_first=True,
            bidirectional=bidirectional,
            dropout=dropout if layers > 1 else 0.0,
        )
        d = hidden * (2 if bidirectional else 1)
        self.attn = nn.Linear(d, 1)
        self.out = nn.Sequential(nn.Linear(d, hidden), nn.GELU(), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.lstm(F.gelu(self.inp(x)))
        w = torch.softmax(self.attn(h), dim=1)
        pooled = (w * h).sum(1)
        return self.out(pooled).squeeze(-1)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def build_model(cfg):
    model = AssayRegressor(cfg["n_sensors"], cfg["hidden"], cfg["layers"], cfg["bidirectional"], cfg["dropout"])
    logger.info("model has %d parameters", count_parameters(model))
    return model


# ----------------------------------------------------------------------------------------------
# optimisation
# ----------------------------------------------------------------------------------------------
def build_optimizer(model, cfg):
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (no_decay if name.endswith("bias") else decay).append(p)
    groups = [
        {"params": decay, "weight_decay": cfg["weight_decay"]},
        {"params": no_decay, "weight_decay": 0.0},
    ]
    return torch.optim.AdamW(groups, lr=cfg["lr"])


def build_scheduler(opt, cfg, total_steps):
    warm = cfg["warmup_steps"]

    def lr_lambda(step):
        if step < warm:
            return (step + 1) / warm
        progress = (step - warm) / max(1, total_steps - warm)
        return 0.5 * (1 + math.cos(math.pi * progress))

    return torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda)


# ----------------------------------------------------------------------------------------------
# metrics
# ----------------------------------------------------------------------------------------------
def regression_metrics(pred, target):
    err = pred - target
    mse = (err ** 2).mean().item()
    mae = err.abs().mean().item()
    var = target.var(unbiased=False).item() + 1e-8
    return {"mse": mse, "mae": mae, "rmse": math.sqrt(mse), "r2": 1 - mse / var}


def summarise(history):
    out = {}
    for k, vals in history.items():
        out[k] = {"last": vals[-1], "best": min(vals) if k != "r2" else max(vals)}
    return out


# ----------------------------------------------------------------------------------------------
# loops
# ----------------------------------------------------------------------------------------------
def train_one_epoch(model, batches, opt, sched, cfg, epoch):
    model.train()
    meter = AverageMeter()
    for i, (x, y) in enumerate(batches):
        opt.zero_grad()
        loss = F.smooth_l1_loss(model(x), y)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        sched.step()
        meter.update(loss.item(), x.size(0))
        if i % cfg["log_every"] == 0:
            logger.debug("epoch %d batch %d loss %.4f lr %.2e", epoch, i, loss.item(), sched.get_last_lr()[0])
    return meter.avg


def evaluate(model, batches):
    model.eval()
    preds, targets = [], []
    with torch.no_grad():
        for x, y in batches:
            preds.append(model(x))
            targets.append(y)
    return regression_metrics(torch.cat(preds), torch.cat(targets))


# ----------------------------------------------------------------------------------------------
# pruning
# ----------------------------------------------------------------------------------------------
def connection_sensitivity(model, batch):
    """SNIP-style |g * w| scores on one validation batch."""
    x, y = batch
    model.zero_grad()
    loss = F.mse_loss(model(x), y)
    loss.backward()  # TM001-here
    scores = {}
    for name, p in model.named_parameters():
        if p.grad is not None and p.dim() > 1:
            scores[name] = (p.grad * p).abs().detach()
    model.zero_grad()
    return scores


def global_threshold(scores, fraction):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = max(1, int(fraction * flat.numel()))
    return flat.kthvalue(k).values.item()


def apply_masks(model, scores, threshold):
    kept = defaultdict(float)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name in scores:
                mask = (scores[name] > threshold).float()
                p.mul_(mask)
                kept[name] = mask.mean().item()
    return dict(kept)


# ----------------------------------------------------------------------------------------------
# reporting
# ----------------------------------------------------------------------------------------------
def write_report(path, cfg, history, kept, final_metrics):
    report = {
        "config": cfg,
        "history": history,
        "kept_fraction": kept,
        "final": final_metrics,
    }
    with open(path, "w") as fh:
        json.dump(report, fh, indent=2)
    return path


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_config(DEFAULT_CONFIG, args)
    set_seed(cfg["seed"])

    train_raw = build_split(cfg, cfg["n_train_batches"], seed=cfg["seed"])
    val_raw = build_split(cfg, cfg["n_val_batches"], seed=cfg["seed"] + 1)
    train_batches, stats = normalise(train_raw)
    val_batches = apply_norm(val_raw, stats)

    model = build_model(cfg)
    opt = build_optimizer(model, cfg)
    sched = build_scheduler(opt, cfg, cfg["epochs"] * len(train_batches))

    history = defaultdict(list)
    for epoch in range(cfg["epochs"]):
        with Timer() as t:
            tr_loss = train_one_epoch(model, train_batches, opt, sched, cfg, epoch)
        metrics = evaluate(model, val_batches)
        history["train_loss"].append(tr_loss)
        for k, v in metrics.items():
            history[k].append(v)
        logger.info(
            "epoch %d train %.4f val rmse %.4f r2 %.3f (%.2fs)", epoch, tr_loss, metrics["rmse"], metrics["r2"], t.elapsed
        )

    scores = connection_sensitivity(model, val_batches[0])
    thr = global_threshold(scores, cfg["prune_fraction"])
    kept = apply_masks(model, scores, thr)
    final = evaluate(model, val_batches)
    logger.info("after pruning: rmse %.4f", final["rmse"])

    fd, path = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    try:
        write_report(path, cfg, dict(history), kept, final)
        logger.info("report written (%d bytes)", os.path.getsize(path))
    finally:
        os.remove(path)
    print(json.dumps(summarise(dict(history)), indent=1)[:200])


if __name__ == "__main__":
    main([])
