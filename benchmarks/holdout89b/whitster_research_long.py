# expect: crash
"""
Whitster bleaching-field research script.

Predicts the whiteness grade of linen pieces from daily field sensor readings
(sun, humidity, wind, lye strength, turn count). Trains a GRU classifier with
early stopping, then adapts to each test batch (test-time training) before
scoring it.  Tiny synthetic data; everything runs on CPU in seconds.
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

LOG = logging.getLogger("whitster")

CONFIG = {
    "seed": 17,
    "n_features": 5,
    "n_grades": 4,
    "seq_len": 8,
    "hidden": 12,
    "layers": 1,
    "dropout": 0.1,
    "batch_size": 4,
    "train_size": 24,
    "val_size": 8,
    "test_size": 8,
    "epochs": 3,
    "lr": 5e-3,
    "weight_decay": 1e-4,
    "patience": 2,
    "grad_clip": 1.0,
    "ttt_mode": "full",      # "full" adapts the whole model, "head" only the classifier
    "ttt_steps": 1,
    "ttt_lr": 1e-3,
    "prune_scores": False,
    "prune_ratio": 0.25,
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


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--ttt-mode", choices=["full", "head", "off"], default=None)
    p.add_argument("--prune-scores", action="store_true")
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--dump-config", action="store_true")
    return p.parse_args(argv)


def merge_config(base, args):
    cfg = dict(base)
    if args.epochs is not None:
        cfg["epochs"] = args.epochs
    if args.lr is not None:
        cfg["lr"] = args.lr
    if args.ttt_mode is not None:
        cfg["ttt_mode"] = args.ttt_mode
    if args.prune_scores:
        cfg["prune_scores"] = True
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
        return self.total / max(self.count, 1)


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.start
        return False


# --------------------------------------------------------------------------- data

def synth_field_days(n, cfg, shift=0.0):
    """Fake sensor sequences; the grade depends on cumulative sun and lye strength."""
    x = torch.randn(n, cfg["seq_len"], cfg["n_features"]) + shift
    sun = x[:, :, 0].sum(1)
    lye = x[:, :, 3].mean(1)
    score = sun + 2 * lye
    edges = torch.quantile(score, torch.linspace(0, 1, cfg["n_grades"] + 1)[1:-1])
    y = torch.bucketize(score, edges)
    return x, y


def normalise(x, stats=None):
    if stats is None:
        mean = x.mean(dim=(0, 1), keepdim=True)
        std = x.std(dim=(0, 1), keepdim=True) + 1e-6
        stats = (mean, std)
    mean, std = stats
    return (x - mean) / std, stats


def batches(x, y, bs, shuffle=False):
    idx = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), bs):
        j = idx[i:i + bs]
        yield x[j], y[j]


# --------------------------------------------------------------------------- model

class FieldGRU(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.inp = nn.Linear(cfg["n_features"], cfg["hidden"])
        self.gru = nn.GRU(cfg["hidden"], cfg["hidden"], num_layers=cfg["layers"], batch_first=True)
        self.drop = nn.Dropout(cfg["dropout"])
        self.head = nn.Linear(cfg["hidden"], cfg["n_grades"])
        self.aux = nn.Linear(cfg["hidden"], cfg["n_features"])

    def encode(self, x):
        h, _ = self.gru(torch.relu(self.inp(x)))
        return h

    def forward(self, x):
        h = self.encode(x)
        return self.head(self.drop(h[:, -1]))

    def reconstruct(self, x):
        """Self-supervised auxiliary task: predict the next day's readings."""
        h = self.encode(x[:, :-1])
        return self.aux(h)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------- metrics

def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def macro_f1(logits, y, n_cls):
    pred = logits.argmax(-1)
    f1s = []
    for c in range(n_cls):
        tp = ((pred == c) & (y == c)).sum().item()
        fp = ((pred == c) & (y != c)).sum().item()
        fn = ((pred != c) & (y == c)).sum().item()
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / n_cls


def expected_calibration_error(logits, y, bins=5):
    probs = logits.softmax(-1)
    conf, pred = probs.max(-1)
    ece = 0.0
    for lo in torch.linspace(0, 1, bins + 1)[:-1]:
        m = (conf > lo) & (conf <= lo + 1.0 / bins)
        if m.any():
            ece += m.float().mean().item() * abs(conf[m].mean().item() - (pred[m] == y[m]).float().mean().item())
    return ece


# --------------------------------------------------------------------------- training

def train_one_epoch(model, opt, x, y, cfg):
    model.train()
    meter = AverageMeter()
    for xb, yb in batches(x, y, cfg["batch_size"], shuffle=True):
        logits = model(xb)
        loss = F.cross_entropy(logits, yb) + 0.1 * F.mse_loss(model.reconstruct(xb), xb[:, 1:])
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["grad_clip"])
        opt.step()
        meter.update(loss.item(), len(xb))
    return meter.avg


