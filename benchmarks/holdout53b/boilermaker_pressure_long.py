# expect: crash
"""Boilermaker pressure-vessel weld inspection: research script.

Predicts a per-seam leak risk from ultrasonic A-scan envelopes sampled along the weld seam.
Two stages:
  1. supervised training with early stopping (best model kept as a deep copy)
  2. "refine" stage on the hard seams found by the best model, with a smaller learning rate

Usage:
    python boilermaker_pressure_long.py --epochs 3 --hidden 8
"""
import argparse
import copy
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

LOG = logging.getLogger("boilermaker")

CONFIG = {
    "data": {"n_train": 24, "n_val": 8, "seq_len": 12, "n_feat": 5, "pos_rate": 0.3},
    "model": {"hidden": 8, "layers": 1, "dropout": 0.1, "bidirectional": True},
    "optim": {"lr": 3e-3, "weight_decay": 1e-4, "clip": 1.0},
    "train": {"epochs": 3, "batch": 6, "patience": 2},
    "refine": {"steps": 2, "lr_scale": 0.1, "hard_quantile": 0.5},
    "seed": 15,
}


# --------------------------------------------------------------------------- utils

def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def deep_update(base, override):
    out = copy.deepcopy(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_update(out[k], v)
        else:
            out[k] = v
    return out


class AverageMeter:
    def __init__(self):
        self.sum = 0.0
        self.n = 0

    def update(self, v, n=1):
        self.sum += float(v) * n
        self.n += n

    @property
    def avg(self):
        return self.sum / max(self.n, 1)


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.t0
        return False


# --------------------------------------------------------------------------- data

def synth_seams(n, seq_len, n_feat, pos_rate, gen):
    x = torch.randn(n, seq_len, n_feat, generator=gen)
    y = (torch.rand(n, generator=gen) < pos_rate).float()
    # a leaking seam has a slow amplitude drift in channel 0 and a spike in channel 2
    drift = torch.linspace(0, 1.5, seq_len)
    x[:, :, 0] += y[:, None] * drift
    spike_at = torch.randint(0, seq_len, (n,), generator=gen)
    x[torch.arange(n), spike_at, 2] += 2.0 * y
    return x, y


def make_splits(cfg):
    gen = torch.Generator().manual_seed(cfg["seed"])
    d = cfg["data"]
    xtr, ytr = synth_seams(d["n_train"], d["seq_len"], d["n_feat"], d["pos_rate"], gen)
    xva, yva = synth_seams(d["n_val"], d["seq_len"], d["n_feat"], d["pos_rate"], gen)
    return (xtr, ytr), (xva, yva)


def standardise(train, val):
    mu = train[0].mean(dim=(0, 1), keepdim=True)
    sd = train[0].std(dim=(0, 1), keepdim=True) + 1e-6
    return ((train[0] - mu) / sd, train[1]), ((val[0] - mu) / sd, val[1])


def batches(x, y, size, shuffle=True):
    idx = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), size):
        j = idx[i:i + size]
        yield x[j], y[j]


# --------------------------------------------------------------------------- model

class AScanEncoder(nn.Module):
    def __init__(self, n_feat, hidden, layers, dropout, bidirectional):
        super().__init__()
        self.norm = nn.LayerNorm(n_feat)
        self.rnn = nn.LSTM(
            n_feat, hidden, num_layers=layers, batch_first=True,
            bidirectional=bidirectional, dropout=dropout if layers > 1 else 0.0,
        )
        self.out_dim = hidden * (2 if bidirectional else 1)

    def forward(self, x):
        h, _ = self.rnn(self.norm(x))
        return h


