# expect: clean
"""glassblower-gather: distilling a furnace-side gather-weight classifier.

A large GRU teacher trained on the full furnace log is distilled, step by step,
into a small student that can run on the bench controller. The student is then
calibrated by temperature scaling on the validation split, and a last round of
"rehearsal" fine-tuning runs on the hard validation cases.

Usage:
    python glassblower_gather_research.py --teacher-epochs 2 --student-epochs 2
"""
import argparse
import copy
import logging
import math
import random
import statistics
import sys
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("gather")

CONFIG = {
    "seq_len": 12,
    "n_feat": 4,
    "n_classes": 3,
    "teacher": {"hidden": 16, "layers": 2, "dropout": 0.2},
    "student": {"hidden": 6, "layers": 1, "dropout": 0.0},
    "kd": {"alpha": 0.7, "tau": 2.0},
    "batch_size": 8,
    "lr": 4e-3,
    "n_train": 40,
    "n_val": 16,
    "hard_fraction": 0.25,
}


# ------------------------------------------------------------------ helpers
def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def furnace_log(n, cfg, gen):
    """Readings: pipe rotation, furnace temp, gather time, breath pressure."""
    x = torch.randn(n, cfg["seq_len"], cfg["n_feat"], generator=gen)
    weight = x[:, :, 2].cumsum(1)[:, -1] * 0.3 + x[:, :, 1].mean(1)
    y = torch.bucketize(weight, torch.tensor([-0.4, 0.4]))
    return x, y


def iterate(data, bsz, shuffle=False):
    x, y = data
    order = list(range(len(x)))
    if shuffle:
        random.shuffle(order)
    for i in range(0, len(order), bsz):
        idx = torch.tensor(order[i:i + bsz])
        yield x[idx], y[idx]


@dataclass
class RunningStats:
    values: list = field(default_factory=list)

    def add(self, v):
        self.values.append(float(v))

    @property
    def mean(self):
        return statistics.fmean(self.values) if self.values else math.nan


# ------------------------------------------------------------------ models
class GatherNet(nn.Module):
    def __init__(self, n_feat, hidden, layers, dropout, n_classes):
        super().__init__()
        self.rnn = nn.GRU(n_feat, hidden, num_layers=layers, batch_first=True,
                          dropout=dropout if layers > 1 else 0.0)
        self.head = nn.Sequential(nn.Dropout(dropout), nn.Linear(hidden, n_classes))

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1])


def make(kind, cfg):
    c = cfg[kind]
    return GatherNet(cfg["n_feat"], c["hidden"], c["layers"], c["dropout"], cfg["n_classes"])


class TemperatureScaler(nn.Module):
    def __init__(self):
        super().__init__()
        self.log_t = nn.Parameter(torch.zeros(()))

    def forward(self, logits):
        return logits / self.log_t.exp()


# ------------------------------------------------------------------ metrics
def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def nll(logits, y):
    return F.cross_entropy(logits, y).item()


def brier(logits, y):
    p = logits.softmax(-1)
    onehot = F.one_hot(y, p.shape[-1]).float()
    return ((p - onehot) ** 2).sum(-1).mean().item()


# ------------------------------------------------------------------ phases
def train_teacher(teacher, train, cfg, epochs):
    opt = torch.optim.Adam(teacher.parameters(), lr=cfg["lr"])
    for ep in range(epochs):
        teacher.train()
        stats = RunningStats()
        for xb, yb in iterate(train, cfg["batch_size"], shuffle=True):
            loss = F.cross_entropy(teacher(xb), yb)
            opt.zero_grad()
            loss.backward()
            opt.step()
            stats.add(loss.item())
        log.info("teacher epoch %d loss %.4f", ep, stats.mean)
    return teacher


@torch.no_grad()
def collect_logits(model, data, cfg):
    model.eval()
    outs, ys = [], []
    for xb, yb in iterate(data, cfg["batch_size"]):
        outs.append(model(xb))
        ys.append(yb)
    return torch.cat(outs), torch.cat(ys)


def kd_loss(student_logits, teacher_logits, y, alpha, tau):
    soft = F.kl_div(F.log_softmax(student_logits / tau, -1), F.softmax(teacher_logits / tau, -1),
                    reduction="batchmean") * tau * tau
    hard = F.cross_entropy(student_logits, y)
    return alpha * soft + (1 - alpha) * hard


def distil(student, teacher, train, val, cfg, epochs):
    opt = torch.optim.Adam(student.parameters(), lr=cfg["lr"])
    teacher.eval()
    history = []
    for ep in range(epochs):
        student.train()
        stats = RunningStats()
        for xb, yb in iterate(train, cfg["batch_size"], shuffle=True):
            with torch.no_grad():
                t_logits = teacher(xb)
            loss = kd_loss(student(xb), t_logits, yb, cfg["kd"]["alpha"], cfg["kd"]["tau"])
            opt.zero_grad()
            loss.backward()
            opt.step()
            stats.add(loss.item())
        v_logits, v_y = collect_logits(student, val, cfg)
        history.append({"epoch": ep, "kd": stats.mean, "val_acc": accuracy(v_logits, v_y)})
        log.info("student epoch %d kd %.4f val_acc %.3f", ep, stats.mean, history[-1]["val_acc"])
    return history


