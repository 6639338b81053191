# expect: clean
"""Coracle paddle-stroke analysis: classify stroke type (forward / draw / sculling / stop)
from wrist IMU sequences, then prune the recurrent model with gradient-based saliency
scores (|w * dL/dw|) computed on a validation batch, and fine-tune the pruned model.

Research code: run with defaults for a tiny smoke test.
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

LOG = logging.getLogger("coracle")

DEFAULT_CONFIG = {
    "seed": 17,
    "n_features": 6,
    "n_classes": 4,
    "seq_len": 12,
    "hidden": 12,
    "layers": 1,
    "dropout": 0.0,
    "batch_size": 6,
    "train_batches": 3,
    "val_batches": 2,
    "epochs": 2,
    "finetune_epochs": 1,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "prune_fraction": 0.3,
    "grad_clip": 1.0,
    "label_smoothing": 0.05,
    "log_every": 2,
}


# --------------------------------------------------------------------------- utils

def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def merge_config(base, overrides):
    cfg = dict(base)
    for key, value in overrides.items():
        if value is None:
            continue
        if key not in cfg:
            raise KeyError(f"unknown config key {key}")
        cfg[key] = type(cfg[key])(value)
    return cfg


class Timer:
    def __init__(self):
        self.start = time.perf_counter()

    def lap(self):
        now = time.perf_counter()
        dt, self.start = now - self.start, now
        return dt


# --------------------------------------------------------------------------- data

def synth_strokes(cfg, n_batches, seed):
    """Fake IMU: class-dependent sinusoids plus noise."""
    g = torch.Generator().manual_seed(seed)
    t = torch.linspace(0, 2 * math.pi, cfg["seq_len"])
    out = []
    for _ in range(n_batches):
        y = torch.randint(0, cfg["n_classes"], (cfg["batch_size"],), generator=g)
        freq = (y.float() + 1.0).view(-1, 1, 1)
        base = torch.sin(freq * t.view(1, -1, 1))
        noise = 0.3 * torch.randn(cfg["batch_size"], cfg["seq_len"], cfg["n_features"], generator=g)
        out.append((base + noise, y))
    return out


def class_balance(batches, n_classes):
    counts = torch.zeros(n_classes)
    for _, y in batches:
        counts += torch.bincount(y, minlength=n_classes).float()
    return (counts / counts.sum()).tolist()


# --------------------------------------------------------------------------- model

class StrokeLSTM(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.norm = nn.LayerNorm(cfg["n_features"])
        self.lstm = nn.LSTM(
            cfg["n_features"], cfg["hidden"], num_layers=cfg["layers"],
            dropout=cfg["dropout"] if cfg["layers"] > 1 else 0.0, batch_first=True,
        )
        self.attn = nn.Linear(cfg["hidden"], 1)
        self.head = nn.Linear(cfg["hidden"], cfg["n_classes"])

    def forward(self, x):
        z, _ = self.lstm(self.norm(x))
        a = torch.softmax(self.attn(z).squeeze(-1), dim=1)
        pooled = (a.unsqueeze(-1) * z).sum(1)
        return self.head(pooled)


def count_params(model):
    return sum(p.numel() for p in model.parameters())


def count_nonzero(model):
    return sum(int((p != 0).sum()) for p in model.parameters())


# --------------------------------------------------------------------------- metrics

class MetricBook:
    def __init__(self):
        self.data = defaultdict(list)

    def add(self, **kw):
        for k, v in kw.items():
            self.data[k].append(float(v))

    def last(self, key):
        return self.data[key][-1] if self.data[key] else float("nan")

    def summary(self):
        return {k: round(sum(v) / len(v), 4) for k, v in self.data.items() if v}


def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def macro_f1(logits, y, n_classes):
    pred = logits.argmax(-1)
    f1s = []
    for c in range(n_classes):
        tp = ((pred == c) & (y == c)).sum().item()
        fp = ((pred == c) & (y != c)).sum().item()
        fn = ((pred != c) & (y == c)).sum().item()
        denom = 2 * tp + fp + fn
        f1s.append(2 * tp / denom if denom else 0.0)
    return sum(f1s) / len(f1s)


# --------------------------------------------------------------------------- training

def train_epoch(model, opt, batches, cfg, book, epoch):
    model.train()
    for i, (x, y) in enumerate(batches):
        logits = model(x)
        loss = F.cross_entropy(logits, y, label_smoothing=cfg["label_smoothing"])
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["grad_clip"])
        opt.step()
        book.add(train_loss=loss.item(), train_acc=accuracy(logits, y))
        if i % cfg["log_every"] == 0:
            LOG.info("epoch %d batch %d loss %.4f", epoch, i, loss.item())


@torch.no_grad()
def evaluate(model, batches, cfg):
    model.eval()
    logits, ys = [], []
    for x, y in batches:
        logits.append(model(x))
        ys.append(y)
    logits, ys = torch.cat(logits), torch.cat(ys)
    return {
        "val_loss": F.cross_entropy(logits, ys).item(),
        "val_acc": accuracy(logits, ys),
        "val_f1": macro_f1(logits, ys, cfg["n_classes"]),
    }


# --------------------------------------------------------------------------- pruning

def saliency_scores(model, batch):
    """SNIP-like connection sensitivity on a held-out batch."""
    x, y = batch
    model.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    scores = {}
    for name, p in model.named_parameters():
        if p.grad is not None and p.dim() > 1:
            scores[name] = (p.detach() * p.grad).abs()
    model.zero_grad()
    return scores


def global_threshold(scores, fraction):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = max(1, int(fraction * flat.numel()))
    return flat.kthvalue(k).values.item()


def apply_masks(model, scores, threshold):
    masks = {}
    params = dict(model.named_parameters())
    with torch.no_grad():
        for name, s in scores.items():
            m = (s > threshold).float()
            params[name].mul_(m)
            masks[name] = m
    return masks


def reapply_masks(model, masks):
    params = dict(model.named_parameters())
    with torch.no_grad():
        for name, m in masks.items():
            params[name].mul_(m)


def prune(model, val_batches, cfg):
    metrics = evaluate(model, val_batches, cfg)
    LOG.info("pre-prune %s", json.dumps(metrics))
    model.train()  # scores are taken in training mode, as in the original SNIP setup
    scores = saliency_scores(model, val_batches[0])
    thr = global_threshold(scores, cfg["prune_fraction"])
    masks = apply_masks(model, scores, thr)
    LOG.info("pruned to %d / %d nonzero", count_nonzero(model), count_params(model))
    return masks


def finetune(model, opt, masks, batches, cfg, book):
    for epoch in range(cfg["finetune_epochs"]):
        for x, y in batches:
            loss = F.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            reapply_masks(model, masks)
            book.add(ft_loss=loss.item())


# --------------------------------------------------------------------------- main

def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--prune-fraction", dest="prune_fraction", type=float, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--dump", default=None, help="write the metric summary as JSON here")
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_config(DEFAULT_CONFIG, {k: getattr(args, k) for k in ("epochs", "hidden", "prune_fraction", "lr")})
    set_seed(cfg["seed"])
    timer = Timer()

    train_batches = synth_strokes(cfg, cfg["train_batches"], seed=1)
    val_batches = synth_strokes(cfg, cfg["val_batches"], seed=2)
    LOG.info("class balance %s", class_balance(train_batches, cfg["n_classes"]))

    model = StrokeLSTM(cfg)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    book = MetricBook()

    for epoch in range(cfg["epochs"]):
        train_epoch(model, opt, train_batches, cfg, book, epoch)
        metrics = evaluate(model, val_batches, cfg)
        book.add(**metrics)
        LOG.info("epoch %d %s (%.2fs)", epoch, metrics, timer.lap())

    masks = prune(model, val_batches, cfg)
    finetune(model, opt, masks, train_batches, cfg, book)
    final = evaluate(model, val_batches, cfg)
    book.add(**{f"final_{k}": v for k, v in final.items()})

    summary = book.summary()
    print(json.dumps(summary, sort_keys=True))
    if args.dump:
        with open(args.dump, "w") as fh:
            json.dump(summary, fh)
        os.remove(args.dump)
    return summary


if __name__ == "__main__":
    main()
