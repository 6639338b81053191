# expect: clean
"""Cooperage stave grading from moisture-meter sweeps.

Research script: grades oak staves into {accept, re-season, reject} from a
sweep of moisture/temperature readings along the stave.  A bidirectional GRU
classifier is trained with class weights; after each run we compute
input-gradient attributions on the validation staves to see which part of the
sweep drives a "reject" call, and fine-tune on hard examples.

Usage:
    python long_cooperage_staves.py --epochs 2 --deterministic 1
"""
import argparse
import csv
import logging
import math
import os
import random
import sys
import tempfile
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("cooperage")

CLASSES = ("accept", "reseason", "reject")

DEFAULTS = {
    "seed": 3,
    "deterministic": True,
    "n_staves": 30,
    "sweep_len": 10,
    "n_channels": 3,
    "hidden": 8,
    "emb": 6,
    "lr": 1e-2,
    "batch": 5,
    "epochs": 2,
    "hard_frac": 0.3,
    "hard_steps": 2,
    "attr_topk": 3,
}


# ---------------------------------------------------------------------------
# setup
# ---------------------------------------------------------------------------

def setup_backends(cfg):
    """Reproducibility first: the grading audit needs bit-identical reruns."""
    torch.manual_seed(cfg["seed"])
    random.seed(cfg["seed"])
    if cfg["deterministic"]:
        torch.backends.cudnn.benchmark = False
        torch.backends.cudnn.deterministic = True
        # cuDNN RNN kernels are not bitwise reproducible across runs for us
        torch.backends.cudnn.enabled = False
    logger.info("cudnn enabled=%s", torch.backends.cudnn.enabled)


def configure_logging(level):
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


@dataclass
class RunState:
    epoch: int = 0
    best_f1: float = -1.0
    history: list = field(default_factory=list)


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------

def simulate_staves(cfg):
    n, T, C = cfg["n_staves"], cfg["sweep_len"], cfg["n_channels"]
    base = torch.randn(n, 1, C) * 0.3
    pos = torch.linspace(0, 1, T)[None, :, None]
    x = base + 0.2 * torch.sin(6 * pos) + 0.1 * torch.randn(n, T, C)
    wet = x[:, :, 0].mean(1)
    y = torch.zeros(n, dtype=torch.long)
    y[wet > 0.1] = 1
    y[wet > 0.3] = 2
    return x, y


def train_val_split(x, y, frac=0.3):
    n_val = max(3, int(frac * len(x)))
    perm = torch.randperm(len(x))
    va, tr = perm[:n_val], perm[n_val:]
    return (x[tr], y[tr]), (x[va], y[va])


def iterate(data, batch, shuffle=True):
    x, y = data
    idx = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), batch):
        j = idx[i:i + batch]
        yield x[j], y[j]


def class_weights(y, n_cls=len(CLASSES)):
    counts = torch.bincount(y, minlength=n_cls).float() + 1.0
    w = counts.sum() / (n_cls * counts)
    return w / w.mean()


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------

class StaveGrader(nn.Module):
    def __init__(self, n_channels, emb, hidden, n_cls=len(CLASSES)):
        super().__init__()
        self.embed = nn.Sequential(nn.Linear(n_channels, emb), nn.ReLU())
        self.rnn = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)
        self.attn = nn.Linear(2 * hidden, 1)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(2 * hidden, n_cls)

    def forward(self, x, return_attn=False):
        h, _ = self.rnn(self.embed(x))
        a = torch.softmax(self.attn(h).squeeze(-1), dim=1)
        ctx = (a.unsqueeze(-1) * h).sum(1)
        logits = self.out(self.drop(ctx))
        return (logits, a) if return_attn else logits


# ---------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------

def confusion(pred, y, n=len(CLASSES)):
    m = torch.zeros(n, n, dtype=torch.long)
    for p, t in zip(pred.tolist(), y.tolist()):
        m[t, p] += 1
    return m


def macro_f1(cm):
    f1s = []
    for k in range(cm.shape[0]):
        tp = cm[k, k].item()
        fp = cm[:, k].sum().item() - tp
        fn = cm[k, :].sum().item() - tp
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / len(f1s)


def accuracy(cm):
    return cm.diag().sum().item() / max(cm.sum().item(), 1)


def log_confusion(cm):
    width = max(len(c) for c in CLASSES)
    logger.info("%s  %s", " " * width, "  ".join(c[:6].rjust(6) for c in CLASSES))
    for name, row in zip(CLASSES, cm.tolist()):
        logger.info("%s  %s", name.rjust(width), "  ".join(str(v).rjust(6) for v in row))


# ---------------------------------------------------------------------------
# loops
# ---------------------------------------------------------------------------

