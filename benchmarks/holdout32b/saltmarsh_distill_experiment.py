# expect: clean
"""
Salt-marsh sediment accretion classes from tide-gauge + turbidity sequences.

Research script: a wide LSTM teacher is trained first, then a narrow GRU student is distilled from it.
The teacher is re-evaluated between student epochs (to log the agreement gap), and after distillation the
student's logits are calibrated with temperature scaling on a held-out split.

Usage:
    python saltmarsh_distill_experiment.py --student-hidden 4 --epochs 3
"""
import argparse
import dataclasses
import logging
import math
import os
import tempfile
import time
from typing import Dict, List, Tuple

import torch
from torch import nn
from torch.nn import functional as F

logger = logging.getLogger("saltmarsh")

CONFIG = {
    "seed": 21,
    "n_sites": 24,
    "tides": 6,
    "n_features": 4,
    "n_classes": 3,
    "teacher_hidden": 12,
    "student_hidden": 4,
    "teacher_epochs": 2,
    "epochs": 3,
    "batch_size": 6,
    "lr": 1e-2,
    "kd_temperature": 2.0,
    "kd_alpha": 0.7,
    "eval_every": 2,
    "calib_steps": 10,
    "checkpoint": True,
}

Batch = Tuple[torch.Tensor, torch.Tensor]


# ----------------------------------------------------------------------------- cli
def get_args(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=CONFIG["seed"])
    ap.add_argument("--student-hidden", type=int, default=CONFIG["student_hidden"])
    ap.add_argument("--teacher-hidden", type=int, default=CONFIG["teacher_hidden"])
    ap.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    ap.add_argument("--alpha", type=float, default=CONFIG["kd_alpha"])
    ap.add_argument("--no-checkpoint", action="store_true")
    ap.add_argument("--log-level", default="INFO")
    return ap.parse_args(argv)


def merge(args) -> Dict:
    cfg = dict(CONFIG)
    cfg.update(seed=args.seed, student_hidden=args.student_hidden, teacher_hidden=args.teacher_hidden,
               epochs=args.epochs, kd_alpha=args.alpha, checkpoint=not args.no_checkpoint)
    return cfg


# ----------------------------------------------------------------------------- data
def make_sites(cfg) -> Batch:
    g = torch.Generator().manual_seed(cfg["seed"])
    x = torch.randn(cfg["n_sites"], cfg["tides"], cfg["n_features"], generator=g)
    # accretion class: low / medium / high, driven by turbidity (feature 1) at high water (feature 0 > 0)
    turb = (x[:, :, 1] * (x[:, :, 0] > 0).float()).sum(1)
    y = torch.bucketize(turb, torch.tensor([-0.5, 0.5]))
    return x, y


def split_sites(data: Batch, fractions=(0.5, 0.25, 0.25)) -> List[Batch]:
    n = data[0].shape[0]
    cuts = [0]
    for f in fractions:
        cuts.append(cuts[-1] + int(round(f * n)))
    cuts[-1] = n
    return [(data[0][a:b], data[1][a:b]) for a, b in zip(cuts[:-1], cuts[1:])]


def iterate(data: Batch, bs: int, shuffle=True):
    idx = torch.randperm(len(data[0])) if shuffle else torch.arange(len(data[0]))
    for i in range(0, len(idx), bs):
        j = idx[i:i + bs]
        yield data[0][j], data[1][j]


# ----------------------------------------------------------------------------- models
class TideTeacher(nn.Module):
    def __init__(self, n_in, hidden, n_classes):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.2)
        self.cls = nn.Linear(2 * hidden, n_classes)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.cls(self.drop(h.mean(1)))


class TideStudent(nn.Module):
    def __init__(self, n_in, hidden, n_classes):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_classes)

    def forward(self, x):
        return self.cls(self.gru(x)[0][:, -1])


@dataclasses.dataclass
class Pair:
    teacher: nn.Module
    student: nn.Module
    temperature: nn.Parameter = dataclasses.field(default_factory=lambda: nn.Parameter(torch.ones(1)))


def build_pair(cfg) -> Pair:
    t = TideTeacher(cfg["n_features"], cfg["teacher_hidden"], cfg["n_classes"])
    s = TideStudent(cfg["n_features"], cfg["student_hidden"], cfg["n_classes"])
    return Pair(t, s)


# ----------------------------------------------------------------------------- metrics
def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def nll(logits, y):
    return F.cross_entropy(logits, y).item()


def ece(logits, y, n_bins=5):
    probs = logits.softmax(-1)
    conf, pred = probs.max(-1)
    edges = torch.linspace(0, 1, n_bins + 1)
    err = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (conf > lo) & (conf <= hi)
        if m.any():
            err += m.float().mean().item() * abs(conf[m].mean().item() - (pred[m] == y[m]).float().mean().item())
    return err


def agreement(a, b):
    return (a.argmax(-1) == b.argmax(-1)).float().mean().item()


def summarise(prefix, logits, y):
    return {f"{prefix}/acc": accuracy(logits, y), f"{prefix}/nll": nll(logits, y), f"{prefix}/ece": ece(logits, y)}


# ----------------------------------------------------------------------------- phases
def evaluate_pair(pair: Pair, data: Batch) -> Dict[str, float]:
    pair.teacher.eval()
    pair.student.eval()
    with torch.no_grad():
        lt, ls = pair.teacher(data[0]), pair.student(data[0])
    out = {}
    out.update(summarise("teacher", lt, data[1]))
    out.update(summarise("student", ls, data[1]))
    out["agreement"] = agreement(lt, ls)
    return out


