# expect: clean
"""Bellfounder tuning research code (head-only pruning scores).

Classifies cast bells into tuning classes (hum / prime / tierce / quint / nominal faults) from
a sequence of partial-frequency measurements taken while the bell is turned on the lathe.
A bidirectional LSTM encoder with an attention-pooling head; after training we compute
gradient-based saliency pruning scores on a validation batch and drop the weakest head units.
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

LOG = logging.getLogger("bellfounder")

DEFAULT_CONFIG = {
    "seed": 11,
    "n_partials": 5,
    "seq_len": 8,
    "n_classes": 4,
    "hidden": 8,
    "layers": 1,
    "bidirectional": True,
    "dropout": 0.0,
    "batch_size": 6,
    "epochs": 2,
    "train_batches": 3,
    "val_batches": 2,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "clip": 1.0,
    "prune_fraction": 0.25,
    "log_every": 2,
    "save_dir": None,
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
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--prune-fraction", type=float, default=None)
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--no-prune", action="store_true")
    return p.parse_args(argv)


def merge_config(args):
    cfg = dict(DEFAULT_CONFIG)
    for key in ("epochs", "hidden", "lr", "prune_fraction"):
        val = getattr(args, key)
        if val is not None:
            cfg[key] = val
    cfg["prune"] = not args.no_prune
    return cfg


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.sum = 0.0
        self.count = 0

    def update(self, val, n=1):
        self.sum += float(val) * n
        self.count += n

    @property
    def avg(self):
        return self.sum / max(self.count, 1)


class MetricTracker:
    def __init__(self, n_classes):
        self.n_classes = n_classes
        self.confusion = torch.zeros(n_classes, n_classes, dtype=torch.long)

    def update(self, logits, targets):
        preds = logits.argmax(-1)
        for t, p in zip(targets.tolist(), preds.tolist()):
            self.confusion[t, p] += 1

    def accuracy(self):
        total = self.confusion.sum().item()
        return self.confusion.diag().sum().item() / max(total, 1)

    def macro_f1(self):
        f1s = []
        for c in range(self.n_classes):
            tp = self.confusion[c, c].item()
            fp = self.confusion[:, c].sum().item() - tp
            fn = self.confusion[c, :].sum().item() - tp
            denom = 2 * tp + fp + fn
            f1s.append(0.0 if denom == 0 else 2 * tp / denom)
        return sum(f1s) / len(f1s)

    def summary(self):
        return {"acc": round(self.accuracy(), 4), "macro_f1": round(self.macro_f1(), 4)}


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------
def synth_bell_batch(cfg):
    """Partials drift with lathe turns; the class decides which partial drifts fastest."""
    b, t, k = cfg["batch_size"], cfg["seq_len"], cfg["n_partials"]
    labels = torch.randint(0, cfg["n_classes"], (b,))
    base = torch.linspace(0.5, 2.5, k).expand(b, t, k).clone()
    drift = torch.zeros(b, t, k)
    for i, lab in enumerate(labels.tolist()):
        drift[i, :, lab] = torch.linspace(0, 0.3, t)
    x = base + drift + 0.05 * torch.randn(b, t, k)
    return x, labels


def make_loader(cfg, n_batches):
    return [synth_bell_batch(cfg) for _ in range(n_batches)]


def normalise(x, stats):
    return (x - stats["mean"]) / stats["std"]


def fit_stats(loader):
    xs = torch.cat([x for x, _ in loader], 0)
    return {"mean": xs.mean((0, 1)), "std": xs.std((0, 1)) + 1e-6}


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------
class AttentionPool(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.query = nn.Linear(dim, 1, bias=False)

    def forward(self, h):
        w = torch.softmax(self.query(h).squeeze(-1), dim=1)
        return (w.unsqueeze(-1) * h).sum(1), w


class BellClassifier(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        d = cfg["hidden"] * (2 if cfg["bidirectional"] else 1)
        self.inp = nn.Linear(cfg["n_partials"], cfg["hidden"])
        self.encoder = nn.LSTM(
            cfg["hidden"], cfg["hidden"], num_layers=cfg["layers"],
            batch_first=True, bidirectional=cfg["bidirectional"], dropout=cfg["dropout"],
        )
        self.pool = AttentionPool(d)
        self.hidden_layer = nn.Linear(d, d)
        self.classifier = nn.Linear(d, cfg["n_classes"])
        self.register_buffer("unit_mask", torch.ones(d))

    def features(self, x):
        h, _ = self.encoder(torch.tanh(self.inp(x)))
        pooled, attn = self.pool(h)
        return pooled, attn

    def forward(self, x):
        pooled, _ = self.features(x)
        z = F.gelu(self.hidden_layer(pooled)) * self.unit_mask
        return self.classifier(z)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ---------------------------------------------------------------------------
# train / eval
# ---------------------------------------------------------------------------
def train_one_epoch(model, loader, opt, cfg, stats, epoch):
    model.train()
    meter = AverageMeter()
    tracker = MetricTracker(cfg["n_classes"])
    for i, (x, y) in enumerate(loader):
        logits = model(normalise(x, stats))
        loss = F.cross_entropy(logits, y)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        meter.update(loss.item(), x.size(0))
        tracker.update(logits.detach(), y)
        if (i + 1) % cfg["log_every"] == 0:
            LOG.debug("epoch %d batch %d loss %.4f", epoch, i + 1, meter.avg)
    return meter.avg, tracker.summary()


def evaluate(model, loader, cfg, stats):
    model.eval()
    meter = AverageMeter()
    tracker = MetricTracker(cfg["n_classes"])
    with torch.no_grad():
        for x, y in loader:
            logits = model(normalise(x, stats))
            meter.update(F.cross_entropy(logits, y).item(), x.size(0))
            tracker.update(logits, y)
    return meter.avg, tracker.summary()


# ---------------------------------------------------------------------------
# pruning by gradient saliency on a validation batch
# ---------------------------------------------------------------------------
def unit_saliency(model, batch, stats):
    """|activation * gradient| per hidden unit, summed over the batch (first-order Taylor score)."""
    x, y = batch
    store = {}

    def keep(_m, _inp, out):
        out.retain_grad()
        store["act"] = out

    handle = model.hidden_layer.register_forward_hook(keep)
    try:
        model.zero_grad()
        # the encoder is not being scored: run it without a graph and let only the head see autograd
        with torch.no_grad():
            pooled, _ = model.features(normalise(x, stats))
        z = F.gelu(model.hidden_layer(pooled)) * model.unit_mask
        loss = F.cross_entropy(model.classifier(z), y)
        loss.backward()
        act = store["act"]
        scores = (act * act.grad).abs().sum(0)
    finally:
        handle.remove()
        model.zero_grad()
    return scores.detach()


def prune_units(model, scores, fraction):
    n = scores.numel()
    k = int(math.floor(n * fraction))
    if k == 0:
        return []
    weakest = torch.argsort(scores)[:k]
    model.unit_mask[weakest] = 0.0
    return weakest.tolist()


# ---------------------------------------------------------------------------
# checkpointing
# ---------------------------------------------------------------------------
def save_checkpoint(model, cfg, history, path):
    torch.save({"model": model.state_dict(), "cfg": cfg, "history": history}, path)
    LOG.info("saved checkpoint to %s", os.path.basename(path))


def load_checkpoint(model, path):
    blob = torch.load(path, weights_only=False)
    model.load_state_dict(blob["model"])
    return blob["history"]


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------
def run(cfg):
    set_seed(cfg["seed"])
    train_loader = make_loader(cfg, cfg["train_batches"])
    val_loader = make_loader(cfg, cfg["val_batches"])
    stats = fit_stats(train_loader)

    model = BellClassifier(cfg)
    LOG.info("model has %d trainable parameters", count_parameters(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=max(cfg["epochs"], 1))

    history = defaultdict(list)
    best_f1, best_state = -1.0, None
    tmpdir = tempfile.mkdtemp(prefix="bellfounder_")
    ckpt = os.path.join(tmpdir, "best.pt")
    try:
        for epoch in range(cfg["epochs"]):
            t0 = time.time()
            tr_loss, tr_metrics = train_one_epoch(model, train_loader, opt, cfg, stats, epoch)
            va_loss, va_metrics = evaluate(model, val_loader, cfg, stats)
            sched.step()
            history["train_loss"].append(tr_loss)
            history["val_loss"].append(va_loss)
            history["val_f1"].append(va_metrics["macro_f1"])
            LOG.info(
                "epoch %d train %.4f %s val %.4f %s (%.2fs)",
                epoch, tr_loss, tr_metrics, va_loss, va_metrics, time.time() - t0,
            )
            if va_metrics["macro_f1"] > best_f1:
                best_f1 = va_metrics["macro_f1"]
                best_state = {k: v.clone() for k, v in model.state_dict().items()}
                save_checkpoint(model, cfg, dict(history), ckpt)

        if best_state is not None:
            model.load_state_dict(best_state)

        final_loss, final_metrics = evaluate(model, val_loader, cfg, stats)
        LOG.info("best model on validation: loss %.4f %s", final_loss, final_metrics)

        if cfg["prune"]:
            scores = unit_saliency(model, val_loader[0], stats)
            pruned = prune_units(model, scores, cfg["prune_fraction"])
            LOG.info("pruned %d head units: %s", len(pruned), pruned)
            post_loss, post_metrics = evaluate(model, val_loader, cfg, stats)
            LOG.info("after pruning: loss %.4f %s", post_loss, post_metrics)
            history["pruned"] = pruned

        restored = load_checkpoint(BellClassifier(cfg), ckpt)
        LOG.info("checkpoint history keys: %s", sorted(restored))
    finally:
        if os.path.exists(ckpt):
            os.remove(ckpt)
        os.rmdir(tmpdir)
    return history


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_config(args)
    LOG.info("config: %s", json.dumps({k: v for k, v in cfg.items() if k != "save_dir"}))
    history = run(cfg)
    print(json.dumps({k: v for k, v in history.items()}, default=str)[:200])


if __name__ == "__main__":
    main()
