# expect: clean
"""Flint-knapping strike acoustics: classify the outcome of a strike (flake, shatter,
hinge, step) from a short sequence of acoustic band energies.

Research script. Trains a BiGRU with early stopping, reloads the best snapshot and
then polishes it on train+val for a couple of epochs with a lower learning rate.
"""
import argparse
import copy
import json
import logging
import math
import os
import random
import time
from collections import defaultdict

import torch
from torch import nn
import torch.nn.functional as F

log = logging.getLogger("knapper")

CONFIG = {
    "seed": 13,
    "n_bands": 6,
    "seq_len": 12,
    "n_classes": 4,
    "hidden": 10,
    "layers": 1,
    "dropout": 0.1,
    "batch_size": 5,
    "n_train": 25,
    "n_val": 10,
    "n_test": 10,
    "epochs": 4,
    "patience": 1,
    "lr": 3e-2,
    "polish_lr": 3e-3,
    "polish_epochs": 2,
    "clip": 1.0,
    "label_smoothing": 0.05,
    "log_every": 3,
}

CLASSES = ["flake", "shatter", "hinge", "step"]


# ----------------------------------------------------------------------------- utils
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    ap.add_argument("--hidden", type=int, default=CONFIG["hidden"])
    ap.add_argument("--patience", type=int, default=CONFIG["patience"])
    ap.add_argument("--polish-epochs", type=int, default=CONFIG["polish_epochs"])
    ap.add_argument("--no-polish", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    return ap.parse_args(argv)


def merge_config(cfg, args):
    out = dict(cfg)
    out["epochs"] = args.epochs
    out["hidden"] = args.hidden
    out["patience"] = args.patience
    out["polish_epochs"] = 0 if args.no_polish else args.polish_epochs
    return out


class AverageMeter:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.total += float(value) * n
        self.count += n

    @property
    def avg(self):
        return self.total / max(self.count, 1)


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.t0
        return False


# ----------------------------------------------------------------------------- data
def synth_strike(label, cfg):
    """A band-energy trace whose decay profile depends on the strike outcome."""
    t = torch.linspace(0, 1, cfg["seq_len"]).unsqueeze(-1)
    decay = 1.0 + 1.5 * label
    base = torch.exp(-decay * t) * torch.linspace(0.5, 1.5, cfg["n_bands"])
    return base + 0.1 * torch.randn(cfg["seq_len"], cfg["n_bands"])


def make_split(n, cfg):
    ys = torch.randint(0, cfg["n_classes"], (n,))
    xs = torch.stack([synth_strike(int(y), cfg) for y in ys])
    return xs, ys


def batch_indices(n, bs, shuffle):
    idx = list(range(n))
    if shuffle:
        random.shuffle(idx)
    for i in range(0, n, bs):
        yield idx[i:i + bs]


def phase_batches(model, split, cfg, epochs, shuffle=True):
    """Yields (epoch, x, y); puts the model in train mode at the start of each epoch."""
    xs, ys = split
    for epoch in range(epochs):
        model.train()
        for idx in batch_indices(len(ys), cfg["batch_size"], shuffle):
            yield epoch, xs[idx], ys[idx]


def concat_splits(*splits):
    return torch.cat([s[0] for s in splits]), torch.cat([s[1] for s in splits])


# ----------------------------------------------------------------------------- model
class StrikeGRU(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.norm = nn.LayerNorm(cfg["n_bands"])
        self.rnn = nn.GRU(cfg["n_bands"], cfg["hidden"], num_layers=cfg["layers"],
                          batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(cfg["dropout"])
        self.attn = nn.Linear(2 * cfg["hidden"], 1)
        self.cls = nn.Linear(2 * cfg["hidden"], cfg["n_classes"])

    def forward(self, x):
        h, _ = self.rnn(self.norm(x))
        w = torch.softmax(self.attn(h).squeeze(-1), dim=1)
        pooled = torch.einsum("bt,bth->bh", w, h)
        return self.cls(self.drop(pooled))


def count_params(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ----------------------------------------------------------------------------- metrics
def confusion(preds, ys, n):
    m = torch.zeros(n, n, dtype=torch.long)
    for p, y in zip(preds.tolist(), ys.tolist()):
        m[y, p] += 1
    return m


def macro_f1(cm):
    f1s = []
    for c in range(cm.size(0)):
        tp = cm[c, c].item()
        fp = cm[:, c].sum().item() - tp
        fn = cm[c, :].sum().item() - tp
        denom = 2 * tp + fp + fn
        f1s.append(0.0 if denom == 0 else 2 * tp / denom)
    return sum(f1s) / len(f1s)


def evaluate(model, split, cfg):
    model.eval()
    xs, ys = split
    meter = AverageMeter()
    preds = []
    with torch.no_grad():
        for idx in batch_indices(len(ys), cfg["batch_size"], shuffle=False):
            logits = model(xs[idx])
            meter.update(F.cross_entropy(logits, ys[idx]).item(), len(idx))
            preds.append(logits.argmax(-1))
    preds = torch.cat(preds)
    cm = confusion(preds, ys, cfg["n_classes"])
    return {"loss": meter.avg, "acc": (preds == ys).float().mean().item(), "f1": macro_f1(cm)}


# ----------------------------------------------------------------------------- training
def train_step(model, opt, x, y, cfg):
    opt.zero_grad()
    logits = model(x)
    loss = F.cross_entropy(logits, y, label_smoothing=cfg["label_smoothing"])
    loss.backward()
    gn = nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
    opt.step()
    return loss.item(), float(gn)


def cosine_lr(opt, base, step, total):
    lr = 0.5 * base * (1 + math.cos(math.pi * min(step, total) / max(total, 1)))
    for g in opt.param_groups:
        g["lr"] = lr
    return lr


def fit(model, train, val, cfg, history):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    best, best_f1, bad = copy.deepcopy(model), -1.0, 0
    steps_per_epoch = math.ceil(len(train[1]) / cfg["batch_size"])
    total = steps_per_epoch * cfg["epochs"]
    meter, step, last_epoch = AverageMeter(), 0, 0
    for epoch, x, y in phase_batches(model, train, cfg, cfg["epochs"]):
        if epoch != last_epoch:
            metrics = evaluate(model, val, cfg)
            history["val"].append(metrics)
            log.info("epoch %d train %.3f val %s", last_epoch, meter.avg, json.dumps(metrics))
            if metrics["f1"] > best_f1:
                best, best_f1, bad = copy.deepcopy(model), metrics["f1"], 0
            else:
                bad += 1
                if bad > cfg["patience"]:
                    log.info("early stop at epoch %d", epoch)
                    break
            meter, last_epoch = AverageMeter(), epoch
            model.train()
        lr = cosine_lr(opt, cfg["lr"], step, total)
        loss, gn = train_step(model, opt, x, y, cfg)
        meter.update(loss, len(y))
        history["grad_norm"].append(gn)
        step += 1
        if step % cfg["log_every"] == 0:
            log.debug("step %d lr %.4f loss %.3f", step, lr, loss)
    return best, best_f1


def polish(model, split, cfg, history):
    """Short low-LR pass over train+val for the reloaded best snapshot."""
    model = copy.deepcopy(history["best_model"])
    stream = phase_batches(model, split, cfg, cfg["polish_epochs"])
    opt = torch.optim.SGD(model.parameters(), lr=cfg["polish_lr"], momentum=0.9)
    for epoch, x, y in stream:
        loss, _ = train_step(model, opt, x, y, cfg)
        history["polish"].append(loss)
    return model


def summarise(history, test_metrics, cfg):
    grad = history["grad_norm"]
    return {
        "epochs_run": len(history["val"]),
        "best_val_f1": max((m["f1"] for m in history["val"]), default=float("nan")),
        "mean_grad_norm": sum(grad) / max(len(grad), 1),
        "polish_steps": len(history["polish"]),
        "test": test_metrics,
        "classes": CLASSES[: cfg["n_classes"]],
    }


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(asctime)s %(name)s %(message)s")
    cfg = merge_config(CONFIG, args)
    set_seed(cfg["seed"])
    train, val, test = (make_split(cfg[k], cfg) for k in ("n_train", "n_val", "n_test"))
    model = StrikeGRU(cfg)
    log.info("params %d", count_params(model))
    history = defaultdict(list)
    with Timer() as t:
        best, best_f1 = fit(model, train, val, cfg, history)
    log.info("fit took %.2fs, best f1 %.3f", t.elapsed, best_f1)
    history["best_model"] = best
    if cfg["polish_epochs"] > 0:
        model = polish(model, concat_splits(train, val), cfg, history)
    else:
        model = best
    summary = summarise(history, evaluate(model, test, cfg), cfg)
    if os.environ.get("KNAPPER_JSON"):
        print(json.dumps(summary, indent=2))
    else:
        print("test", {k: round(v, 3) for k, v in summary["test"].items()})


if __name__ == "__main__":
    main([])
