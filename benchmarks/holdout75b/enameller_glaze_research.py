# expect: crash
"""
Glaze-firing defect forecasting (enameller workshop research code).

Trains a stacked LSTM on synthetic kiln-temperature traces, keeps the best
checkpoint by validation F1 (early stopping with state-dict reload) and
finishes with a short calibration fine-tune on the held-out batch.

    python enameller_glaze_research.py --epochs 3 --hidden 8
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

LOG = logging.getLogger("glaze")

CONFIG = {
    "data": {"n_train": 48, "n_val": 16, "n_test": 16, "seq_len": 10, "n_feat": 4, "n_cls": 3},
    "model": {"hidden": 8, "layers": 2, "dropout": 0.1, "bidirectional": False},
    "optim": {"lr": 3e-3, "weight_decay": 1e-4, "clip": 1.0, "warmup": 2},
    "train": {"epochs": 3, "batch": 8, "patience": 2, "calib_steps": 2, "seed": 13},
    "io": {"keep_ckpt": False},
}


# --------------------------------------------------------------------------- utils
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    level = logging.DEBUG if verbose else logging.INFO
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(message)s", stream=sys.stdout)


def deep_update(base, overrides):
    out = json.loads(json.dumps(base))
    for key, val in overrides.items():
        if isinstance(val, dict) and isinstance(out.get(key), dict):
            out[key] = deep_update(out[key], val)
        else:
            out[key] = val
    return out


class AverageMeter:
    def __init__(self):
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
def synth_traces(n, seq_len, n_feat, n_cls, gen):
    """Kiln ramps with a defect class that depends on overshoot and plateau length."""
    t = torch.linspace(0, 1, seq_len)
    ramp = t.unsqueeze(0).unsqueeze(-1).expand(n, seq_len, n_feat)
    noise = 0.1 * torch.randn(n, seq_len, n_feat, generator=gen)
    over = torch.rand(n, 1, 1, generator=gen)
    x = ramp * (1 + over) + noise
    score = over.view(-1) + 0.2 * x[:, -3:, 0].mean(1)
    y = torch.bucketize(score, torch.linspace(score.min().item(), score.max().item(), n_cls + 1)[1:-1])
    return x, y.clamp(max=n_cls - 1)


def normalise(x, stats=None):
    if stats is None:
        mu = x.mean(dim=(0, 1), keepdim=True)
        sd = x.std(dim=(0, 1), keepdim=True) + 1e-6
        stats = (mu, sd)
    return (x - stats[0]) / stats[1], stats


def batches(x, y, size, shuffle, gen=None):
    idx = torch.randperm(x.size(0), generator=gen) if shuffle else torch.arange(x.size(0))
    for s in range(0, x.size(0), size):
        j = idx[s:s + size]
        yield x[j], y[j]


def build_splits(cfg, gen):
    d = cfg["data"]
    xtr, ytr = synth_traces(d["n_train"], d["seq_len"], d["n_feat"], d["n_cls"], gen)
    xva, yva = synth_traces(d["n_val"], d["seq_len"], d["n_feat"], d["n_cls"], gen)
    xte, yte = synth_traces(d["n_test"], d["seq_len"], d["n_feat"], d["n_cls"], gen)
    xtr, stats = normalise(xtr)
    xva, _ = normalise(xva, stats)
    xte, _ = normalise(xte, stats)
    return {"train": (xtr, ytr), "val": (xva, yva), "test": (xte, yte)}


# --------------------------------------------------------------------------- model
class GlazeNet(nn.Module):
    def __init__(self, n_feat, n_cls, hidden, layers, dropout, bidirectional):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=layers, dropout=dropout,
                            batch_first=True, bidirectional=bidirectional)
        width = hidden * (2 if bidirectional else 1)
        self.norm = nn.LayerNorm(width)
        self.head = nn.Linear(width, n_cls)

    def forward(self, x):
        h, _ = self.lstm(torch.relu(self.inp(x)))
        pooled = torch.cat([h[:, -1:], h.mean(1, keepdim=True)], 1).mean(1)
        return self.head(self.norm(pooled))


def count_params(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------- metrics
def confusion(pred, y, n_cls):
    m = torch.zeros(n_cls, n_cls, dtype=torch.long)
    for p, t in zip(pred.tolist(), y.tolist()):
        m[t, p] += 1
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


def expected_calibration_error(probs, y, bins=5):
    conf, pred = probs.max(-1)
    ece = 0.0
    edges = torch.linspace(0, 1, bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (conf > lo) & (conf <= hi)
        if m.any():
            ece += m.float().mean().item() * abs((pred[m] == y[m]).float().mean().item() - conf[m].mean().item())
    return ece


# --------------------------------------------------------------------------- schedule
def lr_lambda_factory(warmup, total):
    def fn(step):
        if step < warmup:
            return (step + 1) / warmup
        prog = (step - warmup) / max(1, total - warmup)
        return 0.5 * (1 + math.cos(math.pi * min(prog, 1.0)))
    return fn


# --------------------------------------------------------------------------- loops
def train_one_epoch(model, data, opt, sched, cfg, gen):
    model.train()
    meter = AverageMeter()
    for xb, yb in batches(*data, cfg["train"]["batch"], shuffle=True, gen=gen):
        logits = model(xb)
        loss = F.cross_entropy(logits, yb, label_smoothing=0.05)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        opt.step()
        sched.step()
        meter.update(loss.item(), xb.size(0))
    return meter.avg


def evaluate(model, data, cfg):
    model.eval()
    n_cls = cfg["data"]["n_cls"]
    preds, probs, ys = [], [], []
    meter = AverageMeter()
    with torch.no_grad():
        for xb, yb in batches(*data, cfg["train"]["batch"], shuffle=False):
            logits = model(xb)
            meter.update(F.cross_entropy(logits, yb).item(), xb.size(0))
            probs.append(logits.softmax(-1))
            preds.append(logits.argmax(-1))
            ys.append(yb)
    pred, prob, y = torch.cat(preds), torch.cat(probs), torch.cat(ys)
    cm = confusion(pred, y, n_cls)
    return {"loss": meter.avg, "acc": (pred == y).float().mean().item(), "f1": macro_f1(cm),
            "ece": expected_calibration_error(prob, y)}


class EarlyStopper:
    def __init__(self, patience, path):
        self.patience = patience
        self.path = path
        self.best = -float("inf")
        self.bad = 0

    def step(self, model, score):
        if score > self.best:
            self.best = score
            self.bad = 0
            torch.save(model.state_dict(), self.path)
            return False
        self.bad += 1
        return self.bad > self.patience

    def restore(self, model):
        model.load_state_dict(torch.load(self.path))
        return model


def calibration_finetune(model, data, cfg):
    """A few low-LR steps on the held-out batch to sharpen the decision boundary."""
    opt = torch.optim.SGD(model.head.parameters(), lr=cfg["optim"]["lr"] * 0.1)
    for p in model.inp.parameters():
        p.requires_grad_(False)
    x, y = data
    for step in range(cfg["train"]["calib_steps"]):
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        LOG.debug("calib step %d loss %.4f", step, loss.item())
    for p in model.inp.parameters():
        p.requires_grad_(True)


# --------------------------------------------------------------------------- main
def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--epochs", type=int, default=CONFIG["train"]["epochs"])
    ap.add_argument("--hidden", type=int, default=CONFIG["model"]["hidden"])
    ap.add_argument("--lr", type=float, default=CONFIG["optim"]["lr"])
    ap.add_argument("--seed", type=int, default=CONFIG["train"]["seed"])
    ap.add_argument("--no-calib", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    return ap.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = deep_update(CONFIG, {"train": {"epochs": args.epochs, "seed": args.seed},
                               "model": {"hidden": args.hidden}, "optim": {"lr": args.lr}})
    set_seed(cfg["train"]["seed"])
    gen = torch.Generator().manual_seed(cfg["train"]["seed"])
    splits = build_splits(cfg, gen)

    m = cfg["model"]
    model = GlazeNet(cfg["data"]["n_feat"], cfg["data"]["n_cls"], m["hidden"], m["layers"],
                     m["dropout"], m["bidirectional"])
    LOG.info("params: %d", count_params(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["optim"]["lr"], weight_decay=cfg["optim"]["weight_decay"])
    steps_per_epoch = math.ceil(cfg["data"]["n_train"] / cfg["train"]["batch"])
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lr_lambda_factory(cfg["optim"]["warmup"], steps_per_epoch * cfg["train"]["epochs"]))

    fd, ckpt = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    stopper = EarlyStopper(cfg["train"]["patience"], ckpt)
    history = defaultdict(list)
    try:
        for epoch in range(cfg["train"]["epochs"]):
            with Timer() as t:
                tr_loss = train_one_epoch(model, splits["train"], opt, sched, cfg, gen)
            val = evaluate(model, splits["val"], cfg)
            history["train_loss"].append(tr_loss)
            for k, v in val.items():
                history["val_" + k].append(v)
            LOG.info("epoch %d train %.4f val loss %.4f f1 %.3f ece %.3f (%.2fs)",
                     epoch, tr_loss, val["loss"], val["f1"], val["ece"], t.elapsed)
            if stopper.step(model, val["f1"]):
                LOG.info("early stop at epoch %d", epoch)
                break

        stopper.restore(model)
        test_before = evaluate(model, splits["test"], cfg)
        LOG.info("test before calibration: %s", json.dumps({k: round(v, 4) for k, v in test_before.items()}))
        if not args.no_calib:
            calibration_finetune(model, splits["val"], cfg)
            test_after = evaluate(model, splits["test"], cfg)
            LOG.info("test after calibration: %s", json.dumps({k: round(v, 4) for k, v in test_after.items()}))
    finally:
        if not cfg["io"]["keep_ckpt"] and os.path.exists(ckpt):
            os.remove(ckpt)
    return history


if __name__ == "__main__":
    main()
