# expect: crash
"""
Tallow-chandler dipping line: predict final candle diameter class from a sequence of dip
temperatures / immersion times.

Research script for the "TTT-dip" experiments: a student GRU is distilled from a larger LSTM teacher
(teacher evaluated every step), with an auxiliary self-supervised head (masked-step reconstruction)
that is also used for test-time training (one adaptation step per evaluation batch).

Usage:
    python tallowchandler_dip_research.py --epochs 2 --ttt-steps 1
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

LOGGER = logging.getLogger("tallowchandler")

DEFAULT_CONFIG = {
    "data": {
        "n_train": 48,
        "n_val": 16,
        "seq_len": 8,
        "n_feat": 4,
        "n_classes": 3,
        "noise": 0.1,
    },
    "teacher": {"hidden": 16, "layers": 2, "dropout": 0.1},
    "student": {"hidden": 8, "layers": 1},
    "optim": {"lr": 3e-3, "weight_decay": 1e-4, "clip": 1.0},
    "kd": {"temperature": 2.0, "alpha": 0.6},
    "ssl": {"mask_prob": 0.25, "weight": 0.3},
    "ttt": {"steps": 1, "lr": 1e-3},
    "batch_size": 8,
    "epochs": 2,
    "teacher_epochs": 1,
    "seed": 13,
}


# --------------------------------------------------------------------------------------------
# utilities
# --------------------------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def deep_update(base, override):
    out = copy.deepcopy(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_update(out[k], v)
        else:
            out[k] = v
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
        return self.sum / max(1, self.count)

    def __repr__(self):
        return f"{self.name}={self.avg:.4f}"


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.t0
        return False


def macro_f1(pred, target, n_classes):
    f1s = []
    for c in range(n_classes):
        tp = ((pred == c) & (target == c)).sum().item()
        fp = ((pred == c) & (target != c)).sum().item()
        fn = ((pred != c) & (target == c)).sum().item()
        if tp + fp + fn == 0:
            continue
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(0.0 if prec + rec == 0 else 2 * prec * rec / (prec + rec))
    return sum(f1s) / max(1, len(f1s))


def expected_calibration_error(probs, target, n_bins=5):
    conf, pred = probs.max(-1)
    ece = 0.0
    edges = torch.linspace(0, 1, n_bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (conf > lo) & (conf <= hi)
        if m.any():
            acc = (pred[m] == target[m]).float().mean()
            ece += m.float().mean().item() * abs(acc.item() - conf[m].mean().item())
    return ece


# --------------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------------
def synth_dips(n, cfg):
    """Temperature, immersion time, cooling time, ambient humidity per dip."""
    x = torch.randn(n, cfg["seq_len"], cfg["n_feat"])
    score = x[:, :, 1].cumsum(1)[:, -1] - 0.5 * x[:, :, 0].mean(1)
    edges = torch.quantile(score, torch.tensor([1 / 3, 2 / 3]))
    y = torch.bucketize(score, edges)
    x = x + cfg["noise"] * torch.randn_like(x)
    return x, y


def batches(x, y, bs, shuffle):
    idx = list(range(len(x)))
    if shuffle:
        random.shuffle(idx)
    for i in range(0, len(idx), bs):
        j = torch.tensor(idx[i:i + bs])
        yield x[j], y[j]


def mask_steps(x, p):
    mask = (torch.rand(x.shape[0], x.shape[1], 1) < p).float()
    return x * (1 - mask), mask


# --------------------------------------------------------------------------------------------
# models
# --------------------------------------------------------------------------------------------
class Teacher(nn.Module):
    def __init__(self, n_feat, n_classes, hidden, layers, dropout):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, num_layers=layers, dropout=dropout,
                            batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, n_classes)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.head(o.mean(1))


class Student(nn.Module):
    def __init__(self, n_feat, n_classes, hidden, layers):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True)
        self.cls = nn.Linear(hidden, n_classes)
        self.recon = nn.Linear(hidden, n_feat)

    def encode(self, x):
        h, _ = self.gru(torch.relu(self.inp(x)))
        return h

    def forward(self, x):
        return self.cls(self.encode(x)[:, -1])

    def reconstruct(self, x):
        return self.recon(self.encode(x))


def count_params(m):
    return sum(p.numel() for p in m.parameters() if p.requires_grad)


# --------------------------------------------------------------------------------------------
# losses
# --------------------------------------------------------------------------------------------
def kd_loss(student_logits, teacher_logits, target, T, alpha):
    soft = F.kl_div(F.log_softmax(student_logits / T, -1), F.softmax(teacher_logits / T, -1),
                    reduction="batchmean") * T * T
    hard = F.cross_entropy(student_logits, target)
    return alpha * soft + (1 - alpha) * hard


def ssl_loss(model, x, p):
    xm, mask = mask_steps(x, p)
    rec = model.reconstruct(xm)
    denom = mask.sum().clamp_min(1.0) * x.shape[-1]
    return (((rec - x) ** 2) * mask).sum() / denom


# --------------------------------------------------------------------------------------------
# training
# --------------------------------------------------------------------------------------------
def train_teacher(teacher, data, cfg):
    opt = torch.optim.Adam(teacher.parameters(), lr=cfg["optim"]["lr"])
    x, y = data
    for ep in range(cfg["teacher_epochs"]):
        teacher.train()
        meter = AverageMeter("teacher_loss")
        for xb, yb in batches(x, y, cfg["batch_size"], shuffle=True):
            loss = F.cross_entropy(teacher(xb), yb)
            opt.zero_grad()
            loss.backward()
            opt.step()
            meter.update(loss.item(), len(xb))
        LOGGER.info("teacher epoch %d %s", ep, meter)
    return teacher


def train_student_epoch(student, teacher, opt, data, cfg):
    student.train()
    teacher.eval()
    meters = {k: AverageMeter(k) for k in ("kd", "ssl", "total")}
    x, y = data
    for xb, yb in batches(x, y, cfg["batch_size"], shuffle=True):
        with torch.no_grad():
            t_logits = teacher(xb)
        s_logits = student(xb)
        l_kd = kd_loss(s_logits, t_logits, yb, cfg["kd"]["temperature"], cfg["kd"]["alpha"])
        l_ssl = ssl_loss(student, xb, cfg["ssl"]["mask_prob"])
        loss = l_kd + cfg["ssl"]["weight"] * l_ssl
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(student.parameters(), cfg["optim"]["clip"])
        opt.step()
        for k, v in (("kd", l_kd), ("ssl", l_ssl), ("total", loss)):
            meters[k].update(v.item(), len(xb))
    return meters


def test_time_adapt(model, xb, cfg):
    """One (or a few) SSL steps on the unlabelled evaluation batch; returns the adapted copy."""
    adapted = copy.deepcopy(model)
    opt = torch.optim.SGD(adapted.parameters(), lr=cfg["ttt"]["lr"])
    for _ in range(cfg["ttt"]["steps"]):
        loss = ssl_loss(adapted, xb, cfg["ssl"]["mask_prob"])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return adapted


def evaluate(student, data, cfg, ttt=False):
    student.eval()
    x, y = data
    all_probs, all_y = [], []
    for xb, yb in batches(x, y, cfg["batch_size"], shuffle=False):
        model = test_time_adapt(student, xb, cfg) if ttt else student
        with torch.no_grad():
            all_probs.append(F.softmax(model(xb), -1))
        all_y.append(yb)
    probs, target = torch.cat(all_probs), torch.cat(all_y)
    pred = probs.argmax(-1)
    return {
        "acc": (pred == target).float().mean().item(),
        "macro_f1": macro_f1(pred, target, cfg["data"]["n_classes"]),
        "ece": expected_calibration_error(probs, target),
        "nll": F.nll_loss(probs.clamp_min(1e-8).log(), target).item(),
    }


def save_results(results, path):
    with open(path, "w") as fh:
        json.dump(results, fh, indent=2)


# --------------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--ttt-steps", type=int, default=None)
    p.add_argument("--no-ttt", action="store_true")
    p.add_argument("--alpha", type=float, default=None)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--log-level", default="INFO")
    return p.parse_args(argv)


def build_config(args):
    override = {}
    if args.epochs is not None:
        override["epochs"] = args.epochs
    if args.ttt_steps is not None:
        override.setdefault("ttt", {})["steps"] = args.ttt_steps
    if args.alpha is not None:
        override.setdefault("kd", {})["alpha"] = args.alpha
    if args.seed is not None:
        override["seed"] = args.seed
    return deep_update(DEFAULT_CONFIG, override)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level), format="%(asctime)s %(name)s %(message)s")
    cfg = build_config(args)
    set_seed(cfg["seed"])
    dcfg = cfg["data"]
    train_data = synth_dips(dcfg["n_train"], dcfg)
    val_data = synth_dips(dcfg["n_val"], dcfg)

    teacher = Teacher(dcfg["n_feat"], dcfg["n_classes"], **cfg["teacher"])
    student = Student(dcfg["n_feat"], dcfg["n_classes"], **cfg["student"])
    LOGGER.info("teacher params %d student params %d", count_params(teacher), count_params(student))
    train_teacher(teacher, train_data, cfg)

    opt = torch.optim.AdamW(student.parameters(), lr=cfg["optim"]["lr"],
                            weight_decay=cfg["optim"]["weight_decay"])
    history = defaultdict(list)
    best = {"acc": -math.inf}
    for epoch in range(cfg["epochs"]):
        with Timer() as t:
            meters = train_student_epoch(student, teacher, opt, train_data, cfg)
        plain = evaluate(student, val_data, cfg, ttt=False)
        history["plain_acc"].append(plain["acc"])
        LOGGER.info("epoch %d %s (%.2fs) val %s", epoch, list(meters.values()), t.elapsed, plain)
        if plain["acc"] > best["acc"]:
            best = dict(plain, epoch=epoch)

    if not args.no_ttt:
        adapted = evaluate(student, val_data, cfg, ttt=True)
        history["ttt_acc"].append(adapted["acc"])
        LOGGER.info("with test-time training: %s", adapted)

    fd, path = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    try:
        save_results({"best": best, "history": dict(history), "config": cfg}, path)
    finally:
        os.remove(path)
    return best


if __name__ == "__main__":
    main()
