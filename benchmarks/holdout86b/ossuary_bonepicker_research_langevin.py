# expect: crash
"""Ossuary bone-fragment sequencing: research script.

Predicts the anatomical class of a fragment from a sequence of surface-scan
profiles. Stages: pretrain -> validate -> fine-tune on the hard split -> Langevin samples -> report.
Usage:
    python ossuary_bonepicker_research_langevin.py --epochs 2 --hidden 12
"""
import argparse
import copy
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

LOG = logging.getLogger("ossuary")

DEFAULT_CONFIG = {
    "data": {"n_train": 32, "n_val": 12, "n_hard": 8, "steps": 9, "features": 5, "classes": 4, "seed": 11},
    "model": {"hidden": 12, "layers": 2, "dropout": 0.1, "bidirectional": True},
    "optim": {"lr": 5e-3, "weight_decay": 1e-4, "clip": 1.0},
    "train": {"epochs": 2, "batch_size": 4, "patience": 2},
    "finetune": {"enabled": True, "steps": 3, "lr": 1e-3},
    "langevin": {"enabled": True, "steps": 4, "step_size": 0.05, "noise": 0.01},
    "report": {"write_json": True},
}


# ----------------------------------------------------------------------------
# utilities
# ----------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def deep_update(base, extra):
    out = copy.deepcopy(base)
    for k, v in extra.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_update(out[k], v)
        else:
            out[k] = v
    return out


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s",
        stream=sys.stdout,
    )


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.sum, self.count = 0.0, 0

    def update(self, val, n=1):
        self.sum += val * n
        self.count += n

    @property
    def avg(self):
        return self.sum / max(self.count, 1)


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.t0
        return False


# ----------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------
def synth_split(n, steps, features, classes, shift=0.0):
    y = torch.randint(0, classes, (n,))
    base = torch.randn(n, steps, features) * 0.5
    signal = (y.float()[:, None, None] / classes) + shift
    x = base + signal * torch.linspace(0, 1, steps)[None, :, None]
    return x, y


def make_data(cfg):
    d = cfg["data"]
    set_seed(d["seed"])
    train = synth_split(d["n_train"], d["steps"], d["features"], d["classes"])
    val = synth_split(d["n_val"], d["steps"], d["features"], d["classes"])
    hard = synth_split(d["n_hard"], d["steps"], d["features"], d["classes"], shift=0.4)
    return {"train": train, "val": val, "hard": hard}


def iterate(split, batch_size, shuffle=True):
    x, y = split
    idx = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), batch_size):
        j = idx[i:i + batch_size]
        yield x[j], y[j]


# ----------------------------------------------------------------------------
# model
# ----------------------------------------------------------------------------
class ProfileEncoder(nn.Module):
    def __init__(self, features, hidden, layers, dropout, bidirectional):
        super().__init__()
        self.norm = nn.LayerNorm(features)
        self.rnn = nn.LSTM(features, hidden, num_layers=layers, dropout=dropout,
                           bidirectional=bidirectional, batch_first=True)
        self.out_dim = hidden * (2 if bidirectional else 1)

    def forward(self, x):
        h, _ = self.rnn(self.norm(x))
        return h


