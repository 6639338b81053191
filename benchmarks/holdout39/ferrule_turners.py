# expect: crash
"""Ferrule turners: predicting lathe chatter on brass ferrules from spindle-load traces.

Research script for the workshop study. Trains a recurrent chatter detector, reports the usual
classification metrics and a gradient*input relevance score per trace channel every epoch.

Usage:
    python ferrule_turners.py --epochs 3 --hidden 8
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
from torch import nn
import torch.nn.functional as F

logger = logging.getLogger("ferrules")

CONFIG = {
    "seed": 11,
    "n_channels": 3,
    "seq_len": 12,
    "n_classes": 3,
    "hidden": 8,
    "layers": 1,
    "dropout": 0.0,
    "batch_size": 6,
    "train_batches": 4,
    "val_batches": 2,
    "epochs": 2,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "clip": 1.0,
    "warmup_steps": 2,
    "label_smoothing": 0.05,
    "relevance_every": 1,
    "save_metrics": True,
}

CHANNELS = ["spindle_load", "feed_rate", "tool_temp"]
CLASSES = ["smooth", "light_chatter", "heavy_chatter"]


# ----------------------------------------------------------------------------- utilities
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


class AverageMeter:
    def __init__(self, name):
        self.name = name
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

    def __repr__(self):
        return f"{self.name}={self.avg:.4f}"


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.start
        return False


# ----------------------------------------------------------------------------- data
def synth_trace(n, seq_len, n_channels, generator):
    x = torch.randn(n, seq_len, n_channels, generator=generator)
    wobble = torch.sin(torch.linspace(0, 6.28, seq_len)).view(1, -1, 1)
    x = x + wobble * torch.rand(n, 1, n_channels, generator=generator)
    energy = x[..., 0].pow(2).mean(1)
    y = torch.bucketize(energy, torch.tensor([0.9, 1.6]))
    return x, y


def normalise(x, stats=None):
    if stats is None:
        stats = (x.mean((0, 1), keepdim=True), x.std((0, 1), keepdim=True) + 1e-5)
    mean, std = stats
    return (x - mean) / std, stats


def make_loader(cfg, split, stats=None):
    seed = {"train": 0, "val": 1, "test": 2}[split] + cfg["seed"]
    g = torch.Generator().manual_seed(seed)
    n_batches = cfg["train_batches"] if split == "train" else cfg["val_batches"]
    batches = []
    for _ in range(n_batches):
        x, y = synth_trace(cfg["batch_size"], cfg["seq_len"], cfg["n_channels"], g)
        x, stats = normalise(x, stats)
        batches.append((x, y))
    return batches, stats


# ----------------------------------------------------------------------------- model
class ChatterDetector(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.input_norm = nn.LayerNorm(cfg["n_channels"])
        self.rnn = nn.LSTM(
            cfg["n_channels"], cfg["hidden"], num_layers=cfg["layers"],
            batch_first=True, dropout=cfg["dropout"] if cfg["layers"] > 1 else 0.0,
        )
        self.attn = nn.Linear(cfg["hidden"], 1)
        self.classifier = nn.Sequential(
            nn.Linear(cfg["hidden"], cfg["hidden"]), nn.GELU(), nn.Linear(cfg["hidden"], cfg["n_classes"]),
        )

    def encode(self, x):
        out, _ = self.rnn(self.input_norm(x))
        weights = torch.softmax(self.attn(out), dim=1)
        return (weights * out).sum(1)

    def forward(self, x):
        return self.classifier(self.encode(x))


def build_optimizer(model, cfg):
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (no_decay if name.endswith("bias") or "norm" in name else decay).append(p)
    return torch.optim.AdamW(
        [{"params": decay, "weight_decay": cfg["weight_decay"]}, {"params": no_decay, "weight_decay": 0.0}],
        lr=cfg["lr"],
    )


def build_scheduler(optimizer, cfg, total_steps):
    def lr_lambda(step):
        if step < cfg["warmup_steps"]:
            return (step + 1) / cfg["warmup_steps"]
        progress = (step - cfg["warmup_steps"]) / max(1, total_steps - cfg["warmup_steps"])
        return 0.5 * (1 + math.cos(math.pi * progress))

    return torch.optim.lr_scheduler.LambdaLR(optimizer, lr_lambda)


# ----------------------------------------------------------------------------- metrics
def confusion_matrix(preds, targets, n_classes):
    cm = torch.zeros(n_classes, n_classes, dtype=torch.long)
    for p, t in zip(preds.tolist(), targets.tolist()):
        cm[t, p] += 1
    return cm


def macro_f1(cm):
    f1s = []
    for k in range(cm.size(0)):
        tp = cm[k, k].item()
        fp = cm[:, k].sum().item() - tp
        fn = cm[k, :].sum().item() - tp
        denom = 2 * tp + fp + fn
        f1s.append(0.0 if denom == 0 else 2 * tp / denom)
    return sum(f1s) / len(f1s)


def expected_calibration_error(probs, targets, n_bins=5):
    conf, pred = probs.max(-1)
    ece = torch.zeros(())
    edges = torch.linspace(0, 1, n_bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (conf > lo) & (conf <= hi)
        if mask.any():
            acc = (pred[mask] == targets[mask]).float().mean()
            ece += mask.float().mean() * (conf[mask].mean() - acc).abs()
    return ece.item()


def channel_relevance(model, batches):
    """Gradient*input relevance per channel, averaged over the validation traces."""
    model.eval()
    totals = torch.zeros(len(CHANNELS))
    for x, y in batches:
        x = x.clone().requires_grad_(True)
        logits = model(x)
        picked = logits.gather(1, y.unsqueeze(1)).sum()
        (grad_x,) = torch.autograd.grad(picked, x)  # TM001-here
        totals += (grad_x * x).abs().sum((0, 1)).detach()
    totals = totals / totals.sum()
    return dict(zip(CHANNELS, [round(v, 4) for v in totals.tolist()]))


# ----------------------------------------------------------------------------- loops
def train_one_epoch(model, batches, optimizer, scheduler, cfg, epoch):
    model.train()
    loss_meter, acc_meter = AverageMeter("loss"), AverageMeter("acc")
    for step, (x, y) in enumerate(batches):
        logits = model(x)
        loss = F.cross_entropy(logits, y, label_smoothing=cfg["label_smoothing"])
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        optimizer.step()
        scheduler.step()
        acc = (logits.argmax(-1) == y).float().mean().item()
        loss_meter.update(loss.item(), len(y))
        acc_meter.update(acc, len(y))
        logger.debug("epoch %d step %d %s %s", epoch, step, loss_meter, acc_meter)
    return {"train_loss": loss_meter.avg, "train_acc": acc_meter.avg}


@torch.no_grad()
def evaluate(model, batches, cfg):
    model.eval()
    all_probs, all_targets = [], []
    loss_meter = AverageMeter("val_loss")
    for x, y in batches:
        logits = model(x)
        loss_meter.update(F.cross_entropy(logits, y).item(), len(y))
        all_probs.append(logits.softmax(-1))
        all_targets.append(y)
    probs = torch.cat(all_probs)
    targets = torch.cat(all_targets)
    cm = confusion_matrix(probs.argmax(-1), targets, cfg["n_classes"])
    return {
        "val_loss": loss_meter.avg,
        "val_acc": (probs.argmax(-1) == targets).float().mean().item(),
        "val_macro_f1": macro_f1(cm),
        "val_ece": expected_calibration_error(probs, targets),
    }


def summarise(history):
    best = min(history, key=lambda r: r["val_loss"])
    return {"best_epoch": best["epoch"], "best_val_loss": round(best["val_loss"], 4),
            "final_acc": round(history[-1]["val_acc"], 4)}


def save_metrics(history, path):
    with open(path, "w") as fh:
        json.dump(history, fh, indent=1)
    logger.info("wrote %s", path)


# ----------------------------------------------------------------------------- main
def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    parser.add_argument("--hidden", type=int, default=CONFIG["hidden"])
    parser.add_argument("--lr", type=float, default=CONFIG["lr"])
    parser.add_argument("--seed", type=int, default=CONFIG["seed"])
    parser.add_argument("--no-relevance", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    return parser.parse_args()


def merge_config(args):
    cfg = dict(CONFIG)
    cfg.update(epochs=args.epochs, hidden=args.hidden, lr=args.lr, seed=args.seed)
    if args.no_relevance:
        cfg["relevance_every"] = 0
    return cfg


def main():
    args = parse_args()
    setup_logging(args.verbose)
    cfg = merge_config(args)
    set_seed(cfg["seed"])

    train_batches, stats = make_loader(cfg, "train")
    val_batches, _ = make_loader(cfg, "val", stats)
    model = ChatterDetector(cfg)
    logger.info("model has %d parameters", count_parameters(model))
    optimizer = build_optimizer(model, cfg)
    scheduler = build_scheduler(optimizer, cfg, cfg["epochs"] * len(train_batches))

    history = []
    for epoch in range(cfg["epochs"]):
        with Timer() as t:
            record = {"epoch": epoch}
            record.update(train_one_epoch(model, train_batches, optimizer, scheduler, cfg, epoch))
            record.update(evaluate(model, val_batches, cfg))
            if cfg["relevance_every"] and epoch % cfg["relevance_every"] == 0:
                record["relevance"] = channel_relevance(model, val_batches)
        record["seconds"] = round(t.elapsed, 3)
        history.append(record)
        logger.info("epoch %d: %s", epoch, {k: v for k, v in record.items() if k != "relevance"})

    per_class = defaultdict(int)
    for x, y in val_batches:
        for label in y.tolist():
            per_class[CLASSES[label]] += 1
    logger.info("validation class counts: %s", dict(per_class))
    logger.info("summary: %s", summarise(history))

    if cfg["save_metrics"]:
        fd, path = tempfile.mkstemp(suffix=".json", prefix="ferrules_")
        os.close(fd)
        try:
            save_metrics(history, path)
        finally:
            os.remove(path)


if __name__ == "__main__":
    main()
