# expect: crash
"""Firedamp (methane) build-up forecasting for longwall coal faces.

Research script: trains a sequence model on synthetic sensor traces from several faces,
early-stops on a validation split, then fine-tunes the best checkpoint on the most recent
shifts of a single face ("face adaptation") and reports per-face metrics.

Usage:
    python collier_firedamp_research.py --epochs 3 --hidden 12
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

LOG = logging.getLogger("firedamp")

DEFAULT_CONFIG = {
    "seed": 13,
    "n_faces": 3,
    "shifts_per_face": 12,
    "seq_len": 8,
    "horizon": 1,
    "features": ["ch4", "airflow", "shearer_pos", "pressure", "temp"],
    "hidden": 12,
    "layers": 2,
    "dropout": 0.1,
    "rnn": "lstm",
    "batch_size": 4,
    "lr": 3e-3,
    "weight_decay": 1e-5,
    "epochs": 3,
    "patience": 2,
    "clip": 1.0,
    "adapt_face": 1,
    "adapt_steps": 3,
    "adapt_lr": 1e-3,
    "alarm_threshold": 1.0,
}


# ----------------------------------------------------------------------------- utilities

def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


class AverageMeter:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.total += value * n
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


# ----------------------------------------------------------------------------- data

def synth_face(face_id, cfg):
    """Synthetic methane trace for one face: a drifting baseline plus cutting-cycle bursts."""
    g = torch.Generator().manual_seed(cfg["seed"] * 100 + face_id)
    n, T = cfg["shifts_per_face"], cfg["seq_len"] + cfg["horizon"]
    t = torch.arange(T).float()
    base = 0.3 + 0.1 * face_id + 0.02 * t
    burst = torch.relu(torch.sin(t * 0.9 + face_id)) * 0.5
    ch4 = base + burst + 0.05 * torch.randn(n, T, generator=g)
    airflow = 2.0 - 0.5 * burst + 0.05 * torch.randn(n, T, generator=g)
    shearer = (t / T).expand(n, T) + 0.01 * torch.randn(n, T, generator=g)
    pressure = 1.0 + 0.02 * torch.randn(n, T, generator=g)
    temp = 22 + 0.5 * torch.randn(n, T, generator=g)
    x = torch.stack([ch4, airflow, shearer, pressure, temp], -1)
    return x


def normalise(x, stats=None):
    if stats is None:
        mean = x.mean((0, 1), keepdim=True)
        std = x.std((0, 1), keepdim=True).clamp_min(1e-6)
        stats = (mean, std)
    return (x - stats[0]) / stats[1], stats


def make_splits(cfg):
    xs, faces = [], []
    for f in range(cfg["n_faces"]):
        x = synth_face(f, cfg)
        xs.append(x)
        faces += [f] * x.shape[0]
    x = torch.cat(xs)
    faces = torch.tensor(faces)
    x, stats = normalise(x)
    inputs, target = x[:, : cfg["seq_len"]], x[:, cfg["seq_len"]:, 0].squeeze(-1)
    perm = torch.randperm(x.shape[0])
    n_val = max(2, x.shape[0] // 5)
    val_idx, train_idx = perm[:n_val], perm[n_val:]
    split = lambda idx: (inputs[idx], target[idx], faces[idx])
    return split(train_idx), split(val_idx), stats


def iterate(split, batch_size, shuffle=True):
    x, y, f = split
    idx = torch.randperm(x.shape[0]) if shuffle else torch.arange(x.shape[0])
    for i in range(0, x.shape[0], batch_size):
        j = idx[i: i + batch_size]
        yield x[j], y[j], f[j]


# ----------------------------------------------------------------------------- model

class FiredampForecaster(nn.Module):
    def __init__(self, n_features, hidden, layers, dropout, rnn="lstm"):
        super().__init__()
        self.embed = nn.Linear(n_features, hidden)
        rnn_cls = {"lstm": nn.LSTM, "gru": nn.GRU}[rnn]
        self.rnn = rnn_cls(hidden, hidden, num_layers=layers, dropout=dropout, batch_first=True)
        self.norm = nn.LayerNorm(hidden)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.GELU(), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.embed(x)))
        return self.head(self.norm(h[:, -1])).squeeze(-1)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def build_model(cfg):
    model = FiredampForecaster(len(cfg["features"]), cfg["hidden"], cfg["layers"], cfg["dropout"], cfg["rnn"])
    LOG.info("model with %d parameters", count_parameters(model))
    return model


# ----------------------------------------------------------------------------- metrics

def regression_metrics(pred, target, threshold):
    err = pred - target
    mae = err.abs().mean().item()
    rmse = math.sqrt((err ** 2).mean().item())
    alarm_pred, alarm_true = pred > threshold, target > threshold
    tp = (alarm_pred & alarm_true).sum().item()
    fp = (alarm_pred & ~alarm_true).sum().item()
    fn = (~alarm_pred & alarm_true).sum().item()
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"mae": mae, "rmse": rmse, "alarm_f1": f1}


def per_face_metrics(pred, target, faces, threshold):
    out = {}
    for f in faces.unique().tolist():
        m = faces == f
        out[f] = regression_metrics(pred[m], target[m], threshold)
    return out


# ----------------------------------------------------------------------------- training

def train_one_epoch(model, opt, split, cfg):
    model.train()
    meter = AverageMeter()
    for x, y, _ in iterate(split, cfg["batch_size"]):
        loss = F.smooth_l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        meter.update(loss.item(), x.shape[0])
    return meter.avg


@torch.no_grad()
def predict(model, split, cfg):
    model.eval()
    preds, targets, faces = [], [], []
    for x, y, f in iterate(split, cfg["batch_size"], shuffle=False):
        preds.append(model(x))
        targets.append(y)
        faces.append(f)
    return torch.cat(preds), torch.cat(targets), torch.cat(faces)


def evaluate(model, split, cfg):
    pred, target, faces = predict(model, split, cfg)
    metrics = regression_metrics(pred, target, cfg["alarm_threshold"])
    metrics["loss"] = F.smooth_l1_loss(pred, target).item()
    return metrics, per_face_metrics(pred, target, faces, cfg["alarm_threshold"])


class EarlyStopping:
    """Keeps a copy of the best model seen so far."""

    def __init__(self, patience):
        self.patience = patience
        self.best = float("inf")
        self.best_model = None
        self.bad_epochs = 0

    def step(self, model, value):
        if value < self.best:
            self.best = value
            self.best_model = copy.deepcopy(model)
            self.bad_epochs = 0
            return False
        self.bad_epochs += 1
        return self.bad_epochs > self.patience


def fit(model, train_split, val_split, cfg):
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=cfg["epochs"])
    stopper = EarlyStopping(cfg["patience"])
    history = []
    for epoch in range(cfg["epochs"]):
        with Timer() as timer:
            train_loss = train_one_epoch(model, opt, train_split, cfg)
        val_metrics, _ = evaluate(model, val_split, cfg)
        sched.step()
        history.append({"epoch": epoch, "train_loss": train_loss, **val_metrics})
        LOG.info("epoch %d train %.4f val %.4f mae %.4f (%.2fs)", epoch, train_loss,
                 val_metrics["loss"], val_metrics["mae"], timer.elapsed)
        if stopper.step(model, val_metrics["loss"]):
            LOG.info("early stop at epoch %d", epoch)
            break
    return stopper.best_model, history


# ----------------------------------------------------------------------------- face adaptation

def recent_shifts(split, face, k):
    x, y, f = split
    m = (f == face).nonzero().flatten()[-k:]
    return x[m], y[m]


def adapt_to_face(model, split, cfg):
    """A few gradient steps on the most recent shifts of one face."""
    x, y = recent_shifts(split, cfg["adapt_face"], cfg["batch_size"])
    opt = torch.optim.SGD(model.parameters(), lr=cfg["adapt_lr"], momentum=0.9)
    losses = []
    for _ in range(cfg["adapt_steps"]):
        loss = F.smooth_l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        losses.append(loss.item())
    return losses


# ----------------------------------------------------------------------------- checkpoints

def save_checkpoint(model, cfg, history, path):
    torch.save({"state_dict": model.state_dict(), "config": cfg, "history": history}, path)


def load_checkpoint(path, cfg):
    ckpt = torch.load(path, weights_only=False)
    model = build_model(ckpt["config"])
    model.load_state_dict(ckpt["state_dict"])
    return model, ckpt["history"]


# ----------------------------------------------------------------------------- reporting

def format_table(per_face):
    lines = ["face |   mae |  rmse | alarm_f1", "-----+-------+-------+---------"]
    for f, m in sorted(per_face.items()):
        lines.append(f"{f:4d} | {m['mae']:.3f} | {m['rmse']:.3f} | {m['alarm_f1']:.3f}")
    return "\n".join(lines)


def summarise(history):
    best = min(history, key=lambda h: h["loss"])
    agg = defaultdict(list)
    for h in history:
        for k, v in h.items():
            agg[k].append(v)
    return {"best_epoch": best["epoch"], "best_val_loss": best["loss"],
            "mean_train_loss": sum(agg["train_loss"]) / len(agg["train_loss"])}


# ----------------------------------------------------------------------------- main

def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=DEFAULT_CONFIG["epochs"])
    p.add_argument("--hidden", type=int, default=DEFAULT_CONFIG["hidden"])
    p.add_argument("--rnn", choices=["lstm", "gru"], default=DEFAULT_CONFIG["rnn"])
    p.add_argument("--adapt-face", type=int, default=DEFAULT_CONFIG["adapt_face"])
    p.add_argument("--adapt-steps", type=int, default=DEFAULT_CONFIG["adapt_steps"])
    p.add_argument("--no-adapt", action="store_true")
    p.add_argument("--config-json", type=str, default=None, help="JSON overrides")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULT_CONFIG)
    cfg.update(epochs=args.epochs, hidden=args.hidden, rnn=args.rnn,
               adapt_face=args.adapt_face, adapt_steps=args.adapt_steps)
    if args.config_json:
        cfg.update(json.loads(args.config_json))
    return cfg


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = build_config(args)
    set_seed(cfg["seed"])
    train_split, val_split, _ = make_splits(cfg)
    LOG.info("train %d / val %d sequences", train_split[0].shape[0], val_split[0].shape[0])

    model = build_model(cfg)
    best, history = fit(model, train_split, val_split, cfg)
    LOG.info("summary %s", summarise(history))

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "firedamp_best.pt")
        save_checkpoint(best, cfg, history, path)
        reloaded, _ = load_checkpoint(path, cfg)
        LOG.info("checkpoint round trip ok: %s", all(
            torch.equal(a, b) for a, b in zip(best.state_dict().values(), reloaded.state_dict().values())))

    _, per_face = evaluate(best, val_split, cfg)
    print(format_table(per_face))

    if not args.no_adapt:
        losses = adapt_to_face(best, train_split, cfg)
        LOG.info("face %d adaptation losses %s", cfg["adapt_face"], [round(l, 4) for l in losses])
        _, per_face = evaluate(best, val_split, cfg)
        print(format_table(per_face))


if __name__ == "__main__":
    main()
