# expect: crash
"""
sievewright -- riddle-sieve vibration classifier with gradient-based pruning.

Research script: train a small GRU classifier on synthetic vibration traces,
score every weight by |w * dL/dw| on a validation batch (SNIP-style saliency),
zero the lowest-scoring fraction, and fine-tune.

Usage:
    python sievewright_prune_research.py --epochs 2 --prune 0.3
"""
import argparse
import json
import logging
import math
import os
import random
import tempfile
import time
from collections import OrderedDict, defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("sievewright.prune")

DEFAULT_CONFIG = {
    "seed": 13,
    "n_channels": 3,
    "seq_len": 8,
    "hidden": 12,
    "n_classes": 4,
    "batch_size": 6,
    "train_batches": 3,
    "val_batches": 2,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "epochs": 2,
    "finetune_epochs": 1,
    "prune_fraction": 0.3,
    "grad_clip": 1.0,
    "dropout": 0.1,
    "log_every": 1,
}


# ---------------------------------------------------------------------------
# utilities
# ---------------------------------------------------------------------------

def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
    )


class AverageMeter:
    def __init__(self):
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


class MetricTracker:
    def __init__(self):
        self.meters = defaultdict(AverageMeter)

    def update(self, **kwargs):
        n = kwargs.pop("n", 1)
        for k, v in kwargs.items():
            self.meters[k].update(v, n)

    def summary(self):
        return {k: round(m.avg, 4) for k, m in self.meters.items()}

    def reset(self):
        for m in self.meters.values():
            m.reset()


def accuracy(logits, targets):
    return (logits.argmax(-1) == targets).float().mean().item()


def macro_f1(logits, targets, n_classes):
    pred = logits.argmax(-1)
    f1s = []
    for c in range(n_classes):
        tp = ((pred == c) & (targets == c)).sum().item()
        fp = ((pred == c) & (targets != c)).sum().item()
        fn = ((pred != c) & (targets == c)).sum().item()
        denom = 2 * tp + fp + fn
        f1s.append(2 * tp / denom if denom else 0.0)
    return sum(f1s) / len(f1s)


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------

def synth_trace(n, seq_len, n_channels, n_classes):
    """Sinusoids whose frequency depends on the class, plus noise."""
    y = torch.randint(0, n_classes, (n,))
    t = torch.linspace(0, 1, seq_len)
    freq = (y.float() + 1).unsqueeze(1).unsqueeze(2)
    phase = torch.rand(n, 1, n_channels) * 2 * math.pi
    x = torch.sin(2 * math.pi * freq * t.view(1, -1, 1) + phase)
    x = x + 0.1 * torch.randn_like(x)
    return x, y


def make_batches(cfg, n_batches):
    return [synth_trace(cfg["batch_size"], cfg["seq_len"], cfg["n_channels"], cfg["n_classes"])
            for _ in range(n_batches)]


def normalise(batches):
    xs = torch.cat([x for x, _ in batches])
    mu, sd = xs.mean(dim=(0, 1)), xs.std(dim=(0, 1)) + 1e-6
    return [((x - mu) / sd, y) for x, y in batches], (mu, sd)


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------

class SieveGRU(nn.Module):
    def __init__(self, n_channels, hidden, n_classes, dropout):
        super().__init__()
        self.inp = nn.Linear(n_channels, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(dropout)
        self.cls = nn.Linear(hidden, n_classes)

    def forward(self, x):
        h, _ = self.gru(torch.relu(self.inp(x)))
        return self.cls(self.drop(h[:, -1]))


def count_nonzero(model):
    total = nz = 0
    for p in model.parameters():
        total += p.numel()
        nz += (p != 0).sum().item()
    return nz, total


# ---------------------------------------------------------------------------
# training / evaluation
# ---------------------------------------------------------------------------

def train_one_epoch(model, batches, opt, cfg, epoch, masks=None):
    model.train()
    tracker = MetricTracker()
    for i, (x, y) in enumerate(batches):
        logits = model(x)
        loss = F.cross_entropy(logits, y)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["grad_clip"])
        opt.step()
        if masks is not None:
            apply_masks(model, masks)
        tracker.update(loss=loss.item(), acc=accuracy(logits, y), n=y.numel())
        if i % cfg["log_every"] == 0:
            LOG.debug("epoch %d batch %d loss %.4f", epoch, i, loss.item())
    return tracker.summary()


def evaluate(model, batches, cfg):
    model.eval()
    tracker = MetricTracker()
    all_logits, all_y = [], []
    with torch.no_grad():
        for x, y in batches:
            logits = model(x)
            tracker.update(loss=F.cross_entropy(logits, y).item(), acc=accuracy(logits, y), n=y.numel())
            all_logits.append(logits)
            all_y.append(y)
    out = tracker.summary()
    out["f1"] = round(macro_f1(torch.cat(all_logits), torch.cat(all_y), cfg["n_classes"]), 4)
    return out


