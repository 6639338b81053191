# expect: clean
"""coracle: distilling a salmon-run counter for coracle fishermen's sonar.

Research script. A 2-layer LSTM teacher is trained on sonar echo sequences, then a small GRU
student is distilled from it. Each student step asks the (eval-mode) teacher for soft targets and
for a per-batch difficulty weight used to scale the hard-label term.

Usage:
    python coracle_distill_long.py --teacher-epochs 2 --student-epochs 2
"""
import argparse
import logging
import math
import random
import sys
import time
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("coracle")

CONFIG = {
    "seed": 23,
    "n_train": 32,
    "n_val": 8,
    "seq_len": 10,
    "bins": 5,
    "classes": 4,
    "teacher_hidden": 12,
    "student_hidden": 6,
    "batch_size": 8,
    "teacher_epochs": 2,
    "student_epochs": 2,
    "teacher_lr": 5e-3,
    "student_lr": 1e-2,
    "temperature": 2.0,
    "alpha": 0.7,
    "label_smoothing": 0.05,
}


# ----------------------------------------------------------------------------- setup
def get_args(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--teacher-epochs", type=int, default=CONFIG["teacher_epochs"])
    parser.add_argument("--student-epochs", type=int, default=CONFIG["student_epochs"])
    parser.add_argument("--temperature", type=float, default=CONFIG["temperature"])
    parser.add_argument("--alpha", type=float, default=CONFIG["alpha"])
    parser.add_argument("--seed", type=int, default=CONFIG["seed"])
    parser.add_argument("--quiet", action="store_true")
    return parser.parse_args(argv)


def build_config(args):
    cfg = dict(CONFIG)
    cfg.update(teacher_epochs=args.teacher_epochs, student_epochs=args.student_epochs,
               temperature=args.temperature, alpha=args.alpha, seed=args.seed)
    return cfg


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# ----------------------------------------------------------------------------- data
def make_sonar(n, cfg, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, cfg["seq_len"], cfg["bins"], generator=g)
    counts = (x[:, :, :2].sum(dim=(1, 2)) > 0).long() + (x[:, -3:, 2:].mean(dim=(1, 2)) > 0).long() * 2
    return x, counts.clamp(max=cfg["classes"] - 1)


def loader(x, y, bs, shuffle, seed=0):
    order = torch.randperm(len(x), generator=torch.Generator().manual_seed(seed)) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), bs):
        j = order[i:i + bs]
        yield x[j], y[j]


