# expect: crash
"""Semi-supervised hallmark-stamp classification from forging-press vibration traces.

Research script: a bidirectional LSTM tagger trained with cross-entropy on a small labelled pool and
virtual adversarial training (VAT) on an unlabelled pool.  Everything is synthetic and tiny so that the
script can be run end to end on a laptop in a few seconds.

    python forger_vat_research.py --epochs 2 --xi 1e-6 --eps 2.0
"""
import argparse
import json
import logging
import math
import os
import random
import sys
import tempfile
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("forger.vat")

DEFAULT_CONFIG = {
    "data": {
        "n_labelled": 24,
        "n_unlabelled": 48,
        "n_val": 16,
        "seq_len": 12,
        "n_channels": 4,
        "n_classes": 3,
        "noise": 0.3,
    },
    "model": {
        "hidden": 12,
        "layers": 1,
        "dropout": 0.1,
        "bidirectional": True,
    },
    "optim": {
        "lr": 3e-3,
        "weight_decay": 1e-5,
        "clip": 1.0,
    },
    "vat": {
        "xi": 1e-6,
        "eps": 2.0,
        "power_iters": 1,
        "weight": 0.5,
        "warmup_epochs": 0,
    },
    "train": {
        "epochs": 2,
        "batch_size": 8,
        "log_every": 2,
        "seed": 13,
    },
}


# --------------------------------------------------------------------------------------------------
# utilities
# --------------------------------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def deep_update(base, override):
    out = json.loads(json.dumps(base))
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_update(out[key], value)
        else:
            out[key] = value
    return out


def setup_logging(verbose):
    level = logging.DEBUG if verbose else logging.INFO
    logging.basicConfig(stream=sys.stdout, level=level, format="%(asctime)s %(levelname)s %(message)s",
                        datefmt="%H:%M:%S")


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
    def __init__(self, names):
        self.meters = {n: AverageMeter() for n in names}

    def update(self, **values):
        for k, v in values.items():
            self.meters[k].update(v)

    def summary(self):
        return {k: round(m.avg, 4) for k, m in self.meters.items()}

    def reset(self):
        for m in self.meters.values():
            m.reset()


def macro_f1(pred, target, n_classes):
    f1s = []
    for c in range(n_classes):
        tp = ((pred == c) & (target == c)).sum().item()
        fp = ((pred == c) & (target != c)).sum().item()
        fn = ((pred != c) & (target == c)).sum().item()
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / n_classes


# --------------------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------------------
def synth_traces(n, cfg):
    t = torch.linspace(0, 1, cfg["seq_len"])
    labels = torch.randint(0, cfg["n_classes"], (n,))
    freq = (labels.float() + 1.0).view(n, 1, 1)
    base = torch.sin(2 * math.pi * freq * t.view(1, -1, 1))
    x = base.expand(n, cfg["seq_len"], cfg["n_channels"]).clone()
    x += cfg["noise"] * torch.randn_like(x)
    return x, labels


class PoolLoader:
    def __init__(self, x, y=None, batch_size=8, shuffle=True):
        self.x, self.y = x, y
        self.batch_size = batch_size
        self.shuffle = shuffle

    def __len__(self):
        return math.ceil(len(self.x) / self.batch_size)

    def __iter__(self):
        idx = torch.randperm(len(self.x)) if self.shuffle else torch.arange(len(self.x))
        for start in range(0, len(idx), self.batch_size):
            sel = idx[start:start + self.batch_size]
            if self.y is None:
                yield self.x[sel]
            else:
                yield self.x[sel], self.y[sel]


def build_loaders(cfg):
    d, bs = cfg["data"], cfg["train"]["batch_size"]
    xl, yl = synth_traces(d["n_labelled"], d)
    xu, _ = synth_traces(d["n_unlabelled"], d)
    xv, yv = synth_traces(d["n_val"], d)
    return (PoolLoader(xl, yl, bs), PoolLoader(xu, None, bs), PoolLoader(xv, yv, bs, shuffle=False))


# --------------------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------------------
class StampTagger(nn.Module):
    def __init__(self, n_channels, n_classes, hidden, layers, dropout, bidirectional):
        super().__init__()
        self.inp = nn.Linear(n_channels, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True,
                            bidirectional=bidirectional)
        mult = 2 if bidirectional else 1
        self.drop = nn.Dropout(dropout)
        self.att = nn.Linear(mult * hidden, 1)
        self.cls = nn.Linear(mult * hidden, n_classes)

    def forward(self, x):
        h, _ = self.lstm(torch.tanh(self.inp(x)))
        w = torch.softmax(self.att(h).squeeze(-1), dim=-1)
        pooled = (w.unsqueeze(-1) * h).sum(1)
        return self.cls(self.drop(pooled))


def build_model(cfg):
    d, m = cfg["data"], cfg["model"]
    return StampTagger(d["n_channels"], d["n_classes"], m["hidden"], m["layers"], m["dropout"],
                       m["bidirectional"])


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------------------------------
# VAT
# --------------------------------------------------------------------------------------------------
def _l2_normalize(d):
    flat = d.view(d.size(0), -1)
    return (flat / (flat.norm(dim=1, keepdim=True) + 1e-8)).view_as(d)


def _kl_logits(p_logits, q_logits):
    p = F.softmax(p_logits, dim=-1)
    return (p * (F.log_softmax(p_logits, -1) - F.log_softmax(q_logits, -1))).sum(-1).mean()


