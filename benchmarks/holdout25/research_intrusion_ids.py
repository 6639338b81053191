# expect: crash
"""Recurrent intrusion detection on NetFlow-like sessions.

Research code for the flow-sequence IDS experiments. Trains a bidirectional GRU over per-session packet
statistics, with class-balanced loss, mid-epoch validation, threshold tuning and early stopping.

Usage:
    python research_intrusion_ids.py --epochs 2 --eval-every 2
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

logger = logging.getLogger("ids")

DEFAULT_CONFIG = {
    "seed": 27,
    "n_features": 6,
    "hidden": 12,
    "layers": 1,
    "dropout": 0.0,
    "bidirectional": True,
    "n_classes": 3,
    "batch_size": 4,
    "seq_len": 8,
    "n_train": 16,
    "n_val": 8,
    "lr": 5e-3,
    "weight_decay": 1e-4,
    "epochs": 2,
    "eval_every": 2,
    "patience": 3,
    "grad_clip": 1.0,
    "class_weights": "balanced",
    "log_every": 1,
}

CLASS_NAMES = ["benign", "scan", "dos"]


# --------------------------------------------------------------------------------------------------------------
# utilities
# --------------------------------------------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--eval-every", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--config", type=str, default=None, help="JSON file overriding DEFAULT_CONFIG")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def merge_config(args):
    cfg = dict(DEFAULT_CONFIG)
    if args.config:
        with open(args.config) as fh:
            cfg.update(json.load(fh))
    for key in ("epochs", "eval_every", "lr", "hidden"):
        val = getattr(args, key)
        if val is not None:
            cfg[key] = val
    return cfg


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.sum, self.count = 0.0, 0

    def update(self, value, n=1):
        self.sum += value * n
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


# --------------------------------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------------------------------
def synth_sessions(n, cfg, generator):
    feats = torch.randn(n, cfg["seq_len"], cfg["n_features"], generator=generator)
    labels = torch.randint(0, cfg["n_classes"], (n,), generator=generator)
    # make scans bursty and DoS high-volume so there is something to learn
    feats[labels == 1, :, 0] += 1.5
    feats[labels == 2, :, 1] += 2.0
    lengths = torch.randint(cfg["seq_len"] // 2, cfg["seq_len"] + 1, (n,), generator=generator)
    return feats, labels, lengths


def normalise(train_x, *others):
    mean = train_x.mean(dim=(0, 1), keepdim=True)
    std = train_x.std(dim=(0, 1), keepdim=True) + 1e-6
    return [(x - mean) / std for x in (train_x,) + others]


def iterate(x, y, lengths, batch_size, shuffle, generator=None):
    idx = torch.randperm(len(x), generator=generator) if shuffle else torch.arange(len(x))
    for start in range(0, len(x), batch_size):
        b = idx[start:start + batch_size]
        yield x[b], y[b], lengths[b]


def class_weights(labels, n_classes, mode):
    if mode != "balanced":
        return None
    counts = torch.bincount(labels, minlength=n_classes).float().clamp(min=1)
    return counts.sum() / (n_classes * counts)


# --------------------------------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------------------------------
class SessionEncoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.inp = nn.Linear(cfg["n_features"], cfg["hidden"])
        self.rnn = nn.GRU(cfg["hidden"], cfg["hidden"], num_layers=cfg["layers"], batch_first=True,
                          bidirectional=cfg["bidirectional"], dropout=cfg["dropout"] if cfg["layers"] > 1 else 0.0)
        self.out_dim = cfg["hidden"] * (2 if cfg["bidirectional"] else 1)

    def forward(self, x, lengths):
        z = F.gelu(self.inp(x))
        packed = nn.utils.rnn.pack_padded_sequence(z, lengths.cpu(), batch_first=True, enforce_sorted=False)
        out, _ = self.rnn(packed)
        out, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True)
        mask = (torch.arange(out.shape[1])[None, :] < lengths[:, None]).unsqueeze(-1)
        return (out * mask).sum(1) / lengths[:, None].float()


class IDSModel(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.encoder = SessionEncoder(cfg)
        self.classifier = nn.Sequential(nn.Linear(self.encoder.out_dim, cfg["hidden"]), nn.ReLU(),
                                        nn.Linear(cfg["hidden"], cfg["n_classes"]))

    def forward(self, x, lengths):
        return self.classifier(self.encoder(x, lengths))


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------------------------------------------
def confusion(pred, gold, n):
    m = torch.zeros(n, n, dtype=torch.long)
    for p, g in zip(pred.tolist(), gold.tolist()):
        m[g, p] += 1
    return m


def prf_from_confusion(m):
    stats = {}
    for c in range(m.shape[0]):
        tp = m[c, c].item()
        fp = m[:, c].sum().item() - tp
        fn = m[c, :].sum().item() - tp
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        stats[CLASS_NAMES[c]] = {"precision": prec, "recall": rec, "f1": f1}
    stats["macro_f1"] = sum(v["f1"] for v in stats.values()) / m.shape[0]
    return stats


def detection_rate_at(probs, gold, threshold):
    attack = probs[:, 1:].sum(-1) >= threshold
    is_attack = gold > 0
    tpr = (attack & is_attack).sum().item() / max(is_attack.sum().item(), 1)
    fpr = (attack & ~is_attack).sum().item() / max((~is_attack).sum().item(), 1)
    return tpr, fpr


def tune_threshold(probs, gold, grid=None, max_fpr=0.2):
    grid = grid or [i / 20 for i in range(1, 20)]
    best = (0.5, -1.0)
    for t in grid:
        tpr, fpr = detection_rate_at(probs, gold, t)
        if fpr <= max_fpr and tpr > best[1]:
            best = (t, tpr)
    return best[0]


# --------------------------------------------------------------------------------------------------------------
# train / eval
# --------------------------------------------------------------------------------------------------------------
def evaluate(model, data, cfg):
    model.eval()
    preds, golds, probs = [], [], []
    meter = AverageMeter()
    with torch.no_grad():
        for x, y, lengths in iterate(*data, cfg["batch_size"], shuffle=False):
            logits = model(x, lengths)
            meter.update(F.cross_entropy(logits, y).item(), len(y))
            probs.append(logits.softmax(-1))
            preds.append(logits.argmax(-1))
            golds.append(y)
    probs, preds, golds = torch.cat(probs), torch.cat(preds), torch.cat(golds)
    stats = prf_from_confusion(confusion(preds, golds, cfg["n_classes"]))
    stats["loss"] = meter.avg
    stats["threshold"] = tune_threshold(probs, golds)
    return stats


class EarlyStopper:
    def __init__(self, patience):
        self.patience, self.best, self.bad = patience, -math.inf, 0

    def step(self, score):
        if score > self.best:
            self.best, self.bad = score, 0
            return True
        self.bad += 1
        return False

    @property
    def should_stop(self):
        return self.bad >= self.patience


def train(model, train_data, val_data, cfg):
    weights = class_weights(train_data[1], cfg["n_classes"], cfg["class_weights"])
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    stopper = EarlyStopper(cfg["patience"])
    history = defaultdict(list)
    gen = torch.Generator().manual_seed(cfg["seed"])
    ckpt = tempfile.NamedTemporaryFile(suffix=".pt", delete=False)
    ckpt.close()
    step = 0
    try:
        for epoch in range(cfg["epochs"]):
            model.train()
            meter = AverageMeter()
            with Timer() as t:
                for x, y, lengths in iterate(*train_data, cfg["batch_size"], shuffle=True, generator=gen):
                    logits = model(x, lengths)
                    loss = F.cross_entropy(logits, y, weight=weights)
                    opt.zero_grad()
                    loss.backward()  # TM001-here
                    nn.utils.clip_grad_norm_(model.parameters(), cfg["grad_clip"])
                    opt.step()
                    meter.update(loss.item(), len(y))
                    step += 1
                    if step % cfg["log_every"] == 0:
                        logger.debug("epoch %d step %d loss %.4f", epoch, step, loss.item())
                    if step % cfg["eval_every"] == 0:
                        stats = evaluate(model, val_data, cfg)
                        history["val_macro_f1"].append(stats["macro_f1"])
                        if stopper.step(stats["macro_f1"]):
                            torch.save(model.state_dict(), ckpt.name)
                        logger.info("step %d val loss %.4f macro-F1 %.3f thr %.2f", step, stats["loss"],
                                    stats["macro_f1"], stats["threshold"])
            history["train_loss"].append(meter.avg)
            logger.info("epoch %d train loss %.4f (%.2fs)", epoch, meter.avg, t.elapsed)
            if stopper.should_stop:
                logger.info("early stop at epoch %d", epoch)
                break
        if os.path.getsize(ckpt.name) > 0:
            model.load_state_dict(torch.load(ckpt.name))
    finally:
        os.unlink(ckpt.name)
    return history


def summarise(stats):
    rows = []
    for name in CLASS_NAMES:
        s = stats[name]
        rows.append(f"{name:8s} P={s['precision']:.2f} R={s['recall']:.2f} F1={s['f1']:.2f}")
    rows.append(f"macro-F1 {stats['macro_f1']:.3f}")
    return "\n".join(rows)


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_config(args)
    set_seed(cfg["seed"])
    gen = torch.Generator().manual_seed(cfg["seed"])
    tr_x, tr_y, tr_len = synth_sessions(cfg["n_train"], cfg, gen)
    va_x, va_y, va_len = synth_sessions(cfg["n_val"], cfg, gen)
    tr_x, va_x = normalise(tr_x, va_x)
    model = IDSModel(cfg)
    logger.info("model has %d parameters", count_parameters(model))
    history = train(model, (tr_x, tr_y, tr_len), (va_x, va_y, va_len), cfg)
    final = evaluate(model, (va_x, va_y, va_len), cfg)
    print(summarise(final))
    print(json.dumps({k: [round(v, 4) for v in vs] for k, vs in history.items()}))


if __name__ == "__main__":
    main([])
