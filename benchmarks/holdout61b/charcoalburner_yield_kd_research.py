# expect: clean
"""Charcoal yield prediction from clamp-burn sensor logs: distil a large LSTM teacher into a small GRU student.

After distillation the student is calibrated with temperature scaling in eval mode.
Usage: python charcoalburner_yield_kd_research.py --epochs 2 --temperature 3.0 --alpha 0.7
"""
import argparse
import csv
import io
import logging
import math
import random
import sys
import time
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("charcoal.kd")

CONFIG = {
    "n_sensors": 5,
    "seq_len": 10,
    "n_bins": 4,              # yield quartile classes
    "teacher_hidden": 16,
    "student_hidden": 6,
    "n_train": 24,
    "n_val": 8,
    "batch_size": 4,
    "teacher_epochs": 2,
    "epochs": 2,
    "lr": 3e-3,
    "temperature": 3.0,
    "alpha": 0.7,
    "calib_steps": 15,
    "seed": 21,
}


# ----------------------------------------------------------------------------- bookkeeping
@dataclass
class EpochLog:
    epoch: int
    phase: str
    loss: float
    acc: float
    extra: dict = field(default_factory=dict)


class RunLog:
    def __init__(self):
        self.rows = []

    def add(self, row):
        self.rows.append(row)
        logger.info("%s epoch=%d loss=%.4f acc=%.3f %s", row.phase, row.epoch, row.loss, row.acc, row.extra)

    def to_csv(self):
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["epoch", "phase", "loss", "acc"])
        for r in self.rows:
            w.writerow([r.epoch, r.phase, f"{r.loss:.5f}", f"{r.acc:.4f}"])
        return buf.getvalue()


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def accuracy(logits, y):
    return (logits.argmax(1) == y).float().mean().item()


def expected_calibration_error(logits, y, n_bins=5):
    probs = F.softmax(logits, dim=1)
    conf, pred = probs.max(1)
    ece = torch.zeros(())
    edges = torch.linspace(0, 1, n_bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (conf > lo) & (conf <= hi)
        if m.any():
            ece += m.float().mean() * ((pred[m] == y[m]).float().mean() - conf[m].mean()).abs()
    return ece.item()


# ----------------------------------------------------------------------------- data
def simulate_burns(n, cfg):
    x = torch.randn(n, cfg["seq_len"], cfg["n_sensors"]).cumsum(1) * 0.3
    score = x[:, -3:, 0].mean(1) - 0.5 * x[:, :, 1].std(1)
    qs = torch.quantile(score, torch.tensor([0.25, 0.5, 0.75]))
    y = torch.bucketize(score, qs)
    return x, y


def iterate(x, y, bs, shuffle):
    order = torch.randperm(x.size(0)) if shuffle else torch.arange(x.size(0))
    for i in range(0, x.size(0), bs):
        j = order[i:i + bs]
        yield x[j], y[j]


def augment(x, noise=0.05):
    scale = 1 + noise * torch.randn(x.size(0), 1, x.size(2))
    return x * scale + noise * torch.randn_like(x)


# ----------------------------------------------------------------------------- models
class TeacherLSTM(nn.Module):
    def __init__(self, n_in, hidden, n_out):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True, dropout=0.1, bidirectional=True)
        self.head = nn.Sequential(nn.Linear(2 * hidden, hidden), nn.ReLU(), nn.Linear(hidden, n_out))

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1])


class StudentGRU(nn.Module):
    def __init__(self, n_in, hidden, n_out):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_out)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1])


class TemperatureScaler(nn.Module):
    def __init__(self):
        super().__init__()
        self.log_t = nn.Parameter(torch.zeros(1))

    def forward(self, logits):
        return logits / self.log_t.exp()


def n_params(m):
    return sum(p.numel() for p in m.parameters())


# ----------------------------------------------------------------------------- losses
def kd_loss(student_logits, teacher_logits, y, T, alpha):
    soft = F.kl_div(F.log_softmax(student_logits / T, dim=1), F.softmax(teacher_logits / T, dim=1),
                    reduction="batchmean") * T * T
    hard = F.cross_entropy(student_logits, y)
    return alpha * soft + (1 - alpha) * hard, soft.item(), hard.item()


# ----------------------------------------------------------------------------- phases
def train_teacher(teacher, data, cfg, log):
    opt = torch.optim.Adam(teacher.parameters(), lr=cfg["lr"])
    for ep in range(cfg["teacher_epochs"]):
        teacher.train()
        tot, acc, n = 0.0, 0.0, 0
        for xb, yb in iterate(*data, cfg["batch_size"], True):
            logits = teacher(augment(xb))
            loss = F.cross_entropy(logits, yb)
            opt.zero_grad()
            loss.backward()
            opt.step()
            tot += loss.item()
            acc += accuracy(logits, yb)
            n += 1
        log.add(EpochLog(ep, "teacher", tot / n, acc / n))
    teacher.eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    return teacher


@torch.no_grad()
def evaluate(model, data, cfg):
    was = model.training
    model.eval()
    logits = torch.cat([model(xb) for xb, _ in iterate(*data, cfg["batch_size"], False)])
    model.train(was)
    return F.cross_entropy(logits, data[1]).item(), accuracy(logits, data[1]), logits


