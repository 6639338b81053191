# expect: crash
"""bookbinder-spine: predicting spine cracking from page-turn stress sequences.

Research script for the conservation lab. Trains a bidirectional LSTM on
simulated page-turn force traces, keeps the best checkpoint by validation
macro-F1 (early stopping), then fine-tunes the best snapshot on the small
"archive" split that the conservators labelled by hand.

Usage:
    python bookbinder_spine_research.py --epochs 3 --patience 2
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

LOG = logging.getLogger("spine")

DEFAULT_CONFIG = {
    "data": {
        "n_train": 48,
        "n_val": 16,
        "n_archive": 12,
        "seq_len": 14,
        "n_channels": 3,
        "crack_threshold": 0.55,
    },
    "model": {
        "hidden": 12,
        "layers": 1,
        "bidirectional": True,
        "dropout": 0.1,
        "n_classes": 3,
    },
    "optim": {
        "lr": 3e-3,
        "weight_decay": 1e-4,
        "batch_size": 8,
        "clip": 1.0,
    },
    "finetune": {
        "lr": 1e-3,
        "epochs": 2,
        "freeze_input": False,
    },
}


# ---------------------------------------------------------------------------
# utilities
# ---------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def deep_update(base, override):
    out = copy.deepcopy(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_update(out[k], v)
        else:
            out[k] = v
    return out


def parse_overrides(items):
    """--set optim.lr=0.01 style overrides."""
    result = {}
    for item in items or []:
        key, _, raw = item.partition("=")
        try:
            val = json.loads(raw)
        except json.JSONDecodeError:
            val = raw
        node = result
        parts = key.split(".")
        for p in parts[:-1]:
            node = node.setdefault(p, {})
        node[parts[-1]] = val
    return result


class Timer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        LOG.debug("%s took %.3fs", self.name, time.perf_counter() - self.t0)
        return False


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------
def simulate_turns(n, cfg, gen):
    """Page-turn force traces; label = crack severity bucket."""
    L, C = cfg["seq_len"], cfg["n_channels"]
    x = torch.randn(n, L, C, generator=gen) * 0.3
    stiffness = torch.rand(n, 1, generator=gen)
    x[:, :, 0] += stiffness * torch.linspace(0, 1, L)
    score = x[:, :, 0].mean(1) + 0.2 * x[:, :, 1].abs().mean(1)
    y = torch.bucketize(score, torch.tensor([0.1, cfg["crack_threshold"] * 0.6]))
    return x, y


def batches(x, y, bsz, shuffle, gen=None):
    idx = torch.randperm(len(x), generator=gen) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), bsz):
        j = idx[i:i + bsz]
        yield x[j], y[j]


def class_weights(y, n_classes):
    counts = torch.bincount(y, minlength=n_classes).float().clamp_min(1)
    w = counts.sum() / (n_classes * counts)
    return w / w.mean()


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------
class SpineNet(nn.Module):
    def __init__(self, n_channels, hidden, layers, bidirectional, dropout, n_classes):
        super().__init__()
        self.input_proj = nn.Linear(n_channels, hidden)
        self.encoder = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True,
                               bidirectional=bidirectional)
        d = hidden * (2 if bidirectional else 1)
        self.attn = nn.Linear(d, 1)
        self.dropout = nn.Dropout(dropout)
        self.classifier = nn.Linear(d, n_classes)

    def forward(self, x):
        h, _ = self.encoder(F.gelu(self.input_proj(x)))
        w = torch.softmax(self.attn(h).squeeze(-1), dim=1)
        pooled = (w.unsqueeze(-1) * h).sum(1)
        return self.classifier(self.dropout(pooled))


def build_model(cfg):
    m = cfg["model"]
    return SpineNet(cfg["data"]["n_channels"], m["hidden"], m["layers"], m["bidirectional"],
                    m["dropout"], m["n_classes"])


def count_params(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ---------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------
def confusion(pred, y, k):
    cm = torch.zeros(k, k, dtype=torch.long)
    for p, t in zip(pred.tolist(), y.tolist()):
        cm[t, p] += 1
    return cm


def macro_f1(cm):
    f1s = []
    for c in range(cm.shape[0]):
        tp = cm[c, c].item()
        fp = cm[:, c].sum().item() - tp
        fn = cm[c, :].sum().item() - tp
        denom = 2 * tp + fp + fn
        f1s.append(0.0 if denom == 0 else 2 * tp / denom)
    return sum(f1s) / len(f1s)


def expected_calibration_error(probs, y, bins=5):
    conf, pred = probs.max(-1)
    ece = 0.0
    edges = torch.linspace(0, 1, bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (conf > lo) & (conf <= hi)
        if mask.any():
            ece += mask.float().mean().item() * abs(conf[mask].mean().item() - (pred[mask] == y[mask]).float().mean().item())
    return ece


class MetricTracker:
    def __init__(self):
        self.rows = defaultdict(list)

    def log(self, split, **vals):
        for k, v in vals.items():
            self.rows[f"{split}/{k}"].append(v)

    def last(self, key):
        return self.rows[key][-1] if self.rows[key] else math.nan

    def summary(self):
        return {k: round(v[-1], 4) for k, v in self.rows.items()}


# ---------------------------------------------------------------------------
# train / eval
# ---------------------------------------------------------------------------
def train_one_epoch(model, opt, data, cfg, weights, gen):
    model.train()
    total, n = 0.0, 0
    for xb, yb in batches(*data, cfg["optim"]["batch_size"], True, gen):
        logits = model(xb)
        loss = F.cross_entropy(logits, yb, weight=weights)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        opt.step()
        total += loss.item() * len(yb)
        n += len(yb)
    return total / n


@torch.no_grad()
def evaluate(model, data, cfg):
    model.eval()
    preds, probs, ys = [], [], []
    for xb, yb in batches(*data, cfg["optim"]["batch_size"], False):
        p = model(xb).softmax(-1)
        probs.append(p)
        preds.append(p.argmax(-1))
        ys.append(yb)
    pred, prob, y = torch.cat(preds), torch.cat(probs), torch.cat(ys)
    cm = confusion(pred, y, cfg["model"]["n_classes"])
    return {
        "acc": (pred == y).float().mean().item(),
        "macro_f1": macro_f1(cm),
        "ece": expected_calibration_error(prob, y),
    }


class EarlyStopping:
    """Keeps a snapshot of the best model (by a maximised metric)."""

    def __init__(self, patience):
        self.patience = patience
        self.best = -math.inf
        self.best_model = None
        self.bad_epochs = 0

    def step(self, score, model):
        if score > self.best:
            self.best = score
            self.best_model = copy.deepcopy(model)
            self.bad_epochs = 0
            return False
        self.bad_epochs += 1
        return self.bad_epochs >= self.patience


def finetune_on_archive(model, archive, cfg):
    """Small-data fine-tuning on the hand-labelled archive split."""
    ft = cfg["finetune"]
    if ft["freeze_input"]:
        for p in model.input_proj.parameters():
            p.requires_grad_(False)
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=ft["lr"], momentum=0.9)
    history = []
    for epoch in range(ft["epochs"]):
        for xb, yb in batches(*archive, 4, False):
            loss = F.cross_entropy(model(xb), yb, label_smoothing=0.1)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            history.append(loss.item())
        LOG.info("finetune epoch %d loss %.4f", epoch, history[-1])
    return history


def save_report(path, report):
    with open(path, "w") as fh:
        json.dump(report, fh, indent=2)


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------
def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--patience", type=int, default=2)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--set", nargs="*", default=[], help="config overrides, e.g. optim.lr=0.01")
    ap.add_argument("--skip-finetune", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    return ap.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s", stream=sys.stdout)
    cfg = deep_update(DEFAULT_CONFIG, parse_overrides(args.set))
    set_seed(args.seed)
    gen = torch.Generator().manual_seed(args.seed)

    with Timer("data"):
        train = simulate_turns(cfg["data"]["n_train"], cfg["data"], gen)
        val = simulate_turns(cfg["data"]["n_val"], cfg["data"], gen)
        archive = simulate_turns(cfg["data"]["n_archive"], cfg["data"], gen)
    weights = class_weights(train[1], cfg["model"]["n_classes"])
    LOG.info("class weights %s", [round(w, 3) for w in weights.tolist()])

    model = build_model(cfg)
    LOG.info("model has %d trainable parameters", count_params(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["optim"]["lr"], weight_decay=cfg["optim"]["weight_decay"])
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=max(args.epochs, 1))
    stopper = EarlyStopping(args.patience)
    tracker = MetricTracker()

    for epoch in range(args.epochs):
        with Timer(f"epoch {epoch}"):
            tr_loss = train_one_epoch(model, opt, train, cfg, weights, gen)
            metrics = evaluate(model, val, cfg)
        sched.step()
        tracker.log("train", loss=tr_loss)
        tracker.log("val", **metrics)
        LOG.info("epoch %d loss %.4f val_f1 %.3f val_acc %.3f ece %.3f", epoch, tr_loss,
                 metrics["macro_f1"], metrics["acc"], metrics["ece"])
        if stopper.step(metrics["macro_f1"], model):
            LOG.info("early stop at epoch %d", epoch)
            break

    best = stopper.best_model
    LOG.info("best val macro-F1 %.3f", stopper.best)
    if not args.skip_finetune:
        ft_hist = finetune_on_archive(best, archive, cfg)
        tracker.log("finetune", loss=ft_hist[-1])
        arch_metrics = evaluate(best, archive, cfg)
        tracker.log("archive", **arch_metrics)

    fd, path = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    try:
        save_report(path, {"config": cfg, "metrics": tracker.summary()})
        LOG.info("report written (%d bytes)", os.path.getsize(path))
    finally:
        os.remove(path)
    return tracker.summary()


if __name__ == "__main__":
    print(main())