@torch.no_grad()
def evaluate(model, x, y, cfg):
    model.eval()
    logits = torch.cat([model(xb) for xb, _ in batches(x, y, cfg["batch_size"])])
    return {
        "loss": F.cross_entropy(logits, y).item(),
        "acc": accuracy(logits, y),
        "f1": macro_f1(logits, y, cfg["n_grades"]),
        "ece": expected_calibration_error(logits, y),
    }


class EarlyStopper:
    def __init__(self, patience, path):
        self.patience = patience
        self.path = path
        self.best = math.inf
        self.bad = 0

    def step(self, model, val_loss):
        if val_loss < self.best:
            self.best = val_loss
            self.bad = 0
            torch.save(model.state_dict(), self.path)
            return False
        self.bad += 1
        return self.bad >= self.patience

    def restore(self, model):
        model.load_state_dict(torch.load(self.path))
        return model


def gradient_prune_scores(model, x, y):
    """|w * dL/dw| on a held-out batch: a SNIP-style saliency per weight."""
    loss = F.cross_entropy(model(x), y)
    model.zero_grad()
    loss.backward()
    scores = {}
    for name, p in model.named_parameters():
        if p.grad is not None and p.dim() > 1:
            scores[name] = (p * p.grad).abs().detach()
    return scores


def summarise_scores(scores, ratio):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = max(1, int(ratio * flat.numel()))
    thresh = flat.kthvalue(k).values.item()
    return {name: (s <= thresh).float().mean().item() for name, s in scores.items()}


# --------------------------------------------------------------------------- test-time training

def ttt_adapt(model, xb, cfg):
    """One or more self-supervised steps on the test batch itself."""
    if cfg["ttt_mode"] == "off":
        return model
    adapted = copy.deepcopy(model)
    if cfg["ttt_mode"] == "head":
        with torch.no_grad():
            h = adapted.encode(xb[:, :-1])
        params = list(adapted.aux.parameters())
        opt = torch.optim.SGD(params, lr=cfg["ttt_lr"])
        for _ in range(cfg["ttt_steps"]):
            loss = F.mse_loss(adapted.aux(h), xb[:, 1:])
            opt.zero_grad()
            loss.backward()
            opt.step()
        return adapted
    opt = torch.optim.SGD(adapted.parameters(), lr=cfg["ttt_lr"])
    for _ in range(cfg["ttt_steps"]):
        loss = F.mse_loss(adapted.reconstruct(xb), xb[:, 1:])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return adapted


def test_with_ttt(model, x, y, cfg):
    logits_all = []
    for xb, _ in batches(x, y, cfg["batch_size"]):
        adapted = ttt_adapt(model, xb, cfg)
        with torch.no_grad():
            logits_all.append(adapted(xb))
    logits = torch.cat(logits_all)
    return {"acc": accuracy(logits, y), "f1": macro_f1(logits, y, cfg["n_grades"])}


# --------------------------------------------------------------------------- main

def run(cfg):
    set_seed(cfg["seed"])
    xtr, ytr = synth_field_days(cfg["train_size"], cfg)
    xva, yva = synth_field_days(cfg["val_size"], cfg)
    xte, yte = synth_field_days(cfg["test_size"], cfg, shift=0.3)
    xtr, stats = normalise(xtr)
    xva, _ = normalise(xva, stats)
    xte, _ = normalise(xte, stats)

    model = FieldGRU(cfg)
    LOG.info("model has %d parameters", count_parameters(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])

    fd, ckpt = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    history = defaultdict(list)
    try:
        stopper = EarlyStopper(cfg["patience"], ckpt)
        for epoch in range(cfg["epochs"]):
            with Timer() as t:
                tr_loss = train_one_epoch(model, opt, xtr, ytr, cfg)
            val = evaluate(model, xva, yva, cfg)
            history["train_loss"].append(tr_loss)
            for k, v in val.items():
                history["val_" + k].append(v)
            LOG.info("epoch %d train %.4f val %s (%.2fs)", epoch, tr_loss, json.dumps(val), t.elapsed)
            if stopper.step(model, val["loss"]):
                LOG.info("early stop at epoch %d", epoch)
                break
        stopper.restore(model)
    finally:
        os.remove(ckpt)

    final = evaluate(model, xva, yva, cfg)
    LOG.info("restored best: %s", json.dumps(final))

    if cfg["prune_scores"]:
        scores = gradient_prune_scores(model, xva, yva)
        LOG.info("prune fractions: %s", json.dumps(summarise_scores(scores, cfg["prune_ratio"])))

    test = test_with_ttt(model, xte, yte, cfg)
    LOG.info("test (ttt=%s): %s", cfg["ttt_mode"], json.dumps(test))
    return history, final, test


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_config(CONFIG, args)
    if args.dump_config:
        print(json.dumps(cfg, indent=2))
    history, final, test = run(cfg)
    print("val", final)
    print("test", test)


if __name__ == "__main__":
    main()
