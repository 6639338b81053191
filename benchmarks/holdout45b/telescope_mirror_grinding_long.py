# expect: crash
"""Telescope mirror grinding: predict surface figure error (in waves) from the
stroke log of a grinding / polishing session.

Research script. Stages:
  1. synthetic stroke logs (W-strokes, chordal strokes, pressure, pitch temperature)
  2. train a stacked LSTM regressor with early stopping on a validation split
  3. keep the best model (deep copy at the best validation epoch)
  4. "polish" stage: a few low-LR steps of the best model on train+val
  5. report metrics per stroke type

Usage:
  python telescope_mirror_grinding_long.py --epochs 4 --hidden 12
"""
import argparse
import copy
import logging
import math
import random
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("mirror")

STROKE_TYPES = ["W", "chordal", "tangential", "spiral"]

DEFAULT_CONFIG = {
    "data": {
        "n_sessions": 64,
        "min_len": 6,
        "max_len": 14,
        "val_fraction": 0.25,
        "noise": 0.03,
    },
    "model": {
        "hidden": 12,
        "layers": 2,
        "dropout": 0.1,
        "bidirectional": False,
    },
    "optim": {
        "lr": 5e-3,
        "weight_decay": 1e-5,
        "clip": 1.0,
        "polish_lr": 1e-3,
        "polish_steps": 3,
    },
    "train": {
        "epochs": 4,
        "batch_size": 8,
        "patience": 2,
        "seed": 18,
    },
}


# ---------------------------------------------------------------------------
# utilities
# ---------------------------------------------------------------------------

def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def merge_config(base, overrides):
    out = copy.deepcopy(base)
    for section, values in overrides.items():
        for k, v in values.items():
            if v is not None:
                out[section][k] = v
    return out


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


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.t0
        return False


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------

def synth_session(cfg):
    """One grinding session: per stroke (type one-hot, pressure, length, temp)."""
    length = random.randint(cfg["min_len"], cfg["max_len"])
    kinds = torch.randint(0, len(STROKE_TYPES), (length,))
    onehot = F.one_hot(kinds, len(STROKE_TYPES)).float()
    pressure = torch.rand(length, 1)
    stroke_len = torch.rand(length, 1) * 0.5 + 0.25
    temp = 18 + 4 * torch.rand(1) + 0.2 * torch.randn(length, 1)
    feats = torch.cat([onehot, pressure, stroke_len, (temp - 20) / 4], dim=1)
    # figure error: chordal strokes dig a zone, W strokes smooth it
    zone = (onehot[:, 1] * pressure[:, 0]).sum() - 0.6 * (onehot[:, 0] * stroke_len[:, 0]).sum()
    error = 0.25 + 0.05 * zone + cfg["noise"] * torch.randn(())
    dominant = int(torch.bincount(kinds, minlength=len(STROKE_TYPES)).argmax())
    return feats, error.clamp(min=0.0), dominant


def build_dataset(cfg):
    sessions = [synth_session(cfg) for _ in range(cfg["n_sessions"])]
    n_val = int(len(sessions) * cfg["val_fraction"])
    return sessions[n_val:], sessions[:n_val]


def collate(sessions):
    lengths = torch.tensor([s[0].size(0) for s in sessions])
    feats = nn.utils.rnn.pad_sequence([s[0] for s in sessions], batch_first=True)
    target = torch.stack([s[1] for s in sessions])
    dominant = torch.tensor([s[2] for s in sessions])
    return feats, lengths, target, dominant


def iterate(sessions, batch_size, shuffle):
    idx = list(range(len(sessions)))
    if shuffle:
        random.shuffle(idx)
    for i in range(0, len(idx), batch_size):
        yield collate([sessions[j] for j in idx[i:i + batch_size]])


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------

class FigureErrorLSTM(nn.Module):
    def __init__(self, n_in, hidden, layers, dropout, bidirectional):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True,
                            dropout=dropout if layers > 1 else 0.0,
                            bidirectional=bidirectional)
        mult = 2 if bidirectional else 1
        self.attn = nn.Linear(mult * hidden, 1)
        self.out = nn.Sequential(nn.Linear(mult * hidden, hidden), nn.GELU(), nn.Linear(hidden, 1))

    def forward(self, feats, lengths):
        x = torch.tanh(self.proj(feats))
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        out, _ = self.lstm(packed)
        out, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=feats.size(1))
        mask = torch.arange(feats.size(1)).unsqueeze(0) < lengths.unsqueeze(1)
        scores = self.attn(out).squeeze(-1).masked_fill(~mask, -1e9)
        pooled = (torch.softmax(scores, dim=1).unsqueeze(-1) * out).sum(1)
        return F.softplus(self.out(pooled).squeeze(-1))


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ---------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------

def regression_metrics(pred, target):
    err = pred - target
    mae = err.abs().mean().item()
    rmse = math.sqrt(err.pow(2).mean().item())
    within = (err.abs() < 0.05).float().mean().item()
    return {"mae": mae, "rmse": rmse, "within_0.05": within}


