# expect: crash
"""Glovemaker stitch-quality study.

Research script: a bidirectional GRU reads needle-force traces from a glove-stitching
machine and predicts the stitch grade (0..3).  After training we compute gradient-based
saliency scores (|w * dL/dw|) on a validation batch and prune the lowest-scoring weights
of the classifier, then fine-tune briefly and report metrics before/after pruning.

Usage:
    python glovemaker_stitch_research.py --epochs 2 --prune-frac 0.3
"""
import argparse
import json
import logging
import math
import os
import random
import shutil
import tempfile
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("glovemaker")

DEFAULTS = {
    "seed": 21,
    "n_features": 4,
    "seq_len": 8,
    "hidden": 8,
    "n_grades": 4,
    "n_train": 32,
    "n_val": 8,
    "batch_size": 8,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "epochs": 2,
    "grad_clip": 1.0,
    "prune_frac": 0.3,
    "finetune_steps": 2,
    "dropout": 0.1,
}


# --------------------------------------------------------------------------- utils
def setup_logging(verbose=False):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=DEFAULTS["epochs"])
    p.add_argument("--hidden", type=int, default=DEFAULTS["hidden"])
    p.add_argument("--lr", type=float, default=DEFAULTS["lr"])
    p.add_argument("--prune-frac", type=float, default=DEFAULTS["prune_frac"])
    p.add_argument("--seed", type=int, default=DEFAULTS["seed"])
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--keep-checkpoints", action="store_true")
    return p.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULTS)
    cfg.update(epochs=args.epochs, hidden=args.hidden, lr=args.lr,
               prune_frac=args.prune_frac, seed=args.seed)
    return cfg


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.sum = 0.0
        self.n = 0

    def update(self, value, n=1):
        self.sum += float(value) * n
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
def synth_traces(n, cfg, generator):
    """Needle-force traces: a sinusoid whose amplitude/phase depends on the grade, plus noise."""
    grades = torch.randint(0, cfg["n_grades"], (n,), generator=generator)
    t = torch.linspace(0, 2 * math.pi, cfg["seq_len"])
    feats = []
    for k in range(cfg["n_features"]):
        amp = (grades.float() + 1).unsqueeze(1) / cfg["n_grades"]
        phase = 0.3 * k
        wave = amp * torch.sin(t.unsqueeze(0) * (k + 1) + phase)
        feats.append(wave + 0.1 * torch.randn(n, cfg["seq_len"], generator=generator))
    x = torch.stack(feats, dim=-1)
    return x, grades


def batches(x, y, batch_size, shuffle=True, generator=None):
    idx = torch.randperm(x.size(0), generator=generator) if shuffle else torch.arange(x.size(0))
    for i in range(0, x.size(0), batch_size):
        j = idx[i:i + batch_size]
        yield x[j], y[j]


def standardise(train_x, *others):
    mu = train_x.mean(dim=(0, 1), keepdim=True)
    sd = train_x.std(dim=(0, 1), keepdim=True) + 1e-6
    return [(train_x - mu) / sd] + [(o - mu) / sd for o in others]