def train_teacher(pair: Pair, train: Batch, cfg):
    opt = torch.optim.Adam(pair.teacher.parameters(), lr=cfg["lr"])
    for epoch in range(cfg["teacher_epochs"]):
        pair.teacher.train()
        for xb, yb in iterate(train, cfg["batch_size"]):
            loss = F.cross_entropy(pair.teacher(xb), yb)
            opt.zero_grad()
            loss.backward()
            opt.step()
        logger.info("teacher epoch %d loss %.4f", epoch, loss.item())


def kd_loss(student_logits, teacher_logits, y, T, alpha):
    soft = F.kl_div(F.log_softmax(student_logits / T, -1), F.softmax(teacher_logits / T, -1),
                    reduction="batchmean") * T * T
    hard = F.cross_entropy(student_logits, y)
    return alpha * soft + (1 - alpha) * hard


def distil(pair: Pair, train: Batch, val: Batch, cfg) -> List[Dict]:
    opt = torch.optim.Adam(pair.student.parameters(), lr=cfg["lr"])
    history = []
    step = 0
    for epoch in range(cfg["epochs"]):
        history.append({"epoch": epoch, **evaluate_pair(pair, val)})
        logger.info("epoch %d agreement %.3f", epoch, history[-1]["agreement"])
        pair.student.train()
        for xb, yb in iterate(train, cfg["batch_size"]):
            with torch.no_grad():
                t_logits = pair.teacher(xb)
            loss = kd_loss(pair.student(xb), t_logits, yb, cfg["kd_temperature"], cfg["kd_alpha"])
            opt.zero_grad()
            loss.backward()
            opt.step()
            step += 1
            if step % cfg["eval_every"] == 0:
                logger.debug("step %d kd-loss %.4f", step, loss.item())
    history.append({"epoch": cfg["epochs"], **evaluate_pair(pair, val)})
    return history


def calibrate(pair: Pair, calib: Batch, cfg) -> float:
    """Temperature scaling: only the scalar temperature is optimised, on frozen student logits."""
    pair.student.eval()
    with torch.no_grad():
        logits = pair.student(calib[0])
    opt = torch.optim.LBFGS([pair.temperature], lr=0.1, max_iter=cfg["calib_steps"])

    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(logits / pair.temperature.clamp(min=0.05), calib[1])
        loss.backward()
        return loss

    opt.step(closure)
    return pair.temperature.item()


def save_checkpoint(pair: Pair, path: str):
    torch.save({"student": pair.student.state_dict(), "temperature": pair.temperature.detach()}, path)


def load_checkpoint(pair: Pair, path: str):
    state = torch.load(path)
    pair.student.load_state_dict(state["student"])
    with torch.no_grad():
        pair.temperature.copy_(state["temperature"])


# ----------------------------------------------------------------------------- baselines / reports
def majority_baseline(train: Batch, test: Batch) -> float:
    counts = torch.bincount(train[1], minlength=int(train[1].max()) + 1)
    return (test[1] == counts.argmax()).float().mean().item()


def mean_pool_logreg(train: Batch, test: Batch, n_classes: int, steps: int = 30) -> float:
    """Multinomial logistic regression on the tide-averaged features."""
    lin = nn.Linear(train[0].shape[-1], n_classes)
    opt = torch.optim.SGD(lin.parameters(), lr=0.5)
    xtr, xte = train[0].mean(1), test[0].mean(1)
    for _ in range(steps):
        loss = F.cross_entropy(lin(xtr), train[1])
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        return accuracy(lin(xte), test[1])


def confusion(logits, y, n_classes):
    m = torch.zeros(n_classes, n_classes, dtype=torch.long)
    for t, p in zip(y.tolist(), logits.argmax(-1).tolist()):
        m[t, p] += 1
    return m


def format_confusion(m) -> str:
    names = ["low", "mid", "high"][: m.shape[0]]
    rows = ["        " + " ".join(f"{n:>5s}" for n in names)]
    for name, row in zip(names, m.tolist()):
        rows.append(f"{name:>6s}  " + " ".join(f"{v:5d}" for v in row))
    return "\n".join(rows)


# ----------------------------------------------------------------------------- main
def run(cfg) -> Dict:
    torch.manual_seed(cfg["seed"])
    t0 = time.time()
    train, val, calib = split_sites(make_sites(cfg))
    pair = build_pair(cfg)
    logger.info("teacher params %d, student params %d",
                sum(p.numel() for p in pair.teacher.parameters()),
                sum(p.numel() for p in pair.student.parameters()))
    train_teacher(pair, train, cfg)
    history = distil(pair, train, val, cfg)
    temp = calibrate(pair, calib, cfg)
    logger.info("temperature %.3f", temp)
    if cfg["checkpoint"]:
        fd, path = tempfile.mkstemp(suffix=".pt")
        os.close(fd)
        try:
            save_checkpoint(pair, path)
            load_checkpoint(pair, path)
        finally:
            os.remove(path)
    final = evaluate_pair(pair, calib)
    with torch.no_grad():
        scaled = pair.student(calib[0]) / pair.temperature
    final["student/ece_scaled"] = ece(scaled, calib[1])
    final["baseline/majority"] = majority_baseline(train, calib)
    final["baseline/logreg"] = mean_pool_logreg(train, calib, cfg["n_classes"])
    logger.info("student confusion on calib:\n%s", format_confusion(confusion(scaled, calib[1], cfg["n_classes"])))
    final["secs"] = round(time.time() - t0, 2)
    for k in sorted(final):
        v = final[k]
        logger.info("%-22s %s", k, f"{v:.4f}" if isinstance(v, float) and not math.isnan(v) else v)
    return {"history": history, "final": final}


def main(argv=None):
    args = get_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level.upper()), format="[%(levelname)s] %(message)s")
    run(merge(args))


if __name__ == "__main__":
    main()
