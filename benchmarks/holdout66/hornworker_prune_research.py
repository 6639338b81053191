# expect: crash
"""
Hornworker: horn-blank moisture curves -> defect class.

Research script: train an LSTM classifier, and after every epoch compute gradient-based
saliency pruning scores (|w * dL/dw|) on a validation batch to decide which hidden units
of the head to mask at the end. Everything is tiny and synthetic so it runs anywhere.
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

LOG = logging.getLogger("hornworker.prune")

DEFAULT_CONFIG = {
    "seed": 0,
    "n_features": 4,
    "hidden": 12,
    "n_classes": 3,
    "seq_len": 9,
    "batch_size": 6,
    "n_train_batches": 4,
    "n_val_batches": 2,
    "epochs": 2,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "clip": 1.0,
    "prune_fraction": 0.25,
    "score_every": 1,
    "label_smoothing": 0.05,
    "dropout": 0.1,
    "log_every": 2,
}


# --------------------------------------------------------------------------- utils
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--hidden", type=int, default=None)
    ap.add_argument("--prune-fraction", type=float, default=None)
    ap.add_argument("--out-dir", default=None, help="where to write metrics (temp dir by default)")
    ap.add_argument("--verbose", action="store_true")
    return ap.parse_args(argv)


def merge_config(args):
    cfg = dict(DEFAULT_CONFIG)
    if args.epochs is not None:
        cfg["epochs"] = args.epochs
    if args.hidden is not None:
        cfg["hidden"] = args.hidden
    if args.prune_fraction is not None:
        cfg["prune_fraction"] = args.prune_fraction
    return cfg


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


class MetricLog:
    def __init__(self):
        self.rows = defaultdict(list)

    def add(self, **kw):
        for k, v in kw.items():
            self.rows[k].append(float(v))

    def last(self, key):
        return self.rows[key][-1] if self.rows[key] else float("nan")

    def dump(self, path):
        with open(path, "w") as fh:
            json.dump(self.rows, fh)


# --------------------------------------------------------------------------- data
def synth_curve_batch(cfg, gen):
    b, t, f = cfg["batch_size"], cfg["seq_len"], cfg["n_features"]
    y = torch.randint(0, cfg["n_classes"], (b,), generator=gen)
    base = torch.linspace(0, 1, t)[None, :, None].expand(b, t, f)
    slope = (y.float() + 1)[:, None, None] * 0.3
    x = base * slope + 0.2 * torch.randn(b, t, f, generator=gen)
    return x, y


def make_loader(cfg, n_batches, seed):
    gen = torch.Generator().manual_seed(seed)
    return [synth_curve_batch(cfg, gen) for _ in range(n_batches)]


# --------------------------------------------------------------------------- model
class CurveClassifier(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.norm = nn.LayerNorm(cfg["n_features"])
        self.lstm = nn.LSTM(cfg["n_features"], cfg["hidden"], batch_first=True)
        self.drop = nn.Dropout(cfg["dropout"])
        self.hidden_fc = nn.Linear(cfg["hidden"], cfg["hidden"])
        self.out = nn.Linear(cfg["hidden"], cfg["n_classes"])
        self.register_buffer("unit_mask", torch.ones(cfg["hidden"]))

    def forward(self, x):
        h, _ = self.lstm(self.norm(x))
        z = F.gelu(self.hidden_fc(self.drop(h[:, -1])))
        return self.out(z * self.unit_mask)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------- metrics
def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def macro_f1(logits, y, n_classes):
    pred = logits.argmax(-1)
    f1s = []
    for c in range(n_classes):
        tp = ((pred == c) & (y == c)).sum().item()
        fp = ((pred == c) & (y != c)).sum().item()
        fn = ((pred != c) & (y == c)).sum().item()
        denom = 2 * tp + fp + fn
        f1s.append(2 * tp / denom if denom else 0.0)
    return sum(f1s) / n_classes


def expected_calibration_error(logits, y, n_bins=5):
    probs = logits.softmax(-1)
    conf, pred = probs.max(-1)
    ece = 0.0
    for i in range(n_bins):
        lo, hi = i / n_bins, (i + 1) / n_bins
        sel = (conf > lo) & (conf <= hi)
        if sel.any():
            ece += sel.float().mean().item() * abs((pred[sel] == y[sel]).float().mean().item() - conf[sel].mean().item())
    return ece


# --------------------------------------------------------------------------- train / eval
def train_one_epoch(model, loader, opt, cfg, epoch):
    model.train()
    meter = AverageMeter()
    for i, (x, y) in enumerate(loader):
        logits = model(x)
        loss = F.cross_entropy(logits, y, label_smoothing=cfg["label_smoothing"])
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        meter.update(loss.item(), x.shape[0])
        if i % cfg["log_every"] == 0:
            LOG.debug("epoch %d it %d loss %.4f", epoch, i, loss.item())
    return meter.avg


def evaluate(model, loader, cfg):
    model.eval()
    all_logits, all_y = [], []
    with torch.no_grad():
        for x, y in loader:
            all_logits.append(model(x))
            all_y.append(y)
    logits, y = torch.cat(all_logits), torch.cat(all_y)
    return {
        "val_loss": F.cross_entropy(logits, y).item(),
        "val_acc": accuracy(logits, y),
        "val_f1": macro_f1(logits, y, cfg["n_classes"]),
        "val_ece": expected_calibration_error(logits, y),
    }


def saliency_scores(model, batch):
    """|w * dL/dw| for the hidden units of `hidden_fc`, summed over input weights."""
    x, y = batch
    model.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()  # TM001-here
    w = model.hidden_fc.weight
    scores = (w * w.grad).abs().sum(1).detach()
    model.zero_grad()
    return scores


def apply_unit_mask(model, scores, fraction):
    k = int(math.floor(fraction * scores.numel()))
    if k == 0:
        return 0
    idx = scores.argsort()[:k]
    model.unit_mask[idx] = 0.0
    return k


# --------------------------------------------------------------------------- main
def run(cfg, out_dir):
    set_seed(cfg["seed"])
    train_loader = make_loader(cfg, cfg["n_train_batches"], cfg["seed"] + 1)
    val_loader = make_loader(cfg, cfg["n_val_batches"], cfg["seed"] + 2)
    model = CurveClassifier(cfg)
    LOG.info("parameters: %d", count_parameters(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    metrics = MetricLog()
    score_sum = torch.zeros(cfg["hidden"])
    t0 = time.time()
    for epoch in range(cfg["epochs"]):
        train_loss = train_one_epoch(model, train_loader, opt, cfg, epoch)
        val = evaluate(model, val_loader, cfg)
        if epoch % cfg["score_every"] == 0:
            score_sum += saliency_scores(model, val_loader[0])
        metrics.add(epoch=epoch, train_loss=train_loss, **val)
        LOG.info("epoch %d train %.4f val %.4f acc %.3f f1 %.3f", epoch, train_loss,
                 val["val_loss"], val["val_acc"], val["val_f1"])
    pruned = apply_unit_mask(model, score_sum, cfg["prune_fraction"])
    final = evaluate(model, val_loader, cfg)
    LOG.info("pruned %d units; final acc %.3f (%.1fs)", pruned, final["val_acc"], time.time() - t0)
    path = os.path.join(out_dir, "metrics.json")
    metrics.dump(path)
    return path, final


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(name)s %(message)s")
    cfg = merge_config(args)
    own_tmp = args.out_dir is None
    out_dir = tempfile.mkdtemp(prefix="hornworker_") if own_tmp else args.out_dir
    try:
        path, final = run(cfg, out_dir)
        print(json.dumps({k: round(v, 4) for k, v in final.items()}))
    finally:
        if own_tmp:
            for name in os.listdir(out_dir):
                os.remove(os.path.join(out_dir, name))
            os.rmdir(out_dir)


if __name__ == "__main__":
    main()