# ----------------------------------------------------------------------------- models
class Teacher(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        h = cfg["teacher_hidden"]
        self.lstm = nn.LSTM(cfg["bins"], h, num_layers=2, batch_first=True, dropout=0.1)
        self.head = nn.Sequential(nn.Linear(h, h), nn.ReLU(), nn.Linear(h, cfg["classes"]))

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


class Student(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.gru = nn.GRU(cfg["bins"], cfg["student_hidden"], batch_first=True)
        self.head = nn.Linear(cfg["student_hidden"], cfg["classes"])

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out[:, -1])


def n_params(m):
    return sum(p.numel() for p in m.parameters())


# ----------------------------------------------------------------------------- metrics
@dataclass
class RunningStats:
    loss: float = 0.0
    correct: int = 0
    seen: int = 0
    extras: dict = field(default_factory=dict)

    def add(self, loss, logits, y):
        self.loss += loss * len(y)
        self.correct += (logits.argmax(-1) == y).sum().item()
        self.seen += len(y)

    def summary(self):
        n = max(1, self.seen)
        out = {"loss": self.loss / n, "acc": self.correct / n}
        out.update(self.extras)
        return out


def expected_calibration_error(probs, y, bins=5):
    conf, pred = probs.max(-1)
    ece = 0.0
    edges = torch.linspace(0, 1, bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (conf > lo) & (conf <= hi)
        if mask.any():
            ece += mask.float().mean().item() * abs(conf[mask].mean().item() - (pred[mask] == y[mask]).float().mean().item())
    return ece


def confusion_matrix(pred, y, classes):
    cm = torch.zeros(classes, classes, dtype=torch.long)
    for p, t in zip(pred.tolist(), y.tolist()):
        cm[t, p] += 1
    return cm


def per_class_f1(cm):
    scores = []
    for k in range(cm.size(0)):
        tp = cm[k, k].item()
        fp = cm[:, k].sum().item() - tp
        fn = cm[k, :].sum().item() - tp
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return scores


def macro_f1(cm):
    scores = per_class_f1(cm)
    return sum(scores) / len(scores)


def format_confusion(cm):
    header = "     " + " ".join(f"p{k:<3d}" for k in range(cm.size(1)))
    lines = [header]
    for k in range(cm.size(0)):
        lines.append(f"t{k:<3d} " + " ".join(f"{v:<4d}" for v in cm[k].tolist()))
    return "\n".join(lines)


@torch.no_grad()
def detailed_report(model, data, cfg, name):
    model.eval()
    x, y = data
    pred = model(x).argmax(-1)
    cm = confusion_matrix(pred, y, cfg["classes"])
    log.info("%s confusion\n%s", name, format_confusion(cm))
    log.info("%s per-class f1 %s macro %.3f", name, [round(v, 3) for v in per_class_f1(cm)], macro_f1(cm))
    return cm


def agreement(a_logits, b_logits):
    return (a_logits.argmax(-1) == b_logits.argmax(-1)).float().mean().item()


# ----------------------------------------------------------------------------- teacher
def train_teacher(teacher, data, cfg):
    opt = torch.optim.Adam(teacher.parameters(), lr=cfg["teacher_lr"])
    for epoch in range(cfg["teacher_epochs"]):
        teacher.train()
        stats = RunningStats()
        for xb, yb in loader(*data, cfg["batch_size"], True, epoch):
            opt.zero_grad()
            logits = teacher(xb)
            loss = F.cross_entropy(logits, yb, label_smoothing=cfg["label_smoothing"])
            loss.backward()
            opt.step()
            stats.add(loss.item(), logits.detach(), yb)
        log.info("teacher epoch %d %s", epoch, stats.summary())
    return teacher


@torch.no_grad()
def evaluate(model, data, cfg):
    model.eval()
    stats = RunningStats()
    all_probs, all_y = [], []
    for xb, yb in loader(*data, cfg["batch_size"], False):
        logits = model(xb)
        stats.add(F.cross_entropy(logits, yb).item(), logits, yb)
        all_probs.append(logits.softmax(-1))
        all_y.append(yb)
    stats.extras["ece"] = expected_calibration_error(torch.cat(all_probs), torch.cat(all_y))
    return stats.summary()


# ----------------------------------------------------------------------------- distillation
def soft_targets(teacher, xb, temperature):
    with torch.no_grad():
        return F.softmax(teacher(xb) / temperature, dim=-1)


def difficulty_weight(teacher, xb, yb):
    """Harder batches (low teacher confidence on the true class) weigh the hard-label term more."""
    probs = F.softmax(teacher(xb), dim=-1)
    conf = probs.gather(1, yb.unsqueeze(1)).mean().item()
    return 1.0 + (1.0 - conf)


def kd_loss(student_logits, targets, temperature):
    logp = F.log_softmax(student_logits / temperature, dim=-1)
    return F.kl_div(logp, targets, reduction="batchmean") * temperature ** 2


def distill(student, teacher, data, cfg):
    opt = torch.optim.Adam(student.parameters(), lr=cfg["student_lr"])
    teacher.eval()
    history = []
    for epoch in range(cfg["student_epochs"]):
        student.train()
        stats = RunningStats()
        t0 = time.perf_counter()
        for xb, yb in loader(*data, cfg["batch_size"], True, 100 + epoch):
            targets = soft_targets(teacher, xb, cfg["temperature"])
            weight = difficulty_weight(teacher, xb, yb)
            opt.zero_grad()
            logits = student(xb)
            hard = F.cross_entropy(logits, yb)
            loss = cfg["alpha"] * kd_loss(logits, targets, cfg["temperature"]) + (1 - cfg["alpha"]) * weight * hard
            loss.backward()
            opt.step()
            stats.add(loss.item(), logits.detach(), yb)
        summary = stats.summary()
        summary["secs"] = round(time.perf_counter() - t0, 3)
        history.append(summary)
        log.info("student epoch %d %s", epoch, summary)
    return history


# ----------------------------------------------------------------------------- main
def report(name, metrics):
    parts = [f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in metrics.items()]
    print(f"[{name}] " + " ".join(parts))


def main(argv=None):
    args = get_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, stream=sys.stdout,
                        format="%(levelname)s %(name)s: %(message)s")
    cfg = build_config(args)
    seed_everything(cfg["seed"])

    train = make_sonar(cfg["n_train"], cfg, cfg["seed"])
    val = make_sonar(cfg["n_val"], cfg, cfg["seed"] + 1)

    teacher = Teacher(cfg)
    student = Student(cfg)
    log.info("teacher %d params, student %d params (ratio %.2f)", n_params(teacher), n_params(student),
             n_params(student) / n_params(teacher))

    train_teacher(teacher, train, cfg)
    report("teacher", evaluate(teacher, val, cfg))

    distill(student, teacher, train, cfg)
    report("student", evaluate(student, val, cfg))
    detailed_report(teacher, val, cfg, "teacher")
    detailed_report(student, val, cfg, "student")

    with torch.no_grad():
        xb = val[0]
        log.info("agreement %.3f", agreement(teacher(xb), student(xb)))
    log.info("temperature %.1f, alpha %.2f, log-ratio %.3f", cfg["temperature"], cfg["alpha"],
             math.log(n_params(teacher) / n_params(student)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
