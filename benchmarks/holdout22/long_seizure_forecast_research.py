# expect: crash
"""
Seizure forecasting from long-term intracranial EEG band-power features.

Research script (v3). Trains a population LSTM with attention pooling on synthetic
band-power sequences, selects the best epoch by validation AUC, reports sensitivity and
time-in-warning, then runs a short patient-specific adaptation on the last recorded hour.

Usage:
    python long_seizure_forecast_research.py --epochs 3 --hidden 8
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

LOG = logging.getLogger("seizure")

CONFIG = {
    "bands": ["delta", "theta", "alpha", "beta", "gamma"],
    "channels": 2,
    "window_len": 8,
    "horizon_min": 30,
    "preictal_fraction": 0.35,
    "n_train": 32,
    "n_val": 16,
    "n_adapt": 8,
    "batch_size": 8,
    "hidden": 8,
    "layers": 2,
    "dropout": 0.1,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "epochs": 3,
    "patience": 2,
    "warning_threshold": 0.5,
    "adapt_steps": 2,
    "adapt_lr": 5e-4,
    "seed": 13,
}


# ----------------------------------------------------------------------------------------
# utilities
# ----------------------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stdout,
    )


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.total, self.count = 0.0, 0

    def update(self, value, n=1):
        self.total += float(value) * n
        self.count += n

    @property
    def avg(self):
        return self.total / max(self.count, 1)


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.t0
        return False


# ----------------------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------------------
def n_features(cfg):
    return len(cfg["bands"]) * cfg["channels"]


def simulate_recording(n, cfg, generator):
    """Band-power windows; preictal windows have a slow rise in beta/gamma power."""
    f = n_features(cfg)
    x = torch.randn(n, cfg["window_len"], f, generator=generator) * 0.5
    y = (torch.rand(n, generator=generator) < cfg["preictal_fraction"]).float()
    ramp = torch.linspace(0, 1, cfg["window_len"])[None, :, None]
    rise = torch.zeros(1, 1, f)
    rise[..., 3::5] = 1.0
    rise[..., 4::5] = 0.7
    x = x + y[:, None, None] * ramp * rise
    return x, y


def normalise(x, stats=None):
    if stats is None:
        mu = x.mean(dim=(0, 1), keepdim=True)
        sd = x.std(dim=(0, 1), keepdim=True).clamp_min(1e-6)
        stats = (mu, sd)
    return (x - stats[0]) / stats[1], stats


def iterate(x, y, batch_size, shuffle, generator=None):
    idx = torch.randperm(len(x), generator=generator) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), batch_size):
        j = idx[i:i + batch_size]
        yield x[j], y[j]


# ----------------------------------------------------------------------------------------
# model
# ----------------------------------------------------------------------------------------
class AttentionPool(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.score = nn.Linear(dim, 1)

    def forward(self, h):
        w = torch.softmax(self.score(h).squeeze(-1), dim=1)
        return (w.unsqueeze(-1) * h).sum(1), w


class SeizureForecaster(nn.Module):
    def __init__(self, n_in, hidden, layers, dropout):
        super().__init__()
        self.input_norm = nn.LayerNorm(n_in)
        self.lstm = nn.LSTM(n_in, hidden, num_layers=layers, dropout=dropout if layers > 1 else 0.0,
                            batch_first=True)
        self.pool = AttentionPool(hidden)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x, return_attention=False):
        h, _ = self.lstm(self.input_norm(x))
        z, w = self.pool(h)
        logit = self.head(self.drop(z)).squeeze(-1)
        return (logit, w) if return_attention else logit


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ----------------------------------------------------------------------------------------
# metrics
# ----------------------------------------------------------------------------------------
def roc_auc(scores, labels):
    pos = scores[labels == 1]
    neg = scores[labels == 0]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    greater = (pos[:, None] > neg[None, :]).float().sum()
    ties = (pos[:, None] == neg[None, :]).float().sum()
    return float((greater + 0.5 * ties) / (len(pos) * len(neg)))


def sensitivity(scores, labels, threshold):
    pos = labels == 1
    if pos.sum() == 0:
        return float("nan")
    return float(((scores >= threshold) & pos).float().sum() / pos.float().sum())


def time_in_warning(scores, threshold):
    return float((scores >= threshold).float().mean())


def brier(scores, labels):
    return float(((scores - labels) ** 2).mean())


def summarise(metrics):
    return " ".join(f"{k}={v:.3f}" for k, v in sorted(metrics.items()) if not math.isnan(v))


# ----------------------------------------------------------------------------------------
# training / evaluation
# ----------------------------------------------------------------------------------------
def build_optimizer(model, cfg):
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (no_decay if name.endswith("bias") or "norm" in name else decay).append(p)
    return torch.optim.AdamW(
        [{"params": decay, "weight_decay": cfg["weight_decay"]}, {"params": no_decay, "weight_decay": 0.0}],
        lr=cfg["lr"],
    )


def pos_weight(y):
    p = y.mean().clamp(0.05, 0.95)
    return (1 - p) / p


def train_epoch(model, opt, x, y, cfg, generator):
    model.train()
    meter = AverageMeter()
    pw = pos_weight(y)
    for xb, yb in iterate(x, y, cfg["batch_size"], shuffle=True, generator=generator):
        logits = model(xb)
        loss = F.binary_cross_entropy_with_logits(logits, yb, pos_weight=pw)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        meter.update(loss.item(), len(xb))
    return meter.avg


def evaluate(model, x, y, cfg):
    model.eval()
    scores = []
    with torch.no_grad():
        for xb, _ in iterate(x, y, cfg["batch_size"], shuffle=False):
            scores.append(torch.sigmoid(model(xb)))
    s = torch.cat(scores)
    thr = cfg["warning_threshold"]
    return {
        "auc": roc_auc(s, y),
        "sens": sensitivity(s, y, thr),
        "tiw": time_in_warning(s, thr),
        "brier": brier(s, y),
    }


def attention_report(model, x, k=2):
    model.eval()
    with torch.no_grad():
        _, w = model(x[:k], return_attention=True)
    return w.argmax(-1).tolist()


def adapt_to_patient(model, x, y, cfg):
    """Short patient-specific adaptation on the last recorded hour (no shuffling: it is a stream)."""
    opt = torch.optim.SGD(model.parameters(), lr=cfg["adapt_lr"], momentum=0.9)
    history = []
    for step in range(cfg["adapt_steps"]):
        for xb, yb in iterate(x, y, cfg["batch_size"], shuffle=False):
            logits = model(xb)
            loss = F.binary_cross_entropy_with_logits(logits, yb)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            history.append(round(loss.item(), 4))
    return history


class EarlyStopping:
    def __init__(self, patience):
        self.patience, self.best, self.bad, self.state = patience, -float("inf"), 0, None

    def step(self, value, model):
        if value > self.best:
            self.best, self.bad = value, 0
            self.state = copy.deepcopy(model.state_dict())
            return False
        self.bad += 1
        return self.bad > self.patience


# ----------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------
def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    ap.add_argument("--hidden", type=int, default=CONFIG["hidden"])
    ap.add_argument("--layers", type=int, default=CONFIG["layers"])
    ap.add_argument("--lr", type=float, default=CONFIG["lr"])
    ap.add_argument("--seed", type=int, default=CONFIG["seed"])
    ap.add_argument("--no-adapt", action="store_true")
    ap.add_argument("--dump-metrics", action="store_true", help="write metrics JSON to a temp file")
    ap.add_argument("--verbose", action="store_true")
    return ap.parse_args(argv)


def merge_config(args):
    cfg = dict(CONFIG)
    cfg.update(epochs=args.epochs, hidden=args.hidden, layers=args.layers, lr=args.lr, seed=args.seed)
    return cfg


def dump_metrics(history):
    fd, path = tempfile.mkstemp(suffix=".json")
    try:
        with os.fdopen(fd, "w") as fh:
            json.dump(history, fh)
        LOG.info("metrics written to %s (%d bytes)", path, os.path.getsize(path))
    finally:
        os.remove(path)


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_config(args)
    set_seed(cfg["seed"])
    gen = torch.Generator().manual_seed(cfg["seed"])

    xtr, ytr = simulate_recording(cfg["n_train"], cfg, gen)
    xva, yva = simulate_recording(cfg["n_val"], cfg, gen)
    xad, yad = simulate_recording(cfg["n_adapt"], cfg, gen)
    xtr, stats = normalise(xtr)
    xva, _ = normalise(xva, stats)
    xad, _ = normalise(xad, stats)
    LOG.info("train %s (preictal %.2f)  val %s", tuple(xtr.shape), float(ytr.mean()), tuple(xva.shape))

    model = SeizureForecaster(n_features(cfg), cfg["hidden"], cfg["layers"], cfg["dropout"])
    LOG.info("model has %d trainable parameters", count_parameters(model))
    opt = build_optimizer(model, cfg)
    stopper = EarlyStopping(cfg["patience"])
    history = defaultdict(list)

    for epoch in range(cfg["epochs"]):
        with Timer() as t:
            tr_loss = train_epoch(model, opt, xtr, ytr, cfg, gen)
            metrics = evaluate(model, xva, yva, cfg)
        history["train_loss"].append(tr_loss)
        for k, v in metrics.items():
            history[k].append(v)
        LOG.info("epoch %d loss %.4f %s (%.2fs)", epoch, tr_loss, summarise(metrics), t.elapsed)
        if stopper.step(metrics["auc"] if not math.isnan(metrics["auc"]) else -tr_loss, model):
            LOG.info("early stop at epoch %d", epoch)
            break

    model.load_state_dict(stopper.state)
    LOG.info("restored best epoch (auc %.3f)", stopper.best)
    LOG.info("attention peaks: %s", attention_report(model, xva))

    if not args.no_adapt:
        hist = adapt_to_patient(model, xad, yad, cfg)
        history["adapt_loss"] = hist
        LOG.info("adaptation losses %s", hist)
        LOG.info("after adaptation: %s", summarise(evaluate(model, xad, yad, cfg)))

    if args.dump_metrics:
        dump_metrics(dict(history))
    return dict(history)


if __name__ == "__main__":
    main(sys.argv[1:])