class AttnPool(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.score = nn.Linear(dim, 1)

    def forward(self, h):
        w = torch.softmax(self.score(h).squeeze(-1), dim=1)
        return (w.unsqueeze(-1) * h).sum(1), w


class LeakRiskModel(nn.Module):
    def __init__(self, n_feat, hidden, layers, dropout, bidirectional):
        super().__init__()
        self.encoder = AScanEncoder(n_feat, hidden, layers, dropout, bidirectional)
        self.pool = AttnPool(self.encoder.out_dim)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(self.encoder.out_dim, 1)

    def forward(self, x, return_attn=False):
        h = self.encoder(x)
        z, w = self.pool(h)
        logit = self.head(self.drop(z)).squeeze(-1)
        return (logit, w) if return_attn else logit


def build_model(cfg):
    m = cfg["model"]
    return LeakRiskModel(cfg["data"]["n_feat"], m["hidden"], m["layers"], m["dropout"], m["bidirectional"])


def count_params(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------- metrics

def binary_metrics(logits, y, thr=0.5):
    p = torch.sigmoid(logits)
    pred = (p > thr).float()
    tp = float((pred * y).sum())
    fp = float((pred * (1 - y)).sum())
    fn = float(((1 - pred) * y).sum())
    prec = tp / max(tp + fp, 1e-9)
    rec = tp / max(tp + fn, 1e-9)
    f1 = 2 * prec * rec / max(prec + rec, 1e-9)
    acc = float((pred == y).float().mean())
    return {"acc": acc, "precision": prec, "recall": rec, "f1": f1}


def auc_roc(logits, y):
    order = torch.argsort(logits, descending=True)
    y = y[order]
    pos = float(y.sum())
    neg = float(len(y) - pos)
    if pos == 0 or neg == 0:
        return float("nan")
    tps = torch.cumsum(y, 0)
    fps = torch.cumsum(1 - y, 0)
    tpr = torch.cat([torch.zeros(1), tps / pos])
    fpr = torch.cat([torch.zeros(1), fps / neg])
    return float(torch.trapz(tpr, fpr))


# --------------------------------------------------------------------------- train / eval

def pos_weight(y):
    pos = float(y.sum())
    return torch.tensor(max(len(y) - pos, 1.0) / max(pos, 1.0))


def train_epoch(model, opt, data, cfg, pw):
    model.train()
    meter = AverageMeter()
    for xb, yb in batches(*data, cfg["train"]["batch"]):
        loss = F.binary_cross_entropy_with_logits(model(xb), yb, pos_weight=pw)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        opt.step()
        meter.update(loss.item(), len(xb))
    return meter.avg


def evaluate(model, data, cfg):
    model.eval()
    logits = []
    with torch.no_grad():
        for xb, _ in batches(*data, cfg["train"]["batch"], shuffle=False):
            logits.append(model(xb))
    logits = torch.cat(logits)
    y = data[1]
    res = binary_metrics(logits, y)
    res["auc"] = auc_roc(logits, y)
    res["loss"] = float(F.binary_cross_entropy_with_logits(logits, y))
    return res, logits


class EarlyStopper:
    def __init__(self, patience, mode="max"):
        self.patience = patience
        self.mode = mode
        self.best = -math.inf if mode == "max" else math.inf
        self.bad = 0
        self.best_model = None

    def improved(self, v):
        return v > self.best if self.mode == "max" else v < self.best

    def step(self, value, model):
        if self.improved(value):
            self.best, self.bad = value, 0
            self.best_model = copy.deepcopy(model)
            return False
        self.bad += 1
        return self.bad > self.patience


def fit(model, train, val, cfg):
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["optim"]["lr"], weight_decay=cfg["optim"]["weight_decay"])
    pw = pos_weight(train[1])
    stopper = EarlyStopper(cfg["train"]["patience"], mode="min")
    history = defaultdict(list)
    for epoch in range(cfg["train"]["epochs"]):
        with Timer() as t:
            tr_loss = train_epoch(model, opt, train, cfg, pw)
            res, _ = evaluate(model, val, cfg)
        history["train_loss"].append(tr_loss)
        for k, v in res.items():
            history["val_" + k].append(v)
        LOG.info("epoch %d train %.4f val loss %.4f f1 %.3f auc %.3f (%.2fs)",
                 epoch, tr_loss, res["loss"], res["f1"], res["auc"], t.elapsed)
        if stopper.step(res["loss"], model):
            LOG.info("early stop at epoch %d", epoch)
            break
    return stopper.best_model, dict(history)


# --------------------------------------------------------------------------- refine stage

def hard_seams(model, data, cfg):
    _, logits = evaluate(model, data, cfg)
    err = (torch.sigmoid(logits) - data[1]).abs()
    thr = torch.quantile(err, cfg["refine"]["hard_quantile"])
    keep = err >= thr
    LOG.debug("hard seams: %d / %d", int(keep.sum()), len(keep))
    return data[0][keep], data[1][keep]


def refine(model, hard, cfg, pw):
    """A few small steps on the hard seams, no clipping, plain SGD."""
    lr = cfg["optim"]["lr"] * cfg["refine"]["lr_scale"]
    opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    losses = []
    for step in range(cfg["refine"]["steps"]):
        loss = F.binary_cross_entropy_with_logits(model(hard[0]), hard[1], pos_weight=pw)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        losses.append(loss.item())
    return losses


def attention_report(model, data, k=3):
    model.eval()
    with torch.no_grad():
        _, w = model(data[0][:k], return_attn=True)
    return [int(i) for i in w.argmax(1)]


# --------------------------------------------------------------------------- io

def save_summary(path, summary):
    with open(path, "w") as fh:
        json.dump(summary, fh, indent=2, default=float)


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--hidden", type=int, default=None)
    ap.add_argument("--lr", type=float, default=None)
    ap.add_argument("--refine-steps", type=int, default=None)
    ap.add_argument("--no-refine", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    return ap.parse_args(argv)


def config_from_args(args):
    override = {}
    if args.epochs is not None:
        override.setdefault("train", {})["epochs"] = args.epochs
    if args.hidden is not None:
        override.setdefault("model", {})["hidden"] = args.hidden
    if args.lr is not None:
        override.setdefault("optim", {})["lr"] = args.lr
    if args.refine_steps is not None:
        override.setdefault("refine", {})["steps"] = args.refine_steps
    return deep_update(CONFIG, override)


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = config_from_args(args)
    set_seed(cfg["seed"])

    train, val = standardise(*make_splits(cfg))
    model = build_model(cfg)
    LOG.info("model has %d parameters", count_params(model))

    best, history = fit(model, train, val, cfg)
    res, _ = evaluate(best, val, cfg)
    LOG.info("best model: val f1 %.3f auc %.3f", res["f1"], res["auc"])

    summary = {"config": cfg, "history": history, "best": res}
    if not args.no_refine:
        hard = hard_seams(best, train, cfg)
        summary["refine_losses"] = refine(best, hard, cfg, pos_weight(train[1]))
        res2, _ = evaluate(best, val, cfg)
        summary["after_refine"] = res2
        LOG.info("after refine: val f1 %.3f auc %.3f", res2["f1"], res2["auc"])

    summary["attention_peaks"] = attention_report(best, val)
    fd, path = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    try:
        save_summary(path, summary)
        LOG.info("summary written to %s (%d bytes)", path, os.path.getsize(path))
    finally:
        os.remove(path)


if __name__ == "__main__":
    main([])