class AttentionPool(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.score = nn.Linear(dim, 1)

    def forward(self, h):
        w = torch.softmax(self.score(h).squeeze(-1), dim=1)
        return (w.unsqueeze(-1) * h).sum(1), w


class FragmentClassifier(nn.Module):
    def __init__(self, features, classes, hidden, layers, dropout, bidirectional):
        super().__init__()
        self.encoder = ProfileEncoder(features, hidden, layers, dropout, bidirectional)
        self.pool = AttentionPool(self.encoder.out_dim)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(self.encoder.out_dim, classes)

    def forward(self, x, return_attn=False):
        pooled, attn = self.pool(self.encoder(x))
        logits = self.head(self.drop(pooled))
        return (logits, attn) if return_attn else logits

    def energy(self, x):
        return -torch.logsumexp(self(x), dim=-1)


def build_model(cfg):
    m, d = cfg["model"], cfg["data"]
    return FragmentClassifier(d["features"], d["classes"], m["hidden"], m["layers"], m["dropout"],
                              m["bidirectional"])


def count_params(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ----------------------------------------------------------------------------
# metrics
# ----------------------------------------------------------------------------
def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def macro_f1(logits, y, classes):
    pred = logits.argmax(-1)
    f1s = []
    for c in range(classes):
        tp = ((pred == c) & (y == c)).sum().item()
        fp = ((pred == c) & (y != c)).sum().item()
        fn = ((pred != c) & (y == c)).sum().item()
        denom = 2 * tp + fp + fn
        f1s.append(2 * tp / denom if denom else 0.0)
    return sum(f1s) / classes


def expected_calibration_error(logits, y, bins=5):
    probs = logits.softmax(-1)
    conf, pred = probs.max(-1)
    ece = 0.0
    edges = torch.linspace(0, 1, bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (conf > lo) & (conf <= hi)
        if m.any():
            ece += m.float().mean().item() * abs(conf[m].mean().item() - (pred[m] == y[m]).float().mean().item())
    return ece


# ----------------------------------------------------------------------------
# training / evaluation
# ----------------------------------------------------------------------------
def make_optimizer(model, lr, weight_decay):
    decay, no_decay = [], []
    for n, p in model.named_parameters():
        (no_decay if n.endswith("bias") or "norm" in n else decay).append(p)
    return torch.optim.AdamW([{"params": decay, "weight_decay": weight_decay},
                              {"params": no_decay, "weight_decay": 0.0}], lr=lr)


def train_one_epoch(model, split, opt, cfg, epoch):
    model.train()
    meter = AverageMeter()
    for step, (x, y) in enumerate(iterate(split, cfg["train"]["batch_size"])):
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        opt.step()
        meter.update(loss.item(), len(x))
        LOG.debug("epoch %d step %d loss %.4f", epoch, step, loss.item())
    return meter.avg


@torch.no_grad()
def evaluate(model, split, cfg):
    model.eval()
    logits, ys = [], []
    for x, y in iterate(split, cfg["train"]["batch_size"], shuffle=False):
        logits.append(model(x))
        ys.append(y)
    logits, ys = torch.cat(logits), torch.cat(ys)
    return {
        "loss": F.cross_entropy(logits, ys).item(),
        "acc": accuracy(logits, ys),
        "f1": macro_f1(logits, ys, cfg["data"]["classes"]),
        "ece": expected_calibration_error(logits, ys),
    }


class EarlyStopping:
    def __init__(self, patience):
        self.patience = patience
        self.best = math.inf
        self.bad = 0
        self.best_state = None

    def step(self, model, val_loss):
        if val_loss < self.best:
            self.best, self.bad = val_loss, 0
            self.best_state = copy.deepcopy(model.state_dict())
            return False
        self.bad += 1
        return self.bad >= self.patience

    def restore(self, model):
        if self.best_state is not None:
            model.load_state_dict(self.best_state)
        return model


def pretrain(model, data, cfg):
    opt = make_optimizer(model, cfg["optim"]["lr"], cfg["optim"]["weight_decay"])
    stopper = EarlyStopping(cfg["train"]["patience"])
    history = defaultdict(list)
    for epoch in range(cfg["train"]["epochs"]):
        with Timer() as t:
            tr_loss = train_one_epoch(model, data["train"], opt, cfg, epoch)
        metrics = evaluate(model, data["val"], cfg)
        history["train_loss"].append(tr_loss)
        for k, v in metrics.items():
            history["val_" + k].append(v)
        LOG.info("epoch %d train %.4f val %.4f acc %.3f (%.2fs)", epoch, tr_loss, metrics["loss"],
                 metrics["acc"], t.elapsed)
        if stopper.step(model, metrics["loss"]):
            LOG.info("early stop at epoch %d", epoch)
            break
    stopper.restore(model)
    return history


def finetune_hard(model, data, cfg):
    """A few extra steps on the hard (shifted) split, starting from the best weights."""
    ft = cfg["finetune"]
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=ft["lr"], momentum=0.9)
    losses = []
    for step in range(ft["steps"]):
        for x, y in iterate(data["hard"], cfg["train"]["batch_size"]):
            loss = F.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            losses.append(loss.item())
    LOG.info("finetune mean loss %.4f", sum(losses) / len(losses))
    return losses


def langevin_samples(model, cfg, n=4):
    """Draw fragment profiles from the classifier's energy with a few Langevin steps."""
    lg, d = cfg["langevin"], cfg["data"]
    model.eval()
    x = torch.randn(n, d["steps"], d["features"])
    for _ in range(lg["steps"]):
        x = x.detach().requires_grad_(True)
        e = model.energy(x).sum()
        (g,) = torch.autograd.grad(e, x)  # TM001-here
        x = x - lg["step_size"] * g + lg["noise"] * torch.randn_like(x)
    return x.detach()


def write_report(path, payload):
    with open(path, "w") as f:
        json.dump(payload, f, indent=2)
    LOG.info("report written to %s", path)


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--no-finetune", action="store_true")
    p.add_argument("--langevin", action="store_true")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def config_from_args(args):
    extra = {}
    if args.epochs is not None:
        extra.setdefault("train", {})["epochs"] = args.epochs
    if args.hidden is not None:
        extra.setdefault("model", {})["hidden"] = args.hidden
    if args.lr is not None:
        extra.setdefault("optim", {})["lr"] = args.lr
    if args.no_finetune:
        extra.setdefault("finetune", {})["enabled"] = False
    if args.langevin:
        extra.setdefault("langevin", {})["enabled"] = True
    return deep_update(DEFAULT_CONFIG, extra)


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = config_from_args(args)
    data = make_data(cfg)
    model = build_model(cfg)
    LOG.info("model has %d parameters", count_params(model))
    history = pretrain(model, data, cfg)
    report = {"history": dict(history), "config": cfg}
    report["hard_before"] = evaluate(model, data["hard"], cfg)
    if cfg["finetune"]["enabled"]:
        report["finetune_losses"] = finetune_hard(model, data, cfg)
        report["hard_after"] = evaluate(model, data["hard"], cfg)
    if cfg["langevin"]["enabled"]:
        samples = langevin_samples(model, cfg)
        with torch.no_grad():
            report["sample_energy"] = model.energy(samples).mean().item()
    if cfg["report"]["write_json"]:
        fd, path = tempfile.mkstemp(suffix=".json")
        os.close(fd)
        try:
            write_report(path, report)
        finally:
            os.remove(path)
    LOG.info("done: hard acc %.3f", report.get("hard_after", report["hard_before"])["acc"])


if __name__ == "__main__":
    main([])
