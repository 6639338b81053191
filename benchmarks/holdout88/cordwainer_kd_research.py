# expect: crash
"""Cordwainer last-fit study: distil a BiLSTM teacher into a small GRU student.

Research script: config dict, argparse overrides, logging, metrics, mid-epoch validation,
early stopping with best-state restore, and a final report.
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
import torch.nn as nn
import torch.nn.functional as F

CONFIG = {
    "seed": 13,
    "n_features": 4,
    "n_classes": 3,
    "seq_len": 7,
    "n_train": 32,
    "n_val": 12,
    "batch_size": 8,
    "teacher_hidden": 12,
    "student_hidden": 6,
    "teacher_epochs": 2,
    "student_epochs": 2,
    "lr": 5e-3,
    "temperature": 2.0,
    "alpha": 0.7,
    "val_every": 2,
    "patience": 3,
    "grad_clip": 1.0,
}

log = logging.getLogger("cordwainer")


# ----------------------------------------------------------------------------- utils
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(message)s")


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--lr", type=float, default=None)
    ap.add_argument("--temperature", type=float, default=None)
    ap.add_argument("--alpha", type=float, default=None)
    ap.add_argument("--val-every", type=int, default=None)
    ap.add_argument("--verbose", action="store_true")
    return ap.parse_args(argv)


def merge_config(cfg, args):
    cfg = dict(cfg)
    for key in ("lr", "temperature", "alpha", "val_every"):
        value = getattr(args, key)
        if value is not None:
            cfg[key] = value
    return cfg


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


# ----------------------------------------------------------------------------- data
def synth_lasts(cfg, n):
    """Foot-pressure sequences; the class is the position of the peak pressure."""
    x = torch.randn(n, cfg["seq_len"], cfg["n_features"])
    peak = x.sum(-1).argmax(1)
    y = torch.div(peak * cfg["n_classes"], cfg["seq_len"], rounding_mode="floor")
    return x, y.clamp(max=cfg["n_classes"] - 1)


def batches(x, y, batch_size, shuffle):
    idx = list(range(len(x)))
    if shuffle:
        random.shuffle(idx)
    for start in range(0, len(idx), batch_size):
        sel = idx[start:start + batch_size]
        yield x[sel], y[sel]


# ----------------------------------------------------------------------------- models
class Teacher(nn.Module):
    def __init__(self, n_in, hidden, n_cls):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.1)
        self.fc = nn.Linear(2 * hidden, n_cls)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(self.drop(out.max(1).values))


class Student(nn.Module):
    def __init__(self, n_in, hidden, n_cls):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, n_cls)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.fc(out[:, -1])


def count_params(model):
    return sum(p.numel() for p in model.parameters())


# ----------------------------------------------------------------------------- metrics
def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def expected_calibration_error(logits, y, n_bins=5):
    probs = logits.softmax(-1)
    conf, pred = probs.max(-1)
    ece = 0.0
    for b in range(n_bins):
        lo, hi = b / n_bins, (b + 1) / n_bins
        mask = (conf > lo) & (conf <= hi)
        if mask.any():
            gap = (pred[mask] == y[mask]).float().mean() - conf[mask].mean()
            ece += mask.float().mean().item() * abs(gap.item())
    return ece


def kd_loss(student_logits, teacher_logits, y, temperature, alpha):
    soft = F.kl_div(F.log_softmax(student_logits / temperature, -1),
                    F.softmax(teacher_logits / temperature, -1),
                    reduction="batchmean") * temperature ** 2
    hard = F.cross_entropy(student_logits, y)
    return alpha * soft + (1 - alpha) * hard


# ----------------------------------------------------------------------------- evaluation
@torch.no_grad()
def evaluate(model, x, y, cfg):
    model.eval()
    logits = torch.cat([model(xb) for xb, _ in batches(x, y, cfg["batch_size"], False)])
    return {
        "loss": F.cross_entropy(logits, y).item(),
        "acc": accuracy(logits, y),
        "ece": expected_calibration_error(logits, y),
    }


class EarlyStopping:
    def __init__(self, patience):
        self.patience = patience
        self.best = math.inf
        self.best_state = None
        self.bad = 0

    def step(self, model, metric):
        if metric < self.best:
            self.best = metric
            self.best_state = copy.deepcopy(model.state_dict())
            self.bad = 0
            return False
        self.bad += 1
        return self.bad >= self.patience

    def restore(self, model):
        if self.best_state is not None:
            model.load_state_dict(self.best_state)


# ----------------------------------------------------------------------------- training
def train_teacher(teacher, data, cfg):
    x, y = data["train"]
    opt = torch.optim.Adam(teacher.parameters(), lr=cfg["lr"])
    for epoch in range(cfg["teacher_epochs"]):
        teacher.train()
        meter = AverageMeter()
        for xb, yb in batches(x, y, cfg["batch_size"], True):
            opt.zero_grad()
            loss = F.cross_entropy(teacher(xb), yb)
            loss.backward()
            opt.step()
            meter.update(loss.item(), len(xb))
        metrics = evaluate(teacher, *data["val"], cfg)
        log.info("teacher epoch %d train %.4f val %s", epoch, meter.avg, json.dumps(metrics))
    teacher.eval()
    return teacher


def distil_epoch(student, teacher, opt, data, cfg, stopper, history, epoch):
    x, y = data["train"]
    student.train()
    meter = AverageMeter()
    for step, (xb, yb) in enumerate(batches(x, y, cfg["batch_size"], True)):
        with torch.no_grad():
            t_logits = teacher(xb)
        s_logits = student(xb)
        loss = kd_loss(s_logits, t_logits, yb, cfg["temperature"], cfg["alpha"])
        opt.zero_grad()
        loss.backward()  # TM001-here
        nn.utils.clip_grad_norm_(student.parameters(), cfg["grad_clip"])
        opt.step()
        meter.update(loss.item(), len(xb))
        if (step + 1) % cfg["val_every"] == 0:
            metrics = evaluate(student, *data["val"], cfg)
            history["val_loss"].append(metrics["loss"])
            history["val_acc"].append(metrics["acc"])
            log.debug("epoch %d step %d val %s", epoch, step, metrics)
            if stopper.step(student, metrics["loss"]):
                log.info("early stop at epoch %d step %d", epoch, step)
                return meter.avg, True
    return meter.avg, False


def distil(student, teacher, data, cfg):
    opt = torch.optim.Adam(student.parameters(), lr=cfg["lr"])
    stopper = EarlyStopping(cfg["patience"])
    history = defaultdict(list)
    for epoch in range(cfg["student_epochs"]):
        t0 = time.time()
        train_loss, stop = distil_epoch(student, teacher, opt, data, cfg, stopper, history, epoch)
        history["train_loss"].append(train_loss)
        log.info("student epoch %d loss %.4f (%.2fs)", epoch, train_loss, time.time() - t0)
        if stop:
            break
    stopper.restore(student)
    return history


def report(teacher, student, data, cfg, history):
    t_metrics = evaluate(teacher, *data["val"], cfg)
    s_metrics = evaluate(student, *data["val"], cfg)
    summary = {
        "teacher_params": count_params(teacher),
        "student_params": count_params(student),
        "teacher": t_metrics,
        "student": s_metrics,
        "n_val_checks": len(history["val_loss"]),
    }
    log.info("summary %s", json.dumps(summary, indent=None))
    return summary


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_config(CONFIG, args)
    set_seed(cfg["seed"])
    data = {
        "train": synth_lasts(cfg, cfg["n_train"]),
        "val": synth_lasts(cfg, cfg["n_val"]),
    }
    teacher = Teacher(cfg["n_features"], cfg["teacher_hidden"], cfg["n_classes"])
    student = Student(cfg["n_features"], cfg["student_hidden"], cfg["n_classes"])
    log.info("teacher %d params, student %d params", count_params(teacher), count_params(student))
    train_teacher(teacher, data, cfg)
    history = distil(student, teacher, data, cfg)
    summary = report(teacher, student, data, cfg, history)
    print("final student acc", summary["student"]["acc"])


if __name__ == "__main__":
    main([])