def train_epoch(model, opt, data, cfg, weights):
    model.train()
    total, n = 0.0, 0
    for xb, yb in iterate(data, cfg["batch"]):
        opt.zero_grad()
        loss = F.cross_entropy(model(xb), yb, weight=weights)
        loss.backward()
        opt.step()
        total += loss.item() * len(xb)
        n += len(xb)
    return total / n


def evaluate(model, data):
    model.eval()
    x, y = data
    with torch.no_grad():
        logits = model(x)
    cm = confusion(logits.argmax(-1), y)
    return {"acc": accuracy(cm), "f1": macro_f1(cm), "cm": cm, "logits": logits}


def input_gradient_attribution(model, x, target):
    """|d logit_target / d x| summed over channels, per sweep position."""
    x = x.clone().requires_grad_(True)
    logits = model(x)
    sel = logits.gather(1, target.view(-1, 1)).sum()
    sel.backward()
    return x.grad.abs().sum(-1)


def hard_examples(model, data, frac):
    res = evaluate(model, data)
    x, y = data
    probs = torch.softmax(res["logits"], -1)
    conf = probs.gather(1, y.view(-1, 1)).squeeze(1)
    k = max(1, int(frac * len(x)))
    idx = conf.argsort()[:k]
    return x[idx], y[idx]


def finetune_hard(model, opt, hard, steps, weights):
    x, y = hard
    for s in range(steps):
        opt.zero_grad()
        loss = F.cross_entropy(model(x), y, weight=weights)
        loss.backward()
        opt.step()
        logger.debug("hard step %d loss %.4f", s, loss.item())


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------

def dump_attributions(path, attr, y):
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["stave", "grade"] + [f"pos{i}" for i in range(attr.shape[1])])
        for i, (row, lab) in enumerate(zip(attr.tolist(), y.tolist())):
            w.writerow([i, CLASSES[lab]] + ["%.4f" % v for v in row])


def summarise_attr(attr, k):
    mean = attr.mean(0)
    top = mean.topk(min(k, len(mean))).indices.tolist()
    return sorted(top)


def entropy_of(logits):
    p = torch.softmax(logits, -1)
    return -(p * p.clamp_min(1e-9).log()).sum(-1).mean().item()


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def get_args(argv=None):
    ap = argparse.ArgumentParser(description="stave grading")
    ap.add_argument("--epochs", type=int, default=DEFAULTS["epochs"])
    ap.add_argument("--hidden", type=int, default=DEFAULTS["hidden"])
    ap.add_argument("--deterministic", type=int, default=int(DEFAULTS["deterministic"]))
    ap.add_argument("--log-level", default="INFO")
    return ap.parse_args(argv)


def run(cfg):
    setup_backends(cfg)
    x, y = simulate_staves(cfg)
    train, val = train_val_split(x, y)
    weights = class_weights(train[1])
    logger.info("class weights %s", [round(w, 2) for w in weights.tolist()])

    model = StaveGrader(cfg["n_channels"], cfg["emb"], cfg["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    state = RunState()

    for state.epoch in range(cfg["epochs"]):
        tl = train_epoch(model, opt, train, cfg, weights)
        res = evaluate(model, val)
        state.history.append((tl, res["f1"]))
        state.best_f1 = max(state.best_f1, res["f1"])
        logger.info("epoch %d loss %.4f acc %.3f f1 %.3f H %.3f", state.epoch, tl, res["acc"], res["f1"],
                    entropy_of(res["logits"]))

    log_confusion(evaluate(model, val)["cm"])

    # attribution on validation staves, model as evaluate() left it
    attr = input_gradient_attribution(model, val[0], val[1])
    logger.info("most influential sweep positions: %s", summarise_attr(attr, cfg["attr_topk"]))
    model.zero_grad()

    # a couple of steps on the hardest training staves
    hard = hard_examples(model, train, cfg["hard_frac"])
    finetune_hard(model, opt, hard, cfg["hard_steps"], weights)
    final = evaluate(model, val)
    logger.info("after hard-example steps: acc %.3f f1 %.3f", final["acc"], final["f1"])

    fd, path = tempfile.mkstemp(suffix=".csv", prefix="staves_")
    os.close(fd)
    try:
        dump_attributions(path, attr, val[1])
        with open(path) as f:
            logger.info("attribution table has %d rows", sum(1 for _ in f) - 1)
    finally:
        os.remove(path)
    return state


def main(argv=None):
    args = get_args(argv)
    configure_logging(getattr(logging, args.log_level.upper()))
    cfg = dict(DEFAULTS, epochs=args.epochs, hidden=args.hidden, deterministic=bool(args.deterministic))
    state = run(cfg)
    print("best f1 %.3f over %d epochs" % (state.best_f1, len(state.history)))
    if math.isnan(state.history[-1][0]):
        raise SystemExit("diverged")


if __name__ == "__main__":
    main()
