# expect: crash
"""Fulling-mill felting research script.

Predicts felt density from stock-stamp vibration traces with a stacked LSTM,
then prunes the recurrent weights by a gradient-magnitude saliency score
computed on a held-out validation batch, and fine-tunes the pruned model.

Usage:
    python fulling_mill_research.py --epochs 3 --prune 0.3
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

LOG = logging.getLogger("fulling")

DEFAULT_CONFIG = {
    "seed": 17,
    "data": {
        "n_train": 48,
        "n_val": 16,
        "seq_len": 12,
        "channels": 3,
        "noise": 0.1,
    },
    "model": {
        "hidden": 12,
        "layers": 2,
        "dropout": 0.1,
    },
    "optim": {
        "lr": 5e-3,
        "weight_decay": 1e-5,
        "clip": 1.0,
    },
    "train": {
        "epochs": 3,
        "batch_size": 8,
        "patience": 2,
        "finetune_epochs": 1,
    },
    "prune": {
        "amount": 0.3,
        "score": "grad_magnitude",
    },
}


# --------------------------------------------------------------------------- #
# utilities
# --------------------------------------------------------------------------- #

def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def merge_config(base, overrides):
    out = copy.deepcopy(base)
    for key, val in overrides.items():
        if isinstance(val, dict) and isinstance(out.get(key), dict):
            out[key] = merge_config(out[key], val)
        else:
            out[key] = val
    return out


def setup_logging(verbose):
    level = logging.DEBUG if verbose else logging.INFO
    logging.basicConfig(level=level, stream=sys.stdout,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")


class AverageMeter:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.total += value * n
        self.count += n

    @property
    def avg(self):
        return self.total / max(self.count, 1)


class MetricTracker:
    def __init__(self):
        self.history = defaultdict(list)

    def log(self, **kwargs):
        for k, v in kwargs.items():
            self.history[k].append(float(v))

    def last(self, key):
        return self.history[key][-1] if self.history[key] else float("nan")

    def best(self, key, mode="min"):
        vals = self.history[key]
        if not vals:
            return float("nan")
        return min(vals) if mode == "min" else max(vals)

    def to_json(self):
        return json.dumps(self.history, indent=1)


def r2_score(pred, target):
    ss_res = ((target - pred) ** 2).sum()
    ss_tot = ((target - target.mean()) ** 2).sum().clamp_min(1e-8)
    return float(1 - ss_res / ss_tot)


def mae(pred, target):
    return float((pred - target).abs().mean())


# --------------------------------------------------------------------------- #
# data
# --------------------------------------------------------------------------- #

def synth_traces(n, seq_len, channels, noise, gen):
    """Stamp vibration traces: damped sinusoids whose decay encodes felt density."""
    density = torch.rand(n, generator=gen)
    t = torch.linspace(0, 1, seq_len)
    freqs = 2 + 3 * torch.rand(n, channels, generator=gen)
    decay = (1 + 4 * density).unsqueeze(1)
    x = torch.sin(2 * math.pi * freqs.unsqueeze(1) * t.view(1, -1, 1))
    x = x * torch.exp(-decay.unsqueeze(-1) * t.view(1, -1, 1))
    x = x + noise * torch.randn(x.shape, generator=gen)
    return x, density


class TraceLoader:
    def __init__(self, x, y, batch_size, shuffle, seed=0):
        self.x, self.y = x, y
        self.batch_size = batch_size
        self.shuffle = shuffle
        self.rng = random.Random(seed)

    def __len__(self):
        return math.ceil(len(self.x) / self.batch_size)

    def __iter__(self):
        idx = list(range(len(self.x)))
        if self.shuffle:
            self.rng.shuffle(idx)
        for i in range(0, len(idx), self.batch_size):
            j = idx[i:i + self.batch_size]
            yield self.x[j], self.y[j]


def build_loaders(cfg):
    gen = torch.Generator().manual_seed(cfg["seed"])
    d = cfg["data"]
    xtr, ytr = synth_traces(d["n_train"], d["seq_len"], d["channels"], d["noise"], gen)
    xva, yva = synth_traces(d["n_val"], d["seq_len"], d["channels"], d["noise"], gen)
    bs = cfg["train"]["batch_size"]
    return TraceLoader(xtr, ytr, bs, True, cfg["seed"]), TraceLoader(xva, yva, bs, False)


# --------------------------------------------------------------------------- #
# model
# --------------------------------------------------------------------------- #

class FeltDensityLSTM(nn.Module):
    def __init__(self, channels, hidden, layers, dropout):
        super().__init__()
        self.norm = nn.LayerNorm(channels)
        self.lstm = nn.LSTM(channels, hidden, num_layers=layers, dropout=dropout, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.GELU(), nn.Linear(hidden, 1))

    def forward(self, x):
        out, _ = self.lstm(self.norm(x))
        return torch.sigmoid(self.head(out[:, -1])).squeeze(-1)


def count_nonzero(model):
    return sum(int((p != 0).sum()) for p in model.parameters())


# --------------------------------------------------------------------------- #
# training / evaluation
# --------------------------------------------------------------------------- #

def train_one_epoch(model, loader, opt, cfg, masks=None):
    model.train()
    meter = AverageMeter()
    for x, y in loader:
        pred = model(x)
        loss = F.mse_loss(pred, y)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        opt.step()
        if masks is not None:
            apply_masks(model, masks)
        meter.update(loss.item(), len(x))
    return meter.avg


@torch.no_grad()
def evaluate(model, loader):
    model.eval()
    preds, targets = [], []
    for x, y in loader:
        preds.append(model(x))
        targets.append(y)
    p, t = torch.cat(preds), torch.cat(targets)
    return {"mse": float(F.mse_loss(p, t)), "mae": mae(p, t), "r2": r2_score(p, t)}


class EarlyStopping:
    """Keeps the best state dict in a temp file and reloads it at the end."""

    def __init__(self, patience):
        self.patience = patience
        self.best = float("inf")
        self.bad_epochs = 0
        fd, self.path = tempfile.mkstemp(suffix=".pt")
        os.close(fd)

    def step(self, model, metric):
        if metric < self.best:
            self.best = metric
            self.bad_epochs = 0
            torch.save(model.state_dict(), self.path)
            return False
        self.bad_epochs += 1
        return self.bad_epochs > self.patience

    def restore(self, model):
        model.load_state_dict(torch.load(self.path))
        return model

    def cleanup(self):
        if os.path.exists(self.path):
            os.remove(self.path)


def fit(model, train_loader, val_loader, cfg, tracker, masks=None, epochs=None, tag="train"):
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["optim"]["lr"],
                            weight_decay=cfg["optim"]["weight_decay"])
    stopper = EarlyStopping(cfg["train"]["patience"])
    epochs = epochs or cfg["train"]["epochs"]
    try:
        for epoch in range(epochs):
            t0 = time.time()
            tr = train_one_epoch(model, train_loader, opt, cfg, masks)
            val = evaluate(model, val_loader)
            tracker.log(**{f"{tag}_loss": tr, f"{tag}_val_mse": val["mse"], f"{tag}_val_r2": val["r2"]})
            LOG.info("[%s] epoch %d loss %.4f val_mse %.4f r2 %.3f (%.2fs)",
                     tag, epoch, tr, val["mse"], val["r2"], time.time() - t0)
            if stopper.step(model, val["mse"]):
                LOG.info("[%s] early stop at epoch %d", tag, epoch)
                break
        stopper.restore(model)
    finally:
        stopper.cleanup()
    return model


# --------------------------------------------------------------------------- #
# pruning
# --------------------------------------------------------------------------- #

def saliency_scores(model, batch):
    """|w * dL/dw| on one validation batch, for recurrent weight matrices only."""
    x, y = batch
    model.zero_grad()
    loss = F.mse_loss(model(x), y)
    loss.backward()  # TM001-here
    scores = {}
    for name, p in model.lstm.named_parameters():
        if name.startswith("weight_"):
            scores[name] = (p.detach() * p.grad.detach()).abs()
    model.zero_grad()
    return scores


def global_masks(scores, amount):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = int(amount * flat.numel())
    if k == 0:
        return {n: torch.ones_like(s) for n, s in scores.items()}
    threshold = flat.kthvalue(k).values
    return {n: (s > threshold).float() for n, s in scores.items()}


@torch.no_grad()
def apply_masks(model, masks):
    params = dict(model.lstm.named_parameters())
    for name, m in masks.items():
        params[name].mul_(m)


def mask_sparsity(masks):
    total = sum(m.numel() for m in masks.values())
    kept = sum(int(m.sum()) for m in masks.values())
    return 1 - kept / total


# --------------------------------------------------------------------------- #
# main
# --------------------------------------------------------------------------- #

def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--prune", type=float, default=None, help="fraction of recurrent weights to remove")
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--config", type=str, default=None, help="JSON file with overrides")
    p.add_argument("--dump-metrics", action="store_true")
    p.add_argument("-v", "--verbose", action="store_true")
    return p.parse_args(argv)


def resolve_config(args):
    overrides = {}
    if args.config:
        with open(args.config) as fh:
            overrides = json.load(fh)
    cfg = merge_config(DEFAULT_CONFIG, overrides)
    if args.epochs is not None:
        cfg["train"]["epochs"] = args.epochs
    if args.prune is not None:
        cfg["prune"]["amount"] = args.prune
    if args.hidden is not None:
        cfg["model"]["hidden"] = args.hidden
    return cfg


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = resolve_config(args)
    set_seed(cfg["seed"])
    LOG.info("config: %s", json.dumps(cfg))

    train_loader, val_loader = build_loaders(cfg)
    m = cfg["model"]
    model = FeltDensityLSTM(cfg["data"]["channels"], m["hidden"], m["layers"], m["dropout"])
    tracker = MetricTracker()

    model = fit(model, train_loader, val_loader, cfg, tracker, tag="dense")
    dense_metrics = evaluate(model, val_loader)
    LOG.info("dense: %s, nonzero=%d", dense_metrics, count_nonzero(model))

    val_batch = next(iter(val_loader))
    scores = saliency_scores(model, val_batch)
    masks = global_masks(scores, cfg["prune"]["amount"])
    apply_masks(model, masks)
    LOG.info("pruned %.1f%% of recurrent weights", 100 * mask_sparsity(masks))

    model = fit(model, train_loader, val_loader, cfg, tracker, masks=masks,
                epochs=cfg["train"]["finetune_epochs"], tag="finetune")
    sparse_metrics = evaluate(model, val_loader)
    LOG.info("sparse: %s, nonzero=%d", sparse_metrics, count_nonzero(model))

    summary = {
        "dense_mse": dense_metrics["mse"],
        "sparse_mse": sparse_metrics["mse"],
        "best_dense_val": tracker.best("dense_val_mse"),
        "sparsity": mask_sparsity(masks),
    }
    print(json.dumps(summary, indent=1))
    if args.dump_metrics:
        print(tracker.to_json())
    return summary


if __name__ == "__main__":
    main(["--epochs", "2", "--prune", "0.3"])