def per_type_mae(pred, target, dominant):
    out = {}
    for k, name in enumerate(STROKE_TYPES):
        sel = dominant == k
        if sel.any():
            out[name] = (pred[sel] - target[sel]).abs().mean().item()
    return out


# ---------------------------------------------------------------------------
# training
# ---------------------------------------------------------------------------

def train_one_epoch(model, opt, sessions, cfg):
    model.train()
    meter = AverageMeter("loss")
    for feats, lengths, target, _ in iterate(sessions, cfg["train"]["batch_size"], shuffle=True):
        pred = model(feats, lengths)
        loss = F.smooth_l1_loss(pred, target, beta=0.05)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        opt.step()
        meter.update(loss.item(), feats.size(0))
    return meter.avg


@torch.no_grad()
def evaluate(model, sessions, cfg):
    model.eval()
    preds, targets, doms = [], [], []
    for feats, lengths, target, dominant in iterate(sessions, cfg["train"]["batch_size"], shuffle=False):
        preds.append(model(feats, lengths))
        targets.append(target)
        doms.append(dominant)
    pred, target, dom = torch.cat(preds), torch.cat(targets), torch.cat(doms)
    metrics = regression_metrics(pred, target)
    metrics["per_type"] = per_type_mae(pred, target, dom)
    return metrics


class EarlyStopper:
    def __init__(self, patience):
        self.patience = patience
        self.best = float("inf")
        self.best_epoch = -1
        self.best_model = None
        self.bad_epochs = 0

    def step(self, epoch, score, model):
        if score < self.best:
            self.best = score
            self.best_epoch = epoch
            self.best_model = copy.deepcopy(model)
            self.bad_epochs = 0
            return False
        self.bad_epochs += 1
        return self.bad_epochs > self.patience


def fit(model, train_set, val_set, cfg):
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["optim"]["lr"],
                            weight_decay=cfg["optim"]["weight_decay"])
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=cfg["train"]["epochs"])
    stopper = EarlyStopper(cfg["train"]["patience"])
    history = defaultdict(list)
    for epoch in range(cfg["train"]["epochs"]):
        with Timer() as t:
            tr_loss = train_one_epoch(model, opt, train_set, cfg)
            metrics = evaluate(model, val_set, cfg)
        sched.step()
        history["train_loss"].append(tr_loss)
        history["val_mae"].append(metrics["mae"])
        LOG.info("epoch %d loss %.4f val mae %.4f rmse %.4f (%.2fs)", epoch, tr_loss,
                 metrics["mae"], metrics["rmse"], t.elapsed)
        if stopper.step(epoch, metrics["mae"], model):
            LOG.info("early stop at epoch %d (best %d)", epoch, stopper.best_epoch)
            break
    return stopper, history


def polish(model, sessions, cfg):
    """Low-LR passes over all sessions, like the final polishing strokes."""
    opt = torch.optim.SGD(model.parameters(), lr=cfg["optim"]["polish_lr"], momentum=0.9)
    losses = []
    batches = list(iterate(sessions, cfg["train"]["batch_size"], shuffle=True))
    for step in range(cfg["optim"]["polish_steps"]):
        feats, lengths, target, _ = batches[step % len(batches)]
        loss = F.smooth_l1_loss(model(feats, lengths), target, beta=0.05)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        losses.append(loss.item())
    return losses


def report(title, metrics):
    LOG.info("%s: mae %.4f rmse %.4f within %.2f", title, metrics["mae"], metrics["rmse"],
             metrics["within_0.05"])
    for name, v in metrics.get("per_type", {}).items():
        LOG.info("  %-10s %.4f", name, v)


# ---------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------

def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--layers", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--no-polish", action="store_true")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    cfg = merge_config(DEFAULT_CONFIG, {
        "model": {"hidden": args.hidden, "layers": args.layers},
        "optim": {"lr": args.lr},
        "train": {"epochs": args.epochs, "seed": args.seed},
    })
    set_seed(cfg["train"]["seed"])
    train_set, val_set = build_dataset(cfg["data"])
    LOG.info("sessions: %d train / %d val", len(train_set), len(val_set))

    n_in = train_set[0][0].size(1)
    model = FigureErrorLSTM(n_in, **cfg["model"])
    LOG.info("parameters: %d", count_parameters(model))

    stopper, history = fit(model, train_set, val_set, cfg)
    best = stopper.best_model
    report(f"best (epoch {stopper.best_epoch})", evaluate(best, val_set, cfg))

    if not args.no_polish:
        losses = polish(best, train_set + val_set, cfg)
        LOG.info("polish losses %s", ", ".join(f"{l:.4f}" for l in losses))
        report("after polish", evaluate(best, val_set, cfg))
    LOG.info("history %s", dict(history))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
