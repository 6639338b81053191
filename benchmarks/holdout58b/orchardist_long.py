# expect: clean
"""
orchardist: classify apple-orchard blocks into harvest windows (early / mid / late)
from weekly sensor sequences (soil moisture, canopy temperature, fruit firmness proxy).

A small GRU student is distilled from a larger LSTM teacher that is queried every
step. After training we fit a temperature on the validation logits and write a
per-feature sensitivity report of the classifier head.

    python orchardist_long.py --epochs 3 --alpha 0.7 --tau 2.0
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
from dataclasses import dataclass, field, asdict

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("orchardist")

CONFIG = {
    "n_blocks_train": 40,
    "n_blocks_val": 12,
    "weeks": 9,
    "n_sensors": 4,
    "n_classes": 3,
    "teacher_hidden": 16,
    "student_hidden": 8,
    "batch_size": 6,
    "lr": 4e-3,
    "teacher_lr": 5e-3,
    "teacher_epochs": 2,
    "temperature_steps": 20,
    "seed": 13,
}


@dataclass
class RunStats:
    epoch_losses: list = field(default_factory=list)
    val_acc: list = field(default_factory=list)
    val_nll: list = field(default_factory=list)
    temperature: float = 1.0
    wall: float = 0.0


# ------------------------------------------------------------------ data

def make_blocks(n, cfg, gen):
    x = torch.randn(n, cfg["weeks"], cfg["n_sensors"], generator=gen)
    trend = x[:, -3:, 0].mean(1) - x[:, :3, 1].mean(1)
    y = torch.bucketize(trend, torch.tensor([-0.4, 0.4]))
    return x, y


def batches(x, y, bs, shuffle, seed=0):
    idx = list(range(x.shape[0]))
    if shuffle:
        random.Random(seed).shuffle(idx)
    for i in range(0, len(idx), bs):
        j = idx[i:i + bs]
        yield x[j], y[j]


# ------------------------------------------------------------------ models

class HarvestTeacher(nn.Module):
    def __init__(self, n_in, hidden, n_classes):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, n_classes)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.cls(out[:, -1])


class HarvestStudent(nn.Module):
    def __init__(self, n_in, hidden, n_classes):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.norm = nn.LayerNorm(hidden)
        self.head = nn.Linear(hidden, n_classes)

    def encode(self, x):
        _, h = self.rnn(x)
        return self.norm(h[-1])

    def forward(self, x):
        return self.head(self.encode(x))


# ------------------------------------------------------------------ losses / metrics

def kd_loss(student_logits, teacher_logits, target, alpha, tau):
    soft = F.kl_div(F.log_softmax(student_logits / tau, -1), F.softmax(teacher_logits / tau, -1),
                    reduction="batchmean") * tau * tau
    hard = F.cross_entropy(student_logits, target)
    return alpha * soft + (1 - alpha) * hard


def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def expected_calibration_error(logits, y, n_bins=5):
    probs = logits.softmax(-1)
    conf, pred = probs.max(-1)
    ece = 0.0
    for lo in torch.linspace(0, 1, n_bins + 1)[:-1]:
        m = (conf > lo) & (conf <= lo + 1.0 / n_bins)
        if m.any():
            ece += m.float().mean().item() * abs((pred[m] == y[m]).float().mean().item() - conf[m].mean().item())
    return ece


def confusion_matrix(logits, y, n_classes):
    cm = torch.zeros(n_classes, n_classes, dtype=torch.long)
    for t, p in zip(y.tolist(), logits.argmax(-1).tolist()):
        cm[t, p] += 1
    return cm


def per_class_report(cm, names=("early", "mid", "late")):
    rows = []
    for i, name in enumerate(names[: cm.shape[0]]):
        tp = cm[i, i].item()
        fp = cm[:, i].sum().item() - tp
        fn = cm[i, :].sum().item() - tp
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        rows.append(f"{name:>6s} p={prec:.2f} r={rec:.2f} f1={f1:.2f} n={int(cm[i].sum())}")
    return "\n".join(rows)


class WarmupCosine:
    """Linear warmup then cosine decay, stepped once per epoch."""

    def __init__(self, opt, warmup, total, floor=0.1):
        self.opt, self.warmup, self.total, self.floor = opt, warmup, max(total, 1), floor
        self.base = [g["lr"] for g in opt.param_groups]
        self.t = 0

    def factor(self):
        if self.t < self.warmup:
            return (self.t + 1) / (self.warmup + 1)
        prog = (self.t - self.warmup) / max(self.total - self.warmup, 1)
        return self.floor + (1 - self.floor) * 0.5 * (1 + math.cos(math.pi * min(prog, 1.0)))

    def step(self):
        self.t += 1
        for g, b in zip(self.opt.param_groups, self.base):
            g["lr"] = b * self.factor()


# ------------------------------------------------------------------ phases

def pretrain_teacher(teacher, data, cfg):
    teacher.train()
    opt = torch.optim.Adam(teacher.parameters(), lr=cfg["teacher_lr"])
    for ep in range(cfg["teacher_epochs"]):
        tot = 0.0
        for xb, yb in batches(*data, cfg["batch_size"], True, seed=ep):
            opt.zero_grad()
            loss = F.cross_entropy(teacher(xb), yb)
            loss.backward()
            opt.step()
            tot += loss.item()
        logger.info("teacher epoch %d loss %.4f", ep, tot)
    return teacher


def teacher_logits(teacher, xb):
    teacher.eval()
    with torch.no_grad():
        return teacher(xb)


def train_epoch(student, teacher, data, opt, cfg, args, epoch):
    student.train()
    total, n = 0.0, 0
    for xb, yb in batches(*data, cfg["batch_size"], True, seed=100 + epoch):
        t_logits = teacher_logits(teacher, xb)
        s_logits = student(xb)
        loss = kd_loss(s_logits, t_logits, yb, args.alpha, args.tau)
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item() * xb.shape[0]
        n += xb.shape[0]
    return total / n


def collect_logits(model, data, cfg):
    model.eval()
    outs, ys = [], []
    with torch.no_grad():
        for xb, yb in batches(*data, cfg["batch_size"], False):
            outs.append(model(xb))
            ys.append(yb)
    return torch.cat(outs), torch.cat(ys)


def validate(student, data, cfg):
    logits, y = collect_logits(student, data, cfg)
    return {"acc": accuracy(logits, y), "nll": F.cross_entropy(logits, y).item(),
            "ece": expected_calibration_error(logits, y)}


def fit_temperature(student, data, cfg):
    """Classic temperature scaling: only the scalar temperature receives gradients."""
    logits, y = collect_logits(student, data, cfg)
    log_t = torch.zeros(1, requires_grad=True)
    opt = torch.optim.Adam([log_t], lr=0.05)
    for _ in range(cfg["temperature_steps"]):
        opt.zero_grad()
        loss = F.cross_entropy(logits / log_t.exp(), y)
        loss.backward()
        opt.step()
    return log_t.detach().exp().item()


def head_sensitivity(student, data, cfg):
    """d(max logit)/d(feature) of the head, on frozen encoder features."""
    student.eval()
    xb, _ = next(batches(*data, cfg["batch_size"], False))
    with torch.no_grad():
        feats = student.encode(xb)
    feats = feats.clone().requires_grad_(True)
    top = student.head(feats).max(-1).values.sum()
    top.backward()
    sens = feats.grad.abs().mean(0)
    student.head.zero_grad(set_to_none=True)
    return sens


def dump_summary(stats, cfg):
    """Write the run summary beside a temp dir (as the cluster job does), read it back, clean up."""
    payload = {"config": cfg, "stats": asdict(stats)}
    with tempfile.TemporaryDirectory(prefix="orchardist_") as d:
        path = os.path.join(d, "summary.json")
        with open(path, "w") as fh:
            json.dump(payload, fh)
        with open(path) as fh:
            back = json.load(fh)
    return len(back["stats"]["epoch_losses"])


# ------------------------------------------------------------------ entry

def get_args(argv):
    ap = argparse.ArgumentParser(description="orchard harvest-window distillation")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--alpha", type=float, default=0.7)
    ap.add_argument("--tau", type=float, default=2.0)
    ap.add_argument("--log-level", default="WARNING")
    return ap.parse_args(argv)


def main(argv=None):
    args = get_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=getattr(logging, args.log_level), format="[%(levelname)s] %(message)s")
    cfg = dict(CONFIG)
    torch.manual_seed(cfg["seed"])
    gen = torch.Generator().manual_seed(cfg["seed"])
    train_data = make_blocks(cfg["n_blocks_train"], cfg, gen)
    val_data = make_blocks(cfg["n_blocks_val"], cfg, gen)

    teacher = pretrain_teacher(HarvestTeacher(cfg["n_sensors"], cfg["teacher_hidden"], cfg["n_classes"]),
                               train_data, cfg)
    student = HarvestStudent(cfg["n_sensors"], cfg["student_hidden"], cfg["n_classes"])
    opt = torch.optim.Adam(student.parameters(), lr=cfg["lr"])
    sched = WarmupCosine(opt, warmup=1, total=args.epochs)
    stats = RunStats()
    t0 = time.time()
    for epoch in range(args.epochs):
        loss = train_epoch(student, teacher, train_data, opt, cfg, args, epoch)
        metrics = validate(student, val_data, cfg)
        sched.step()
        stats.epoch_losses.append(loss)
        stats.val_acc.append(metrics["acc"])
        stats.val_nll.append(metrics["nll"])
        logger.info("epoch %d kd %.4f acc %.3f nll %.3f ece %.3f", epoch, loss, metrics["acc"], metrics["nll"],
                    metrics["ece"])

    val_logits, val_y = collect_logits(student, val_data, cfg)
    print(per_class_report(confusion_matrix(val_logits, val_y, cfg["n_classes"])))
    stats.temperature = fit_temperature(student, val_data, cfg)
    sens = head_sensitivity(student, val_data, cfg)
    stats.wall = time.time() - t0
    top = sorted(range(sens.numel()), key=lambda i: -float(sens[i]))[:3]
    print("temperature", round(stats.temperature, 3), "top features", top)
    print({k: (round(v, 4) if isinstance(v, float) else [round(u, 4) for u in v])
           for k, v in asdict(stats).items() if k != "wall"})
    logger.info("summary epochs written: %d", dump_summary(stats, cfg))
    if any(math.isnan(v) for v in stats.epoch_losses):
        raise SystemExit("nan loss")


if __name__ == "__main__":
    main()