# --------------------------------------------------------------------------- model
class StitchGrader(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.norm = nn.LayerNorm(cfg["n_features"])
        self.rnn = nn.GRU(cfg["n_features"], cfg["hidden"], batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(cfg["dropout"])
        self.fc1 = nn.Linear(2 * cfg["hidden"], cfg["hidden"])
        self.fc2 = nn.Linear(cfg["hidden"], cfg["n_grades"])

    def forward(self, x):
        h, _ = self.rnn(self.norm(x))
        pooled = torch.cat([h.mean(1), h.max(1).values], dim=-1)[:, : h.size(-1)]
        return self.fc2(self.drop(F.relu(self.fc1(pooled))))


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def sparsity(model):
    total = zeros = 0
    for name, p in model.named_parameters():
        if name.endswith("weight"):
            total += p.numel()
            zeros += (p == 0).sum().item()
    return zeros / max(total, 1)


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


def confusion(logits, y, n_cls):
    m = torch.zeros(n_cls, n_cls, dtype=torch.long)
    for p, t in zip(logits.argmax(-1).tolist(), y.tolist()):
        m[t, p] += 1
    return m


# --------------------------------------------------------------------------- train / eval
def train_one_epoch(model, opt, x, y, cfg, gen):
    model.train()
    meter = AverageMeter()
    for xb, yb in batches(x, y, cfg["batch_size"], generator=gen):
        loss = F.cross_entropy(model(xb), yb)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["grad_clip"])
        opt.step()
        meter.update(loss.item(), xb.size(0))
    return meter.avg


def evaluate(model, x, y, cfg):
    model.eval()
    with torch.no_grad():
        logits = model(x)
    return {
        "loss": F.cross_entropy(logits, y).item(),
        "acc": accuracy(logits, y),
        "f1": macro_f1(logits, y, cfg["n_grades"]),
    }


def save_checkpoint(model, path, meta):
    torch.save({"state": model.state_dict(), "meta": meta}, path)
    LOG.debug("saved %s", path)


# --------------------------------------------------------------------------- pruning
def saliency_scores(model, x, y, names=("fc1.weight", "fc2.weight")):
    """|w * dL/dw| on a validation batch, for the listed weights only."""
    model.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()  # TM001-here
    scores = {}
    for name, p in model.named_parameters():
        if name in names and p.grad is not None:
            scores[name] = (p.detach() * p.grad.detach()).abs()
    model.zero_grad()
    return scores


def global_threshold(scores, frac):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = max(1, int(frac * flat.numel()))
    return flat.kthvalue(k).values.item()


def apply_masks(model, scores, thr):
    masks = {}
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name in scores:
                masks[name] = (scores[name] > thr).float()
                p.mul_(masks[name])
    return masks


def finetune_masked(model, opt, masks, x, y, cfg, gen):
    model.train()
    params = dict(model.named_parameters())
    last = float("nan")
    for step, (xb, yb) in enumerate(batches(x, y, cfg["batch_size"], generator=gen)):
        if step >= cfg["finetune_steps"]:
            break
        loss = F.cross_entropy(model(xb), yb)
        opt.zero_grad()
        loss.backward()
        for name, m in masks.items():
            params[name].grad.mul_(m)
        opt.step()
        last = loss.item()
    return last


# --------------------------------------------------------------------------- reporting
def format_row(tag, metrics):
    return f"{tag:<12} loss={metrics['loss']:.4f} acc={metrics['acc']:.3f} f1={metrics['f1']:.3f}"


def summarise(history):
    out = defaultdict(list)
    for rec in history:
        for k, v in rec.items():
            out[k].append(v)
    return {k: (min(v), max(v)) for k, v in out.items() if isinstance(v[0], float)}


# --------------------------------------------------------------------------- main
def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = build_config(args)
    seed_everything(cfg["seed"])
    gen = torch.Generator().manual_seed(cfg["seed"])
    LOG.info("config: %s", json.dumps(cfg, sort_keys=True))

    tx, ty = synth_traces(cfg["n_train"], cfg, gen)
    vx, vy = synth_traces(cfg["n_val"], cfg, gen)
    tx, vx = standardise(tx, vx)

    model = StitchGrader(cfg)
    LOG.info("parameters: %d", count_parameters(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])

    ckpt_dir = tempfile.mkdtemp(prefix="glovemaker_")
    history = []
    best = None
    try:
        for epoch in range(cfg["epochs"]):
            with Timer() as tm:
                tr_loss = train_one_epoch(model, opt, tx, ty, cfg, gen)
            metrics = evaluate(model, vx, vy, cfg)
            metrics.update(epoch=epoch, train_loss=tr_loss, secs=tm.elapsed)
            history.append(metrics)
            LOG.info("epoch %d %s", epoch, format_row("val", metrics))
            if best is None or metrics["f1"] >= best:
                best = metrics["f1"]
                save_checkpoint(model, os.path.join(ckpt_dir, "best.pt"), {"epoch": epoch})

        before = evaluate(model, vx, vy, cfg)
        LOG.info(format_row("pre-prune", before))

        scores = saliency_scores(model, vx, vy)
        thr = global_threshold(scores, cfg["prune_frac"])
        masks = apply_masks(model, scores, thr)
        LOG.info("pruned at |w*g| <= %.3g, sparsity now %.3f", thr, sparsity(model))

        ft = finetune_masked(model, opt, masks, tx, ty, cfg, gen)
        after = evaluate(model, vx, vy, cfg)
        LOG.info("finetune loss %.4f", ft)
        LOG.info(format_row("post-prune", after))
        LOG.info("confusion:\n%s", confusion(model(vx).detach(), vy, cfg["n_grades"]))
        LOG.info("ranges: %s", summarise(history))
    finally:
        if not args.keep_checkpoints:
            shutil.rmtree(ckpt_dir, ignore_errors=True)
    return history


if __name__ == "__main__":
    main()