def distil(student, teacher, train, val, cfg, log):
    opt = torch.optim.Adam(student.parameters(), lr=cfg["lr"])
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.7)
    for ep in range(cfg["epochs"]):
        student.train()
        tot, soft_tot, hard_tot, n = 0.0, 0.0, 0.0, 0
        for xb, yb in iterate(*train, cfg["batch_size"], True):
            xa = augment(xb)
            with torch.no_grad():
                t_logits = teacher(xa)           # teacher evaluated every step, frozen, eval mode
            loss, soft, hard = kd_loss(student(xa), t_logits, yb, cfg["temperature"], cfg["alpha"])
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(student.parameters(), 2.0)
            opt.step()
            tot, soft_tot, hard_tot, n = tot + loss.item(), soft_tot + soft, hard_tot + hard, n + 1
        sched.step()
        vl, va, _ = evaluate(student, val, cfg)
        log.add(EpochLog(ep, "student", tot / n, va, {"soft": round(soft_tot / n, 4), "hard": round(hard_tot / n, 4),
                                                      "val_loss": round(vl, 4)}))
    return student


def calibrate(student, val, cfg, log):
    student.eval()
    with torch.no_grad():
        logits = student(val[0])
    scaler = TemperatureScaler()
    opt = torch.optim.LBFGS(scaler.parameters(), lr=0.1, max_iter=cfg["calib_steps"])

    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(scaler(logits), val[1])
        loss.backward()
        return loss

    before = expected_calibration_error(logits, val[1])
    opt.step(closure)
    after = expected_calibration_error(scaler(logits).detach(), val[1])
    log.add(EpochLog(0, "calibration", F.cross_entropy(scaler(logits), val[1]).item(), accuracy(logits, val[1]),
                     {"ece_before": round(before, 4), "ece_after": round(after, 4),
                      "T": round(scaler.log_t.exp().item(), 3)}))
    return scaler


def agreement(student, teacher, data):
    with torch.no_grad():
        s = student(data[0]).argmax(1)
        t = teacher(data[0]).argmax(1)
    return (s == t).float().mean().item()


def compression_report(teacher, student):
    nt, ns = n_params(teacher), n_params(student)
    return {"teacher_params": nt, "student_params": ns, "ratio": round(nt / max(1, ns), 2)}


def summarise(log):
    """Best validation accuracy per phase, for the final printout."""
    best = {}
    for r in log.rows:
        if r.phase not in best or r.acc > best[r.phase]:
            best[r.phase] = r.acc
    return {k: round(v, 3) for k, v in best.items()}


# ----------------------------------------------------------------------------- entry
def get_args(argv=None):
    ap = argparse.ArgumentParser(description="charcoal yield distillation")
    ap.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    ap.add_argument("--teacher-epochs", type=int, default=CONFIG["teacher_epochs"])
    ap.add_argument("--temperature", type=float, default=CONFIG["temperature"])
    ap.add_argument("--alpha", type=float, default=CONFIG["alpha"])
    ap.add_argument("--lr", type=float, default=CONFIG["lr"])
    ap.add_argument("--seed", type=int, default=CONFIG["seed"])
    ap.add_argument("--csv", action="store_true", help="print the run log as CSV")
    ap.add_argument("--log-level", default="WARNING")
    return ap.parse_args(argv)


def merge(cfg, args):
    out = dict(cfg)
    out.update(epochs=args.epochs, teacher_epochs=args.teacher_epochs, temperature=args.temperature,
               alpha=args.alpha, lr=args.lr, seed=args.seed)
    return out


def check_config(cfg):
    assert 0.0 <= cfg["alpha"] <= 1.0, "alpha must be in [0, 1]"
    assert cfg["temperature"] > 0, "temperature must be positive"
    if cfg["student_hidden"] >= cfg["teacher_hidden"]:
        logger.warning("student is not smaller than the teacher")
    return cfg


def main(argv=None):
    args = get_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level.upper(), logging.WARNING), stream=sys.stderr)
    cfg = check_config(merge(CONFIG, args))
    seed_everything(cfg["seed"])
    t0 = time.time()
    train = simulate_burns(cfg["n_train"], cfg)
    val = simulate_burns(cfg["n_val"], cfg)
    log = RunLog()

    teacher = TeacherLSTM(cfg["n_sensors"], cfg["teacher_hidden"], cfg["n_bins"])
    teacher = train_teacher(teacher, train, cfg, log)
    student = StudentGRU(cfg["n_sensors"], cfg["student_hidden"], cfg["n_bins"])
    student = distil(student, teacher, train, val, cfg, log)
    scaler = calibrate(student, val, cfg, log)

    report = compression_report(teacher, student)
    report["agreement"] = round(agreement(student, teacher, val), 3)
    report["temperature"] = round(scaler.log_t.exp().item(), 3)
    report["seconds"] = round(time.time() - t0, 2)
    report["finite"] = math.isfinite(report["temperature"])
    print(report)
    print("best per phase:", summarise(log))
    if args.csv:
        print(log.to_csv())


if __name__ == "__main__":
    main()
