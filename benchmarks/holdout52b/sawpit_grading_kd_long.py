# expect: clean
"""Sawpit timber grading: classify plank grade (A/B/C/reject) from pit-saw
vibration traces. A large GRU teacher is trained first, then distilled into a
small LSTM student with logit and hidden-state matching; the student is finally
calibrated with temperature scaling on a held-out batch.

    python sawpit_grading_kd_long.py --teacher-epochs 2 --student-epochs 2
"""
import argparse
import json
import logging
import math
import random
import sys
import time
from collections import OrderedDict

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("sawpit")

CONFIG = OrderedDict(
    seed=23,
    channels=2,
    steps=9,
    n_classes=4,
    batch=6,
    train_batches=3,
    val_batches=2,
    teacher_hidden=16,
    student_hidden=6,
    teacher_epochs=2,
    student_epochs=2,
    lr=1e-2,
    kd_temperature=3.0,
    kd_alpha=0.6,
    hint_weight=0.1,
    calib_steps=20,
    calib_lr=0.05,
)


# ------------------------------------------------------------------ data
def plank_batch(batch, steps, channels, n_classes):
    grade = torch.randint(0, n_classes, (batch,))
    t = torch.linspace(0, 1, steps)
    freq = 2 + grade.float()[:, None]
    signal = torch.sin(2 * math.pi * freq * t[None, :])
    knots = (torch.rand(batch, steps) < 0.1 * grade.float()[:, None]).float()
    x = torch.stack([signal + 0.2 * torch.randn(batch, steps), knots], dim=-1)[..., :channels]
    return x, grade


def loaders(cfg):
    mk = lambda n: [plank_batch(cfg["batch"], cfg["steps"], cfg["channels"], cfg["n_classes"])  # noqa: E731
                    for _ in range(n)]
    return mk(cfg["train_batches"]), mk(cfg["val_batches"]), mk(1), mk(2)


