# expect: clean
"""Knocker-upper wake-time research script.

Predicts, from a week of a client's door-knock response log, how many minutes early the
knocker-upper must arrive tomorrow. A GRU student is trained with a distillation term from
a frozen LSTM teacher, plateau detection swaps in the best snapshot, and a small
metrics table is logged each epoch.
"""
import argparse
import copy
import json
import logging
import math
import random
import time
from collections import defaultdict

import torch
from torch import nn

LOG = logging.getLogger("knockerupper")

CONFIG = {
    "seed": 13,
    "n_clients": 48,
    "seq_len": 7,
    "n_feat": 5,
    "hidden": 12,
    "teacher_hidden": 16,
    "batch_size": 8,
    "epochs": 5,
    "lr": 5e-3,
    "weight_decay": 1e-4,
    "kd_weight": 0.5,
    "kd_temperature": 2.0,
    "patience": 1,
    "min_delta": 0.05,
    "clip": 1.0,
    "val_fraction": 0.25,
    "log_every": 2,
}


# ----------------------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------------------
def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def synth_clients(cfg):
    """Each client: a week of (knock hour, answer delay, rain, weekday, lamp lit)."""
    n, t, f = cfg["n_clients"], cfg["seq_len"], cfg["n_feat"]
    x = torch.randn(n, t, f)
    lateness = x[:, :, 1].cumsum(1)[:, -1] * 0.3 + x[:, -1, 2] * 0.2
    y = lateness + 0.05 * torch.randn(n)
    return x, y


def split(x, y, frac):
    n_val = max(1, int(len(x) * frac))
    idx = torch.randperm(len(x))
    va, tr = idx[:n_val], idx[n_val:]
    return (x[tr], y[tr]), (x[va], y[va])


def batches(x, y, bs, shuffle=True):
    idx = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), bs):
        j = idx[i:i + bs]
        yield x[j], y[j]


def standardise(train, val):
    mu = train[0].mean((0, 1), keepdim=True)
    sd = train[0].std((0, 1), keepdim=True) + 1e-6
    return ((train[0] - mu) / sd, train[1]), ((val[0] - mu) / sd, val[1]), (mu, sd)


# ----------------------------------------------------------------------------------------
# models
# ----------------------------------------------------------------------------------------
class Student(nn.Module):
    def __init__(self, n_feat, hidden):
        super().__init__()
        self.norm = nn.LayerNorm(n_feat)
        self.gru = nn.GRU(n_feat, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.gru(self.norm(x))
        return self.head(self.drop(h[:, -1])).squeeze(-1)


class Teacher(nn.Module):
    def __init__(self, n_feat, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, num_layers=2, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1]).squeeze(-1)


def count_params(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ----------------------------------------------------------------------------------------
# metrics
# ----------------------------------------------------------------------------------------
class Meter:
    def __init__(self):
        self.sums = defaultdict(float)
        self.counts = defaultdict(int)

    def update(self, **kw):
        for k, v in kw.items():
            self.sums[k] += float(v)
            self.counts[k] += 1

    def mean(self):
        return {k: self.sums[k] / max(self.counts[k], 1) for k in self.sums}


def mae(pred, y):
    return (pred - y).abs().mean().item()


def rmse(pred, y):
    return math.sqrt(((pred - y) ** 2).mean().item())


def within(pred, y, tol=0.5):
    return ((pred - y).abs() < tol).float().mean().item()


def format_row(epoch, metrics):
    keys = sorted(metrics)
    return f"{epoch:>3} | " + " | ".join(f"{k}={metrics[k]:.4f}" for k in keys)


# ----------------------------------------------------------------------------------------
# teacher
# ----------------------------------------------------------------------------------------
def pretrain_teacher(teacher, train, cfg, steps=3):
    opt = torch.optim.Adam(teacher.parameters(), lr=cfg["lr"])
    teacher.train()
    for _ in range(steps):
        for xb, yb in batches(*train, cfg["batch_size"]):
            opt.zero_grad()
            nn.functional.mse_loss(teacher(xb), yb).backward()
            opt.step()
    teacher.eval()
    teacher.requires_grad_(False)
    return teacher


def teacher_targets(teacher, xb):
    with torch.no_grad():
        return teacher(xb)


# ----------------------------------------------------------------------------------------
# student training
# ----------------------------------------------------------------------------------------
def distill_loss(pred, yb, t_pred, cfg):
    task = nn.functional.mse_loss(pred, yb)
    kd = nn.functional.mse_loss(pred / cfg["kd_temperature"], t_pred / cfg["kd_temperature"])
    return task + cfg["kd_weight"] * kd, task, kd


def train_one_epoch(model, teacher, opt, train, cfg, epoch):
    meter = Meter()
    for i, (xb, yb) in enumerate(batches(*train, cfg["batch_size"])):
        t_pred = teacher_targets(teacher, xb)
        opt.zero_grad()
        pred = model(xb)
        loss, task, kd = distill_loss(pred, yb, t_pred, cfg)
        loss.backward()
        gnorm = nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        meter.update(loss=loss.item(), task=task.item(), kd=kd.item(), gnorm=gnorm.item())
        if i % cfg["log_every"] == 0:
            LOG.debug("epoch %d batch %d loss %.4f", epoch, i, loss.item())
    return meter.mean()


def evaluate(model, val, cfg):
    was_training = model.training
    model.eval()
    preds, ys = [], []
    with torch.no_grad():
        for xb, yb in batches(*val, cfg["batch_size"], shuffle=False):
            preds.append(model(xb))
            ys.append(yb)
    pred, y = torch.cat(preds), torch.cat(ys)
    metrics = {"val_mae": mae(pred, y), "val_rmse": rmse(pred, y), "val_within": within(pred, y)}
    snapshot = copy.deepcopy(model)
    model.train(was_training)
    return metrics, snapshot


class Plateau:
    def __init__(self, patience, min_delta):
        self.patience = patience
        self.min_delta = min_delta
        self.best = float("inf")
        self.best_model = None
        self.bad = 0

    def update(self, value, snapshot):
        if value < self.best - self.min_delta:
            self.best = value
            self.best_model = snapshot
            self.bad = 0
            return False
        self.bad += 1
        return self.bad > self.patience


def restore_best(model, plateau):
    """On a plateau continue from the best snapshot seen so far."""
    model.load_state_dict(plateau.best_model.state_dict())
    return model


def make_optimizer(model, cfg):
    return torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])