def calibrate(student, val, cfg, steps=30):
    """Temperature scaling on frozen validation logits."""
    logits, y = collect_logits(student, val, cfg)
    scaler = TemperatureScaler()
    opt = torch.optim.LBFGS(scaler.parameters(), lr=0.1, max_iter=steps)

    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(scaler(logits), y)
        loss.backward()
        return loss

    before = nll(logits, y)
    opt.step(closure)
    after = nll(scaler(logits).detach(), y)
    log.info("calibration nll %.4f -> %.4f (T=%.3f)", before, after, scaler.log_t.exp().item())
    return scaler


def hard_cases(student, val, cfg):
    logits, y = collect_logits(student, val, cfg)
    margin = logits.gather(1, y[:, None]).squeeze(1) - logits.masked_fill(
        F.one_hot(y, cfg["n_classes"]).bool(), -1e9).max(-1).values
    k = max(2, int(len(y) * cfg["hard_fraction"]))
    idx = margin.argsort()[:k]
    return val[0][idx], val[1][idx]


def rehearse(student, hard, cfg, steps=3):
    """A few steps on the hardest validation cases; keeps the student's mode as found."""
    was_training = student.training
    student.train(True)
    opt = torch.optim.SGD(student.parameters(), lr=cfg["lr"] * 0.5)
    xb, yb = hard
    losses = []
    for _ in range(steps):
        loss = F.cross_entropy(student(xb), yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    student.train(was_training)
    return losses


def report(student, scaler, val, cfg):
    logits, y = collect_logits(student, val, cfg)
    cal = scaler(logits).detach()
    return {
        "acc": round(accuracy(logits, y), 4),
        "nll_raw": round(nll(logits, y), 4),
        "nll_cal": round(nll(cal, y), 4),
        "brier_cal": round(brier(cal, y), 4),
    }


def per_class_recall(logits, y, n_classes):
    pred = logits.argmax(-1)
    out = {}
    for c in range(n_classes):
        mask = y == c
        out[c] = (pred[mask] == c).float().mean().item() if mask.any() else math.nan
    return out


def agreement(student, teacher, data, cfg):
    """Fraction of validation cases on which student and teacher pick the same class."""
    s_logits, _ = collect_logits(student, data, cfg)
    t_logits, _ = collect_logits(teacher, data, cfg)
    return (s_logits.argmax(-1) == t_logits.argmax(-1)).float().mean().item()


def state_roundtrip(model):
    """Serialise to an in-memory buffer, as the bench controller would receive it."""
    import io
    buf = io.BytesIO()
    torch.save(model.state_dict(), buf)
    buf.seek(0)
    size = buf.getbuffer().nbytes
    clone = copy.deepcopy(model)
    clone.load_state_dict(torch.load(buf))
    return clone, size


def format_table(rows):
    keys = list(rows[0].keys())
    widths = {k: max(len(k), *(len(f"{r[k]}") for r in rows)) for k in keys}
    lines = [" | ".join(k.ljust(widths[k]) for k in keys)]
    lines.append("-+-".join("-" * widths[k] for k in keys))
    for r in rows:
        lines.append(" | ".join(f"{r[k]}".ljust(widths[k]) for k in keys))
    return "\n".join(lines)


# ------------------------------------------------------------------ main
def get_args(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--teacher-epochs", type=int, default=2)
    p.add_argument("--student-epochs", type=int, default=2)
    p.add_argument("--seed", type=int, default=23)
    p.add_argument("--alpha", type=float, default=None)
    p.add_argument("--tau", type=float, default=None)
    p.add_argument("--no-rehearsal", action="store_true")
    p.add_argument("--log-level", default="INFO")
    return p.parse_args(argv)


def main(argv=None):
    args = get_args(argv)
    logging.basicConfig(level=args.log_level, stream=sys.stdout, format="[%(levelname)s] %(message)s")
    cfg = copy.deepcopy(CONFIG)
    if args.alpha is not None:
        cfg["kd"]["alpha"] = args.alpha
    if args.tau is not None:
        cfg["kd"]["tau"] = args.tau
    seed_everything(args.seed)
    gen = torch.Generator().manual_seed(args.seed)
    train = furnace_log(cfg["n_train"], cfg, gen)
    val = furnace_log(cfg["n_val"], cfg, gen)

    teacher = train_teacher(make("teacher", cfg), train, cfg, args.teacher_epochs)
    t_logits, t_y = collect_logits(teacher, val, cfg)
    log.info("teacher val acc %.3f", accuracy(t_logits, t_y))

    student = make("student", cfg)
    distil(student, teacher, train, val, cfg, args.student_epochs)
    scaler = calibrate(student, val, cfg)

    if not args.no_rehearsal:
        hard = hard_cases(student, val, cfg)
        losses = rehearse(student, hard, cfg)
        log.info("rehearsal losses %s", [round(l, 4) for l in losses])
        scaler = calibrate(student, val, cfg)

    result = report(student, scaler, val, cfg)
    result["agreement"] = round(agreement(student, teacher, val, cfg), 4)
    s_logits, s_y = collect_logits(student, val, cfg)
    log.info("per-class recall %s", per_class_recall(s_logits, s_y, cfg["n_classes"]))
    shipped, nbytes = state_roundtrip(student)
    log.info("shipped student: %d bytes", nbytes)
    log.info("\n%s", format_table([{"model": "student", **result}]))
    log.info("final %s", result)
    return result


if __name__ == "__main__":
    print(main())