# ---------------------------------------------------------------- models
class GradeTeacher(nn.Module):
    def __init__(self, channels, hidden, n_classes):
        super().__init__()
        self.rnn = nn.GRU(channels, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.hint = nn.Identity()
        self.cls = nn.Linear(hidden, n_classes)

    def forward(self, x, return_hidden=False):
        h, _ = self.rnn(x)
        last = self.hint(h[:, -1])
        logits = self.cls(last)
        return (logits, last) if return_hidden else logits


class GradeStudent(nn.Module):
    def __init__(self, channels, hidden, n_classes, teacher_hidden):
        super().__init__()
        self.rnn = nn.LSTM(channels, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_classes)
        self.regressor = nn.Linear(hidden, teacher_hidden)  # FitNets-style hint regressor

    def forward(self, x, return_hidden=False):
        h, _ = self.rnn(x)
        last = h[:, -1]
        logits = self.cls(last)
        return (logits, self.regressor(last)) if return_hidden else logits


# --------------------------------------------------------------- metrics
def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def expected_calibration_error(probs, y, n_bins=5):
    conf, pred = probs.max(-1)
    ece = torch.zeros(())
    edges = torch.linspace(0, 1, n_bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (conf > lo) & (conf <= hi)
        if mask.any():
            gap = (pred[mask] == y[mask]).float().mean() - conf[mask].mean()
            ece = ece + mask.float().mean() * gap.abs()
    return ece.item()


def macro_f1(logits, y, n_classes):
    pred = logits.argmax(-1)
    f1s = []
    for c in range(n_classes):
        tp = ((pred == c) & (y == c)).sum().item()
        fp = ((pred == c) & (y != c)).sum().item()
        fn = ((pred != c) & (y == c)).sum().item()
        denom = 2 * tp + fp + fn
        f1s.append(2 * tp / denom if denom else 0.0)
    return sum(f1s) / n_classes


def confusion_matrix(logits, y, n_classes):
    cm = torch.zeros(n_classes, n_classes, dtype=torch.long)
    for t, p in zip(y.tolist(), logits.argmax(-1).tolist()):
        cm[t, p] += 1
    return cm


def format_confusion(cm, names=("A", "B", "C", "rej")):
    width = max(len(n) for n in names) + 2
    lines = [" " * width + "".join(n.rjust(width) for n in names[: cm.shape[1]])]
    for i, row in enumerate(cm.tolist()):
        lines.append(names[i].rjust(width) + "".join(str(v).rjust(width) for v in row))
    return "\n".join(lines)


def describe_data(batches, n_classes):
    counts = torch.zeros(n_classes, dtype=torch.long)
    means, stds = [], []
    for x, y in batches:
        counts += torch.bincount(y, minlength=n_classes)
        means.append(x.mean(dim=(0, 1)))
        stds.append(x.std(dim=(0, 1)))
    return {
        "class_counts": counts.tolist(),
        "channel_mean": [round(v, 3) for v in torch.stack(means).mean(0).tolist()],
        "channel_std": [round(v, 3) for v in torch.stack(stds).mean(0).tolist()],
    }


@torch.no_grad()
def collect_logits(model, batches):
    model.eval()
    logits = torch.cat([model(x) for x, _ in batches])
    return logits, torch.cat([y for _, y in batches])


@torch.no_grad()
def evaluate(model, batches, n_classes):
    model.eval()
    logits, ys = [], []
    for x, y in batches:
        logits.append(model(x))
        ys.append(y)
    logits, ys = torch.cat(logits), torch.cat(ys)
    return {
        "acc": accuracy(logits, ys),
        "f1": macro_f1(logits, ys, n_classes),
        "nll": F.cross_entropy(logits, ys).item(),
        "ece": expected_calibration_error(F.softmax(logits, -1), ys),
    }


# -------------------------------------------------------------- training
def train_teacher(teacher, train, val, cfg):
    opt = torch.optim.Adam(teacher.parameters(), lr=cfg["lr"])
    for epoch in range(cfg["teacher_epochs"]):
        teacher.train()
        for x, y in train:
            loss = F.cross_entropy(teacher(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        log.info("teacher epoch %d %s", epoch, json.dumps(evaluate(teacher, val, cfg["n_classes"])))
    return teacher


def distillation_loss(s_logits, t_logits, y, T, alpha):
    soft = F.kl_div(F.log_softmax(s_logits / T, -1), F.log_softmax(t_logits / T, -1),
                    reduction="batchmean", log_target=True) * T * T
    hard = F.cross_entropy(s_logits, y)
    return alpha * soft + (1 - alpha) * hard, soft.item(), hard.item()


def run_student_epoch(student, teacher, train, opt, cfg):
    student.train()
    teacher.eval()
    stats = {"soft": 0.0, "hard": 0.0, "hint": 0.0}
    for x, y in train:
        with torch.no_grad():
            t_logits, t_hidden = teacher(x, return_hidden=True)
        s_logits, s_hint = student(x, return_hidden=True)
        loss, soft, hard = distillation_loss(s_logits, t_logits, y, cfg["kd_temperature"], cfg["kd_alpha"])
        hint = F.mse_loss(s_hint, t_hidden)
        loss = loss + cfg["hint_weight"] * hint
        opt.zero_grad()
        loss.backward()
        opt.step()
        stats["soft"] += soft
        stats["hard"] += hard
        stats["hint"] += hint.item()
    return {k: v / len(train) for k, v in stats.items()}


def distil(student, teacher, train, val, cfg):
    opt = torch.optim.Adam(student.parameters(), lr=cfg["lr"])
    best, best_state = -1.0, None
    for epoch in range(cfg["student_epochs"]):
        t0 = time.time()
        stats = run_student_epoch(student, teacher, train, opt, cfg)
        metrics = evaluate(student, val, cfg["n_classes"])
        if metrics["acc"] > best:
            best = metrics["acc"]
            best_state = {k: v.clone() for k, v in student.state_dict().items()}
        log.info("student epoch %d %s %s (%.2fs)", epoch, stats, metrics, time.time() - t0)
    student.load_state_dict(best_state)
    return student


# ----------------------------------------------------------- calibration
class TemperatureScaler(nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model
        self.log_t = nn.Parameter(torch.zeros(1))

    def forward(self, x):
        return self.model(x) / self.log_t.exp()


def calibrate(student, calib, cfg):
    scaler = TemperatureScaler(student)
    student.eval()
    with torch.no_grad():
        logits = torch.cat([student(x) for x, _ in calib])
    ys = torch.cat([y for _, y in calib])
    opt = torch.optim.Adam([scaler.log_t], lr=cfg["calib_lr"])
    for _ in range(cfg["calib_steps"]):
        nll = F.cross_entropy(logits / scaler.log_t.exp(), ys)
        opt.zero_grad()
        nll.backward()
        opt.step()
    log.info("temperature %.3f", scaler.log_t.exp().item())
    return scaler


# ------------------------------------------------------------------ main
def parse_args(argv):
    p = argparse.ArgumentParser(description="sawpit plank grading with distillation")
    p.add_argument("--teacher-epochs", type=int)
    p.add_argument("--student-epochs", type=int)
    p.add_argument("--alpha", type=float)
    p.add_argument("--temperature", type=float)
    p.add_argument("--seed", type=int)
    p.add_argument("--log-level", default="INFO")
    return p.parse_args(argv)


def merge(cfg, args):
    cfg = OrderedDict(cfg)
    mapping = {"teacher_epochs": "teacher_epochs", "student_epochs": "student_epochs",
               "alpha": "kd_alpha", "temperature": "kd_temperature", "seed": "seed"}
    for arg_name, key in mapping.items():
        value = getattr(args, arg_name)
        if value is not None:
            cfg[key] = value
    return cfg


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=getattr(logging, args.log_level.upper()), format="[%(name)s] %(message)s")
    cfg = merge(CONFIG, args)
    random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    train, val, calib, test = loaders(cfg)
    log.info("train data %s", describe_data(train, cfg["n_classes"]))

    teacher = GradeTeacher(cfg["channels"], cfg["teacher_hidden"], cfg["n_classes"])
    train_teacher(teacher, train, val, cfg)

    student = GradeStudent(cfg["channels"], cfg["student_hidden"], cfg["n_classes"], cfg["teacher_hidden"])
    distil(student, teacher, train, val, cfg)
    scaler = calibrate(student, calib, cfg)

    results = {
        "teacher": evaluate(teacher, test, cfg["n_classes"]),
        "student": evaluate(student, test, cfg["n_classes"]),
        "student_calibrated": evaluate(scaler, test, cfg["n_classes"]),
    }
    print(json.dumps({k: {m: round(v, 4) for m, v in r.items()} for k, r in results.items()}, indent=1))
    logits, ys = collect_logits(scaler, test)
    print(format_confusion(confusion_matrix(logits, ys, cfg["n_classes"])))


if __name__ == "__main__":
    main()