def fit(model, teacher, train, val, cfg):
    opt = make_optimizer(model, cfg)
    plateau = Plateau(cfg["patience"], cfg["min_delta"])
    history = []
    model.train()
    for epoch in range(cfg["epochs"]):
        t0 = time.perf_counter()
        tr = train_one_epoch(model, teacher, opt, train, cfg, epoch)
        va, snapshot = evaluate(model, val, cfg)
        row = {**tr, **va, "secs": time.perf_counter() - t0}
        history.append(row)
        LOG.info(format_row(epoch, row))
        if plateau.update(va["val_mae"], snapshot):
            LOG.info("plateau at epoch %d, restoring best (mae %.4f)", epoch, plateau.best)
            model = restore_best(model, plateau)
            opt = make_optimizer(model, cfg)
            for g in opt.param_groups:
                g["lr"] *= 0.5
            plateau.bad = 0
    return model, history


# ----------------------------------------------------------------------------------------
# reporting
# ----------------------------------------------------------------------------------------
def summarise(history):
    best = min(history, key=lambda r: r["val_mae"])
    return {
        "epochs": len(history),
        "best_val_mae": round(best["val_mae"], 4),
        "final_loss": round(history[-1]["loss"], 4),
        "mean_gnorm": round(sum(r["gnorm"] for r in history) / len(history), 4),
    }


def error_by_weekday(model, val, cfg):
    model.eval()
    with torch.no_grad():
        pred = model(val[0])
    err = (pred - val[1]).abs()
    day = (val[0][:, -1, 3] > 0).long()
    return {int(d): err[day == d].mean().item() for d in day.unique()}


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    ap.add_argument("--kd-weight", type=float, default=CONFIG["kd_weight"])
    ap.add_argument("--patience", type=int, default=CONFIG["patience"])
    ap.add_argument("--verbose", action="store_true")
    return ap.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    cfg = dict(CONFIG, epochs=args.epochs, kd_weight=args.kd_weight, patience=args.patience)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(asctime)s %(name)s %(message)s")
    seed_everything(cfg["seed"])
    x, y = synth_clients(cfg)
    train, val = split(x, y, cfg["val_fraction"])
    train, val, _ = standardise(train, val)
    teacher = pretrain_teacher(Teacher(cfg["n_feat"], cfg["teacher_hidden"]), train, cfg)
    student = Student(cfg["n_feat"], cfg["hidden"])
    LOG.info("student params %d teacher params %d", count_params(student),
             sum(p.numel() for p in teacher.parameters()))
    student, history = fit(student, teacher, train, val, cfg)
    report = summarise(history)
    report["by_weekday"] = error_by_weekday(student, val, cfg)
    print(json.dumps(report, indent=1, sort_keys=True))


if __name__ == "__main__":
    main([])