def vat_loss(model, x, xi, eps, power_iters):
    """Finds the adversarial direction with dropout disabled so that the power iteration is stable."""
    was_training = model.training
    model.eval()
    with torch.no_grad():
        clean_logits = model(x)
    d = _l2_normalize(torch.randn_like(x))
    for _ in range(power_iters):
        d.requires_grad_(True)
        adv_dist = _kl_logits(clean_logits, model(x + xi * d))
        (grad_d,) = torch.autograd.grad(adv_dist, d)  # TM001-here
        d = _l2_normalize(grad_d.detach())
    model.train(was_training)
    r_adv = eps * d
    return _kl_logits(clean_logits, model(x + r_adv))


# --------------------------------------------------------------------------------------------------
# train / eval
# --------------------------------------------------------------------------------------------------
def vat_weight(cfg, epoch):
    warm = cfg["vat"]["warmup_epochs"]
    if warm <= 0:
        return cfg["vat"]["weight"]
    return cfg["vat"]["weight"] * min(1.0, (epoch + 1) / warm)


def train_one_epoch(model, loaders, opt, cfg, epoch, tracker):
    labelled, unlabelled, _ = loaders
    model.train()
    tracker.reset()
    unl_iter = iter(unlabelled)
    for step, (x, y) in enumerate(labelled):
        try:
            xu = next(unl_iter)
        except StopIteration:
            unl_iter = iter(unlabelled)
            xu = next(unl_iter)
        logits = model(x)
        ce = F.cross_entropy(logits, y)
        lds = vat_loss(model, xu, cfg["vat"]["xi"], cfg["vat"]["eps"], cfg["vat"]["power_iters"])
        loss = ce + vat_weight(cfg, epoch) * lds
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        opt.step()
        acc = (logits.argmax(-1) == y).float().mean().item()
        tracker.update(ce=ce.item(), lds=lds.item(), acc=acc)
        if step % cfg["train"]["log_every"] == 0:
            LOG.debug("epoch %d step %d ce %.4f lds %.4f", epoch, step, ce.item(), lds.item())
    return tracker.summary()


@torch.no_grad()
def evaluate(model, loader, n_classes):
    model.eval()
    preds, targets = [], []
    loss_meter = AverageMeter()
    for x, y in loader:
        logits = model(x)
        loss_meter.update(F.cross_entropy(logits, y).item(), len(y))
        preds.append(logits.argmax(-1))
        targets.append(y)
    pred, target = torch.cat(preds), torch.cat(targets)
    return {
        "val_loss": round(loss_meter.avg, 4),
        "val_acc": round((pred == target).float().mean().item(), 4),
        "val_f1": round(macro_f1(pred, target, n_classes), 4),
    }


def save_checkpoint(model, path, meta):
    torch.save({"state_dict": model.state_dict(), "meta": meta}, path)


def load_checkpoint(model, path):
    blob = torch.load(path)
    model.load_state_dict(blob["state_dict"])
    return blob["meta"]


# --------------------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--xi", type=float, default=None)
    p.add_argument("--eps", type=float, default=None)
    p.add_argument("--vat-weight", type=float, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--config-json", type=str, default="{}", help="extra overrides as JSON")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def config_from_args(args):
    override = json.loads(args.config_json)
    cfg = deep_update(DEFAULT_CONFIG, override)
    if args.epochs is not None:
        cfg["train"]["epochs"] = args.epochs
    if args.xi is not None:
        cfg["vat"]["xi"] = args.xi
    if args.eps is not None:
        cfg["vat"]["eps"] = args.eps
    if args.vat_weight is not None:
        cfg["vat"]["weight"] = args.vat_weight
    if args.hidden is not None:
        cfg["model"]["hidden"] = args.hidden
    if args.seed is not None:
        cfg["train"]["seed"] = args.seed
    return cfg


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = config_from_args(args)
    set_seed(cfg["train"]["seed"])
    LOG.info("config: %s", json.dumps(cfg, sort_keys=True))

    loaders = build_loaders(cfg)
    model = build_model(cfg)
    LOG.info("model has %d trainable parameters", count_parameters(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["optim"]["lr"], weight_decay=cfg["optim"]["weight_decay"])
    tracker = MetricTracker(["ce", "lds", "acc"])
    history = defaultdict(list)

    workdir = tempfile.mkdtemp(prefix="forger_vat_")
    best_path = os.path.join(workdir, "best.pt")
    best_f1 = -1.0
    start = time.time()
    try:
        for epoch in range(cfg["train"]["epochs"]):
            train_stats = train_one_epoch(model, loaders, opt, cfg, epoch, tracker)
            val_stats = evaluate(model, loaders[2], cfg["data"]["n_classes"])
            for k, v in {**train_stats, **val_stats}.items():
                history[k].append(v)
            LOG.info("epoch %d train %s val %s", epoch, train_stats, val_stats)
            if val_stats["val_f1"] > best_f1:
                best_f1 = val_stats["val_f1"]
                save_checkpoint(model, best_path, {"epoch": epoch, **val_stats})
        meta = load_checkpoint(model, best_path)
        LOG.info("best checkpoint from epoch %d (f1 %.4f)", meta["epoch"], meta["val_f1"])
    finally:
        if os.path.exists(best_path):
            os.remove(best_path)
        os.rmdir(workdir)
    LOG.info("done in %.1fs", time.time() - start)
    return dict(history)


if __name__ == "__main__":
    main()
