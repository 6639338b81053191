# expect: crash
"""Stained-glass restoration: predict lead-came fatigue from panel vibration logs.

Research script. Trains a bidirectional LSTM over per-panel vibration sequences, tracks
metrics, and uses gradient-norm based early stopping.

Usage:
    python stained_glass_restoration.py --epochs 3 --hidden 8
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

LOGGER = logging.getLogger("glass")

DEFAULT_CONFIG = {
    "seed": 15,
    "n_panels": 24,
    "seq_len": 12,
    "n_channels": 4,
    "hidden": 8,
    "layers": 1,
    "dropout": 0.1,
    "batch_size": 6,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "epochs": 3,
    "patience": 2,
    "grad_norm_floor": 1e-4,
    "clip": 1.0,
    "n_classes": 3,
    "label_names": ["sound", "fatigued", "cracked"],
    "log_every": 2,
}


# --------------------------------------------------------------------------- utils
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
    )


def merge_config(base, overrides):
    cfg = dict(base)
    for k, v in overrides.items():
        if v is not None and k in cfg:
            cfg[k] = v
    return cfg


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


# --------------------------------------------------------------------------- data
def synth_panels(cfg):
    """Synthetic vibration logs: cracked panels ring at a lower frequency."""
    xs, ys = [], []
    for i in range(cfg["n_panels"]):
        label = i % cfg["n_classes"]
        freq = 1.0 + 0.5 * (cfg["n_classes"] - label)
        t = torch.linspace(0, 2 * math.pi, cfg["seq_len"])
        base = torch.sin(freq * t)[:, None].repeat(1, cfg["n_channels"])
        xs.append(base + 0.3 * torch.randn(cfg["seq_len"], cfg["n_channels"]))
        ys.append(label)
    return torch.stack(xs), torch.tensor(ys)


def split(xs, ys, frac=0.75):
    idx = torch.randperm(len(xs))
    cut = int(frac * len(xs))
    return (xs[idx[:cut]], ys[idx[:cut]]), (xs[idx[cut:]], ys[idx[cut:]])


def batches(xs, ys, bs, shuffle=True):
    order = torch.randperm(len(xs)) if shuffle else torch.arange(len(xs))
    for s in range(0, len(xs), bs):
        sel = order[s:s + bs]
        yield xs[sel], ys[sel]


def normalise(train, other):
    mu = train[0].mean(dim=(0, 1), keepdim=True)
    sd = train[0].std(dim=(0, 1), keepdim=True) + 1e-6
    return ((train[0] - mu) / sd, train[1]), ((other[0] - mu) / sd, other[1])


# --------------------------------------------------------------------------- model
class CameNet(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.inp = nn.Linear(cfg["n_channels"], cfg["hidden"])
        self.lstm = nn.LSTM(
            cfg["hidden"],
            cfg["hidden"],
            num_layers=cfg["layers"],
            batch_first=True,
            bidirectional=True,
        )
        self.drop = nn.Dropout(cfg["dropout"])
        self.attn = nn.Linear(2 * cfg["hidden"], 1)
        self.cls = nn.Linear(2 * cfg["hidden"], cfg["n_classes"])

    def forward(self, x):
        h, _ = self.lstm(torch.tanh(self.inp(x)))
        w = torch.softmax(self.attn(h).squeeze(-1), dim=1)
        pooled = (w.unsqueeze(-1) * h).sum(1)
        return self.cls(self.drop(pooled))


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------- metrics
def confusion(preds, targets, n):
    m = torch.zeros(n, n, dtype=torch.long)
    for p, t in zip(preds.tolist(), targets.tolist()):
        m[t, p] += 1
    return m


def macro_f1(conf):
    f1s = []
    for c in range(conf.shape[0]):
        tp = conf[c, c].item()
        fp = conf[:, c].sum().item() - tp
        fn = conf[c, :].sum().item() - tp
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / len(f1s)


def expected_calibration_error(probs, targets, bins=5):
    conf, pred = probs.max(-1)
    ece = 0.0
    edges = torch.linspace(0, 1, bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (conf > lo) & (conf <= hi)
        if mask.any():
            acc = (pred[mask] == targets[mask]).float().mean()
            ece += mask.float().mean() * (conf[mask].mean() - acc).abs()
    return float(ece)


# --------------------------------------------------------------------------- loops
def train_one_epoch(model, opt, data, cfg, epoch):
    model.train()
    loss_m, acc_m = AverageMeter("loss"), AverageMeter("acc")
    for step, (x, y) in enumerate(batches(*data, cfg["batch_size"])):
        logits = model(x)
        loss = F.cross_entropy(logits, y)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        loss_m.update(loss.item(), len(y))
        acc_m.update((logits.argmax(-1) == y).float().mean().item(), len(y))
        if step % cfg["log_every"] == 0:
            LOGGER.debug("epoch %d step %d %s %s", epoch, step, loss_m, acc_m)
    return {"train_loss": loss_m.avg, "train_acc": acc_m.avg}


@torch.no_grad()
def evaluate(model, data, cfg):
    model.eval()
    all_logits, all_y = [], []
    for x, y in batches(*data, cfg["batch_size"], shuffle=False):
        all_logits.append(model(x))
        all_y.append(y)
    logits = torch.cat(all_logits)
    targets = torch.cat(all_y)
    probs = logits.softmax(-1)
    conf = confusion(logits.argmax(-1), targets, cfg["n_classes"])
    return {
        "val_loss": F.cross_entropy(logits, targets).item(),
        "val_acc": (logits.argmax(-1) == targets).float().mean().item(),
        "val_f1": macro_f1(conf),
        "val_ece": expected_calibration_error(probs, targets),
        "confusion": conf.tolist(),
    }


def gradient_norm_probe(model, data, cfg):
    """Full-batch gradient norm on the validation split, used for early stopping.

    Dropout would make the norm noisy, so the probe keeps the model as evaluate() left it.
    """
    x, y = data
    model.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()  # TM001-here
    total = 0.0
    for p in model.parameters():
        if p.grad is not None:
            total += p.grad.pow(2).sum().item()
    model.zero_grad()
    return math.sqrt(total)


class EarlyStopper:
    def __init__(self, patience, floor):
        self.patience = patience
        self.floor = floor
        self.best = float("inf")
        self.bad = 0

    def step(self, val_loss, grad_norm):
        if grad_norm < self.floor:
            LOGGER.info("gradient norm %.2e below floor, stopping", grad_norm)
            return True
        if val_loss < self.best - 1e-4:
            self.best = val_loss
            self.bad = 0
        else:
            self.bad += 1
        return self.bad >= self.patience


# --------------------------------------------------------------------------- checkpointing
def save_checkpoint(model, opt, epoch, path):
    torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "epoch": epoch}, path)


def load_checkpoint(model, opt, path):
    state = torch.load(path)
    model.load_state_dict(state["model"])
    opt.load_state_dict(state["opt"])
    return state["epoch"]


# --------------------------------------------------------------------------- main
def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--hidden", type=int, default=None)
    ap.add_argument("--lr", type=float, default=None)
    ap.add_argument("--batch_size", type=int, default=None)
    ap.add_argument("--patience", type=int, default=None)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--dump_metrics", action="store_true")
    return ap.parse_args()


def run(cfg, dump_metrics=False):
    set_seed(cfg["seed"])
    xs, ys = synth_panels(cfg)
    train_data, val_data = normalise(*split(xs, ys))
    LOGGER.info("train %d panels, val %d panels", len(train_data[0]), len(val_data[0]))

    model = CameNet(cfg)
    LOGGER.info("model has %d trainable parameters", count_parameters(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    stopper = EarlyStopper(cfg["patience"], cfg["grad_norm_floor"])
    history = defaultdict(list)

    workdir = tempfile.mkdtemp(prefix="glass_")
    ckpt = os.path.join(workdir, "best.pt")
    best_f1 = -1.0
    try:
        for epoch in range(cfg["epochs"]):
            with Timer() as t:
                tr = train_one_epoch(model, opt, train_data, cfg, epoch)
                va = evaluate(model, val_data, cfg)
                gnorm = gradient_norm_probe(model, val_data, cfg)
            for k, v in {**tr, **va, "grad_norm": gnorm}.items():
                if k != "confusion":
                    history[k].append(v)
            LOGGER.info(
                "epoch %d | loss %.4f acc %.3f | val loss %.4f f1 %.3f ece %.3f | gnorm %.4f | %.2fs",
                epoch, tr["train_loss"], tr["train_acc"], va["val_loss"], va["val_f1"],
                va["val_ece"], gnorm, t.elapsed,
            )
            if va["val_f1"] > best_f1:
                best_f1 = va["val_f1"]
                save_checkpoint(model, opt, epoch, ckpt)
            if stopper.step(va["val_loss"], gnorm):
                LOGGER.info("early stop at epoch %d", epoch)
                break
        if os.path.exists(ckpt):
            best_epoch = load_checkpoint(model, opt, ckpt)
            LOGGER.info("restored best checkpoint from epoch %d", best_epoch)
        final = evaluate(model, val_data, cfg)
    finally:
        if os.path.exists(ckpt):
            os.remove(ckpt)
        os.rmdir(workdir)

    for name, row in zip(cfg["label_names"], final["confusion"]):
        LOGGER.info("%-9s %s", name, row)
    if dump_metrics:
        print(json.dumps({k: v[-1] for k, v in history.items()}, indent=2))
    return final


def main():
    args = parse_args()
    setup_logging(args.verbose)
    cfg = merge_config(DEFAULT_CONFIG, vars(args))
    LOGGER.info("config: %s", json.dumps(cfg))
    final = run(cfg, dump_metrics=args.dump_metrics)
    print("final val f1", round(final["val_f1"], 4))


if __name__ == "__main__":
    main()
