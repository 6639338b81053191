# expect: clean
"""Saddler stitch-tension monitoring.

Research code for predicting stitch failure from needle-force traces recorded on a saddle-stitching
machine. The model is a small GRU encoder with two heads: a failure classifier and a self-supervised
reconstruction head used for test-time training (TTT) on each evaluation batch.

Usage:
    python saddler_stitch_ttt_long.py --epochs 2 --ttt-steps 1
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

LOG = logging.getLogger("saddler")

CONFIG = {
    "seed": 11,
    "n_features": 3,
    "seq_len": 8,
    "hidden": 12,
    "layers": 1,
    "dropout": 0.0,
    "n_classes": 2,
    "batch_size": 4,
    "n_train_batches": 4,
    "n_val_batches": 2,
    "lr": 5e-3,
    "weight_decay": 1e-4,
    "ttt_lr": 1e-3,
    "ttt_steps": 1,
    "mask_ratio": 0.25,
    "recon_weight": 0.5,
    "clip_norm": 1.0,
    "log_every": 2,
    "save_best": True,
}


# --------------------------------------------------------------------------------------------
# utilities
# --------------------------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


class AverageMeter:
    def __init__(self, name):
        self.name = name
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

    def __repr__(self):
        return f"{self.name}={self.avg:.4f}"


class MetricTracker:
    def __init__(self, *names):
        self.meters = {n: AverageMeter(n) for n in names}

    def update(self, **values):
        for k, v in values.items():
            self.meters[k].update(v)

    def result(self):
        return {k: m.avg for k, m in self.meters.items()}

    def reset(self):
        for m in self.meters.values():
            m.reset()


def binary_f1(pred, target):
    tp = ((pred == 1) & (target == 1)).sum().item()
    fp = ((pred == 1) & (target == 0)).sum().item()
    fn = ((pred == 0) & (target == 1)).sum().item()
    if tp == 0:
        return 0.0
    p = tp / (tp + fp)
    r = tp / (tp + fn)
    return 2 * p * r / (p + r)


def accuracy(logits, target):
    return (logits.argmax(-1) == target).float().mean().item()


# --------------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------------
def synth_trace(cfg, fail):
    t = torch.linspace(0, 1, cfg["seq_len"])
    base = torch.stack([torch.sin(6.28 * t), torch.cos(3.14 * t), t], -1)
    if fail:
        base[cfg["seq_len"] // 2:, 0] += 0.8
    return base + 0.1 * torch.randn_like(base)


def make_batches(cfg, n_batches):
    out = []
    for _ in range(n_batches):
        y = torch.randint(0, cfg["n_classes"], (cfg["batch_size"],))
        x = torch.stack([synth_trace(cfg, bool(v)) for v in y])
        out.append((x, y))
    return out


def normalise(batches):
    allx = torch.cat([x for x, _ in batches])
    mu, sd = allx.mean((0, 1)), allx.std((0, 1)) + 1e-6
    return [((x - mu) / sd, y) for x, y in batches], (mu, sd)


def random_mask(x, ratio):
    m = (torch.rand(x.shape[:2]) < ratio).unsqueeze(-1).float()
    return x * (1 - m), m


# --------------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------------
class StitchEncoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.inp = nn.Linear(cfg["n_features"], cfg["hidden"])
        self.gru = nn.GRU(cfg["hidden"], cfg["hidden"], num_layers=cfg["layers"], batch_first=True,
                          dropout=cfg["dropout"] if cfg["layers"] > 1 else 0.0)
        self.norm = nn.LayerNorm(cfg["hidden"])

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.inp(x)))
        return self.norm(h)


class StitchModel(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.encoder = StitchEncoder(cfg)
        self.cls_head = nn.Linear(cfg["hidden"], cfg["n_classes"])
        self.rec_head = nn.Linear(cfg["hidden"], cfg["n_features"])

    def forward(self, x):
        h = self.encoder(x)
        return self.cls_head(h[:, -1]), self.rec_head(h)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------------------------
# losses
# --------------------------------------------------------------------------------------------
def reconstruction_loss(model, x, ratio):
    xm, m = random_mask(x, ratio)
    _, rec = model(xm)
    return ((rec - x) ** 2 * m).sum() / m.sum().clamp(min=1.0)


def supervised_loss(model, x, y, cfg):
    logits, rec = model(x)
    ce = F.cross_entropy(logits, y)
    rl = reconstruction_loss(model, x, cfg["mask_ratio"])
    return ce + cfg["recon_weight"] * rl, logits


# --------------------------------------------------------------------------------------------
# test-time training
# --------------------------------------------------------------------------------------------
def ttt_adapt(model, x, cfg):
    """Adapt the encoder on the unlabelled batch with the masked-reconstruction objective."""
    adapted = copy.deepcopy(model)
    adapted.train()  # the copy inherits eval() from evaluate(); adapt it in training mode
    params = list(adapted.encoder.parameters())
    opt = torch.optim.SGD(params, lr=cfg["ttt_lr"])
    for _ in range(cfg["ttt_steps"]):
        loss = reconstruction_loss(adapted, x, cfg["mask_ratio"])
        opt.zero_grad()
        loss.backward()
        opt.step()
    return adapted


# --------------------------------------------------------------------------------------------
# train / eval
# --------------------------------------------------------------------------------------------
def train_one_epoch(model, batches, opt, cfg, epoch):
    model.train()
    tracker = MetricTracker("loss", "acc")
    for i, (x, y) in enumerate(batches):
        loss, logits = supervised_loss(model, x, y, cfg)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip_norm"])
        opt.step()
        tracker.update(loss=loss.item(), acc=accuracy(logits, y))
        if i % cfg["log_every"] == 0:
            LOG.debug("epoch %d it %d %s", epoch, i, tracker.result())
    return tracker.result()


def evaluate(model, batches, cfg, use_ttt):
    model.eval()
    preds, targets = [], []
    tracker = MetricTracker("acc")
    for x, y in batches:
        net = ttt_adapt(model, x, cfg) if use_ttt else model
        with torch.no_grad():
            logits, _ = net(x)
        preds.append(logits.argmax(-1))
        targets.append(y)
        tracker.update(acc=accuracy(logits, y))
    res = tracker.result()
    res["f1"] = binary_f1(torch.cat(preds), torch.cat(targets))
    return res


class Checkpointer:
    def __init__(self, enabled):
        self.enabled = enabled
        self.best = -math.inf
        self.path = None
        self.dir = tempfile.mkdtemp(prefix="saddler_") if enabled else None

    def maybe_save(self, model, metric):
        if not self.enabled or metric <= self.best:
            return False
        self.best = metric
        self.path = os.path.join(self.dir, "best.pt")
        torch.save(model.state_dict(), self.path)
        return True

    def restore(self, model):
        if self.path:
            model.load_state_dict(torch.load(self.path))

    def cleanup(self):
        if self.path and os.path.exists(self.path):
            os.remove(self.path)
        if self.dir and os.path.isdir(self.dir):
            os.rmdir(self.dir)


def build_optimizer(model, cfg):
    decay, no_decay = [], []
    for n, p in model.named_parameters():
        (no_decay if n.endswith("bias") or "norm" in n else decay).append(p)
    return torch.optim.AdamW([
        {"params": decay, "weight_decay": cfg["weight_decay"]},
        {"params": no_decay, "weight_decay": 0.0},
    ], lr=cfg["lr"])


def summarise(history):
    rows = defaultdict(list)
    for h in history:
        for k, v in h.items():
            rows[k].append(v)
    return {k: (min(v), max(v)) for k, v in rows.items() if isinstance(v[0], float)}


# --------------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------------
def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--ttt-steps", type=int, default=CONFIG["ttt_steps"])
    ap.add_argument("--no-ttt", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--override", type=str, default="{}", help="JSON dict merged into CONFIG")
    return ap.parse_args()


def main():
    args = parse_args()
    setup_logging(args.verbose)
    cfg = dict(CONFIG)
    cfg.update(json.loads(args.override))
    cfg["ttt_steps"] = args.ttt_steps
    set_seed(cfg["seed"])

    train_b, stats = normalise(make_batches(cfg, cfg["n_train_batches"]))
    mu, sd = stats
    val_b = [((x - mu) / sd, y) for x, y in make_batches(cfg, cfg["n_val_batches"])]

    model = StitchModel(cfg)
    LOG.info("model has %d parameters", count_parameters(model))
    opt = build_optimizer(model, cfg)
    ckpt = Checkpointer(cfg["save_best"])
    history = []
    t0 = time.time()
    try:
        for epoch in range(args.epochs):
            tr = train_one_epoch(model, train_b, opt, cfg, epoch)
            va = evaluate(model, val_b, cfg, use_ttt=not args.no_ttt)
            history.append({"epoch": epoch, **tr, **{f"val_{k}": v for k, v in va.items()}})
            saved = ckpt.maybe_save(model, va["acc"])
            LOG.info("epoch %d train %s val %s%s", epoch, tr, va, " *" if saved else "")
        ckpt.restore(model)
        final = evaluate(model, val_b, cfg, use_ttt=not args.no_ttt)
        LOG.info("final %s (%.1fs)", final, time.time() - t0)
        LOG.info("ranges %s", summarise(history))
    finally:
        ckpt.cleanup()


if __name__ == "__main__":
    main()
