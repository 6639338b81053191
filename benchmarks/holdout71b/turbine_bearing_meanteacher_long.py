# expect: clean
"""
Tidal-turbine bearing wear: semi-supervised consistency training with an EMA teacher.

Layout follows a typical research repo script: CONFIG dict, argparse overrides,
logging to stdout, synthetic labelled/unlabelled splits, a GRU student, an EMA
teacher, ramped consistency weight, per-epoch validation, and a relevance
(gradient x input) report for a few validation windows at the end.

    python turbine_bearing_meanteacher_long.py --epochs 2
"""
import argparse
import copy
import csv
import io
import logging
import math
import random
import sys
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("bearing")

CONFIG = {
    "seed": 5,
    "n_labelled": 8,
    "n_unlabelled": 16,
    "n_val": 6,
    "seq_len": 10,
    "features": 4,
    "classes": 3,
    "hidden": 10,
    "epochs": 2,
    "batch": 4,
    "lr": 2e-3,
    "ema_decay": 0.9,
    "cons_max": 1.0,
    "cons_rampup": 3,
    "noise_std": 0.1,
    "relevance_windows": 2,
}


@dataclass
class EpochStats:
    epoch: int
    sup: float = 0.0
    cons: float = 0.0
    val_acc: float = 0.0
    teacher_acc: float = 0.0
    extras: dict = field(default_factory=dict)


# ------------------------------------------------------------------ helpers
def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def sigmoid_rampup(current, length):
    if length == 0:
        return 1.0
    current = max(0.0, min(float(current), float(length)))
    phase = 1.0 - current / length
    return float(math.exp(-5.0 * phase * phase))


def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def format_table(rows):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["epoch", "sup", "cons", "val_acc", "teacher_acc"])
    for r in rows:
        w.writerow([r.epoch, f"{r.sup:.4f}", f"{r.cons:.4f}", f"{r.val_acc:.3f}", f"{r.teacher_acc:.3f}"])
    return buf.getvalue()


def chunks(n, size):
    order = list(range(n))
    random.shuffle(order)
    for i in range(0, n, size):
        yield order[i:i + size]


def cycle(loader_fn):
    while True:
        for item in loader_fn():
            yield item


# --------------------------------------------------------------------- data
def make_windows(n, cfg, labelled=True):
    L, F_ = cfg["seq_len"], cfg["features"]
    y = torch.randint(0, cfg["classes"], (n,))
    t = torch.arange(L).float()
    x = torch.randn(n, L, F_) * 0.3
    x[:, :, 0] += torch.sin(t * (0.5 + y.unsqueeze(-1).float()))
    x[:, :, 1] += y.unsqueeze(-1).float() * 0.4
    return (x, y) if labelled else x


def augment(x, std):
    scale = 1.0 + 0.05 * torch.randn(x.size(0), 1, 1)
    return x * scale + std * torch.randn_like(x)