# ---------------------------------------------------------------------------
# pruning
# ---------------------------------------------------------------------------

def prunable(model):
    return OrderedDict((n, p) for n, p in model.named_parameters() if p.dim() > 1)


def compute_saliency_scores(model, batch):
    """|w * grad| on one validation batch (connection sensitivity)."""
    x, y = batch
    model.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()  # TM001-here
    scores = OrderedDict()
    for name, p in prunable(model).items():
        scores[name] = (p.detach() * p.grad.detach()).abs()
    model.zero_grad()
    return scores


def global_threshold(scores, fraction):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = max(1, int(fraction * flat.numel()))
    return flat.kthvalue(k).values.item()


def build_masks(scores, fraction):
    thr = global_threshold(scores, fraction)
    return OrderedDict((n, (s > thr).float()) for n, s in scores.items())


def apply_masks(model, masks):
    params = prunable(model)
    with torch.no_grad():
        for name, m in masks.items():
            params[name].mul_(m)


def mask_report(masks):
    rep = {}
    for n, m in masks.items():
        rep[n] = round(1 - m.mean().item(), 3)
    return rep


# ---------------------------------------------------------------------------
# checkpointing
# ---------------------------------------------------------------------------

def save_checkpoint(model, path, meta):
    torch.save({"state_dict": model.state_dict(), "meta": meta}, path)


def load_checkpoint(model, path):
    blob = torch.load(path)
    model.load_state_dict(blob["state_dict"])
    return blob["meta"]


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    p.add_argument("--epochs", type=int, default=DEFAULT_CONFIG["epochs"])
    p.add_argument("--prune", type=float, default=DEFAULT_CONFIG["prune_fraction"])
    p.add_argument("--hidden", type=int, default=DEFAULT_CONFIG["hidden"])
    p.add_argument("--lr", type=float, default=DEFAULT_CONFIG["lr"])
    p.add_argument("--seed", type=int, default=DEFAULT_CONFIG["seed"])
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULT_CONFIG)
    cfg.update(epochs=args.epochs, prune_fraction=args.prune, hidden=args.hidden, lr=args.lr, seed=args.seed)
    return cfg


def run(cfg):
    set_seed(cfg["seed"])
    train_batches, stats = normalise(make_batches(cfg, cfg["train_batches"]))
    mu, sd = stats
    val_batches = [((x - mu) / sd, y) for x, y in make_batches(cfg, cfg["val_batches"])]

    model = SieveGRU(cfg["n_channels"], cfg["hidden"], cfg["n_classes"], cfg["dropout"])
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    LOG.info("params: %d", sum(p.numel() for p in model.parameters()))

    results = {"dense": [], "sparse": []}
    tmpdir = tempfile.mkdtemp(prefix="sievewright_")
    ckpt = os.path.join(tmpdir, "dense.pt")
    best = -1.0
    try:
        for epoch in range(cfg["epochs"]):
            t0 = time.time()
            tr = train_one_epoch(model, train_batches, opt, cfg, epoch)
            va = evaluate(model, val_batches, cfg)
            results["dense"].append({"epoch": epoch, "train": tr, "val": va})
            LOG.info("dense epoch %d train %s val %s (%.2fs)", epoch, tr, va, time.time() - t0)
            if va["acc"] > best:
                best = va["acc"]
                save_checkpoint(model, ckpt, {"epoch": epoch, "val": va})

        meta = load_checkpoint(model, ckpt)
        LOG.info("restored dense checkpoint from epoch %d", meta["epoch"])

        # -- prune using the first validation batch ---------------------
        scores = compute_saliency_scores(model, val_batches[0])
        masks = build_masks(scores, cfg["prune_fraction"])
        apply_masks(model, masks)
        nz, total = count_nonzero(model)
        LOG.info("pruned: %s nonzero %d/%d", json.dumps(mask_report(masks)), nz, total)

        opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"] * 0.5, weight_decay=cfg["weight_decay"])
        for epoch in range(cfg["finetune_epochs"]):
            tr = train_one_epoch(model, train_batches, opt, cfg, epoch, masks=masks)
            va = evaluate(model, val_batches, cfg)
            results["sparse"].append({"epoch": epoch, "train": tr, "val": va})
            LOG.info("sparse epoch %d train %s val %s", epoch, tr, va)
    finally:
        if os.path.exists(ckpt):
            os.remove(ckpt)
        os.rmdir(tmpdir)
    return results


def summarise(results):
    lines = []
    for phase, rows in results.items():
        for r in rows:
            lines.append(f"{phase:>6} ep{r['epoch']} val_acc={r['val']['acc']:.3f} f1={r['val']['f1']:.3f}")
    return "\n".join(lines)


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = build_config(args)
    LOG.info("config %s", json.dumps(cfg, sort_keys=True))
    results = run(cfg)
    print(summarise(results))


if __name__ == "__main__":
    main()