# -------------------------------------------------------------------- model
class BearingGRU(nn.Module):
    def __init__(self, features, hidden, classes):
        super().__init__()
        self.norm = nn.LayerNorm(features)
        self.gru = nn.GRU(features, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(hidden, classes)

    def forward(self, x):
        h, _ = self.gru(self.norm(x))
        return self.head(self.drop(h[:, -1]))


class EMATeacher:
    def __init__(self, student, decay):
        self.model = copy.deepcopy(student)
        self.model.eval()
        for p in self.model.parameters():
            p.requires_grad_(False)
        self.decay = decay

    @torch.no_grad()
    def update(self, student):
        for tp, sp in zip(self.model.parameters(), student.parameters()):
            tp.mul_(self.decay).add_(sp.detach(), alpha=1 - self.decay)
        for tb, sb in zip(self.model.buffers(), student.buffers()):
            tb.copy_(sb)

    @torch.no_grad()
    def predict(self, x):
        return self.model(x)


# ----------------------------------------------------------------- training
def consistency_loss(student_logits, teacher_logits):
    return F.mse_loss(student_logits.softmax(-1), teacher_logits.softmax(-1))


def train_epoch(student, teacher, opt, labelled, unlabelled, epoch, cfg):
    student.train()
    xl, yl = labelled
    w = cfg["cons_max"] * sigmoid_rampup(epoch, cfg["cons_rampup"])
    sup_sum = cons_sum = 0.0
    n = 0
    u_iter = cycle(lambda: chunks(len(unlabelled), cfg["batch"]))
    for idx in chunks(len(xl), cfg["batch"]):
        xb, yb = xl[idx], yl[idx]
        xu = unlabelled[next(u_iter)]
        s_l = student(augment(xb, cfg["noise_std"]))
        s_u = student(augment(xu, cfg["noise_std"]))
        t_u = teacher.predict(augment(xu, cfg["noise_std"]))
        sup = F.cross_entropy(s_l, yb)
        cons = consistency_loss(s_u, t_u)
        loss = sup + w * cons
        opt.zero_grad()
        loss.backward()
        opt.step()
        teacher.update(student)
        sup_sum += sup.item()
        cons_sum += cons.item()
        n += 1
    return sup_sum / n, cons_sum / n


@torch.no_grad()
def validate(model, val):
    model.eval()
    x, y = val
    return accuracy(model(x), y)


def relevance(model, windows):
    """Gradient x input per feature, averaged over time (cuDNN off: it refuses eval-mode backward)."""
    model.eval()
    x = windows.clone().requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        out = model(x)
        score = out.gather(1, out.argmax(-1, keepdim=True)).sum()
        score.backward()
    rel = (x.grad * x).detach().mean(dim=1)
    model.zero_grad(set_to_none=True)
    return rel


# ------------------------------------------------------------- reporting
def confusion_matrix(pred, target, k):
    cm = torch.zeros(k, k, dtype=torch.long)
    for a, b in zip(target.tolist(), pred.tolist()):
        cm[a, b] += 1
    return cm


def per_class_report(cm):
    lines = []
    for c in range(cm.size(0)):
        tp = cm[c, c].item()
        support = cm[c].sum().item()
        predicted = cm[:, c].sum().item()
        prec = tp / predicted if predicted else 0.0
        rec = tp / support if support else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        lines.append(f"class {c}: p={prec:.2f} r={rec:.2f} f1={f1:.2f} n={support}")
    return "\n".join(lines)


@torch.no_grad()
def final_report(model, val, classes):
    model.eval()
    x, y = val
    cm = confusion_matrix(model(x).argmax(-1), y, classes)
    return per_class_report(cm)


def checkpoint_roundtrip(student, teacher):
    """Write both state dicts to a temporary file and read them back (sanity check)."""
    import os
    import tempfile

    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        torch.save({"student": student.state_dict(), "teacher": teacher.model.state_dict()}, path)
        blob = torch.load(path)
        same = all(torch.equal(blob["student"][k], v) for k, v in student.state_dict().items())
    finally:
        os.remove(path)
    return same


def parameter_drift(student, teacher):
    total = 0.0
    for sp, tp in zip(student.parameters(), teacher.model.parameters()):
        total += (sp.detach() - tp).pow(2).sum().item()
    return math.sqrt(total)


# ---------------------------------------------------------------------- cli
def build_parser():
    p = argparse.ArgumentParser()
    p.add_argument("--epochs", type=int)
    p.add_argument("--lr", type=float)
    p.add_argument("--ema-decay", type=float)
    p.add_argument("--hidden", type=int)
    p.add_argument("--skip-relevance", action="store_true")
    p.add_argument("--log-level", default="INFO")
    return p


def resolve_config(ns):
    cfg = dict(CONFIG)
    for key in ("epochs", "lr", "ema_decay", "hidden"):
        val = getattr(ns, key)
        if val is not None:
            cfg[key] = val
    return cfg


def run(cfg, skip_relevance=False):
    seed_everything(cfg["seed"])
    labelled = make_windows(cfg["n_labelled"], cfg)
    unlabelled = make_windows(cfg["n_unlabelled"], cfg, labelled=False)
    val = make_windows(cfg["n_val"], cfg)
    student = BearingGRU(cfg["features"], cfg["hidden"], cfg["classes"])
    teacher = EMATeacher(student, cfg["ema_decay"])
    opt = torch.optim.Adam(student.parameters(), lr=cfg["lr"])
    rows = []
    for epoch in range(cfg["epochs"]):
        sup, cons = train_epoch(student, teacher, opt, labelled, unlabelled, epoch, cfg)
        stats = EpochStats(epoch, sup, cons, validate(student, val), validate(teacher.model, val))
        logger.info("epoch %d sup %.4f cons %.4f val %.3f teacher %.3f",
                    epoch, stats.sup, stats.cons, stats.val_acc, stats.teacher_acc)
        rows.append(stats)
    print(format_table(rows))
    logger.info("student/teacher drift %.4f", parameter_drift(student, teacher))
    logger.info("checkpoint roundtrip ok: %s", checkpoint_roundtrip(student, teacher))
    print(final_report(teacher.model, val, cfg["classes"]))
    if not skip_relevance:
        rel = relevance(student, val[0][: cfg["relevance_windows"]])
        logger.info("relevance per feature: %s", [round(v, 4) for v in rel.mean(0).tolist()])
    return rows


def main(argv=None):
    ns = build_parser().parse_args(argv)
    logging.basicConfig(level=getattr(logging, ns.log_level.upper()), stream=sys.stdout,
                        format="[%(levelname)s] %(message)s")
    cfg = resolve_config(ns)
    logger.info("config: %s", cfg)
    run(cfg, skip_relevance=ns.skip_relevance)


if __name__ == "__main__":
    main()
