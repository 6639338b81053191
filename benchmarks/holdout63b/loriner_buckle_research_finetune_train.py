# expect: clean
"""
Loriner's workshop: buckle-wear classification from strap-tension sequences.

Mean-teacher consistency training with an EMA teacher, early stopping on validation accuracy
that reloads the best snapshot, then a short fine-tuning stage on the labelled pool only.
Written as a single research script: argparse, logging, a config dict, metrics and a results table.
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

log = logging.getLogger("buckle")

CFG = {
    "seed": 3,
    "n_feat": 4,
    "seq_len": 8,
    "n_classes": 3,
    "hidden": 10,
    "batch": 6,
    "n_labelled": 3,
    "n_unlabelled": 3,
    "n_val": 2,
    "epochs": 4,
    "patience": 1,
    "lr": 5e-3,
    "ema_decay": 0.9,
    "consistency_weight": 0.5,
    "rampup_epochs": 2,
    "noise_std": 0.1,
    "finetune_steps": 2,
    "finetune_lr": 1e-3,
}


# --------------------------------------------------------------------------- helpers
def get_args(argv):
    ap = argparse.ArgumentParser("buckle-wear mean teacher")
    ap.add_argument("--epochs", type=int)
    ap.add_argument("--patience", type=int)
    ap.add_argument("--ema-decay", type=float)
    ap.add_argument("--consistency-weight", type=float)
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args(argv)


def override(cfg, args):
    out = dict(cfg)
    for key, val in vars(args).items():
        key = key.replace("-", "_")
        if key in out and val is not None:
            out[key] = val
    return out


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def sigmoid_rampup(epoch, length):
    if length == 0:
        return 1.0
    phase = 1.0 - min(epoch, length) / length
    return math.exp(-5.0 * phase * phase)


@dataclass
class RunStats:
    train_loss: list = field(default_factory=list)
    cons_loss: list = field(default_factory=list)
    val_acc: list = field(default_factory=list)
    teacher_acc: list = field(default_factory=list)
    best_epoch: int = -1

    def table(self):
        rows = ["epoch | loss   | cons   | val   | teacher"]
        for i, (a, b, c, d) in enumerate(zip(self.train_loss, self.cons_loss, self.val_acc, self.teacher_acc)):
            mark = " *" if i == self.best_epoch else ""
            rows.append(f"{i:5d} | {a:.4f} | {b:.4f} | {c:.3f} | {d:.3f}{mark}")
        return "\n".join(rows)


# --------------------------------------------------------------------------- data
def make_pool(cfg, n, seed, labelled=True):
    g = torch.Generator().manual_seed(seed)
    protos = torch.randn(cfg["n_classes"], cfg["n_feat"], generator=torch.Generator().manual_seed(99))
    pool = []
    for _ in range(n):
        y = torch.randint(0, cfg["n_classes"], (cfg["batch"],), generator=g)
        x = protos[y].unsqueeze(1) + 0.8 * torch.randn(cfg["batch"], cfg["seq_len"], cfg["n_feat"], generator=g)
        pool.append((x, y) if labelled else (x, None))
    return pool


def augment(x, std):
    jitter = std * torch.randn_like(x)
    scale = 1.0 + 0.05 * torch.randn(x.size(0), 1, 1)
    return x * scale + jitter


# --------------------------------------------------------------------------- model
class BuckleNet(nn.Module):
    def __init__(self, n_feat, hidden, n_classes):
        super().__init__()
        self.front = nn.Sequential(nn.Linear(n_feat, hidden), nn.LayerNorm(hidden), nn.ReLU())
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.cls = nn.Linear(hidden, n_classes)

    def forward(self, x):
        h, last = self.gru(self.front(x))
        return self.cls(self.drop(last[-1]))


def make_teacher(student):
    teacher = copy.deepcopy(student)
    for p in teacher.parameters():
        p.requires_grad_(False)
    return teacher


@torch.no_grad()
def ema_update(teacher, student, decay):
    for tp, sp in zip(teacher.parameters(), student.parameters()):
        tp.mul_(decay).add_(sp.detach(), alpha=1 - decay)


# --------------------------------------------------------------------------- metrics
def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def macro_f1(logits, y, n_classes):
    pred = logits.argmax(-1)
    f1s = []
    for c in range(n_classes):
        tp = ((pred == c) & (y == c)).sum().item()
        fp = ((pred == c) & (y != c)).sum().item()
        fn = ((pred != c) & (y == c)).sum().item()
        denom = 2 * tp + fp + fn
        f1s.append(2 * tp / denom if denom else 0.0)
    return statistics.mean(f1s)


def evaluate(model, pool, n_classes):
    model.eval()
    logits, ys = [], []
    with torch.no_grad():
        for x, y in pool:
            logits.append(model(x))
            ys.append(y)
    logits, ys = torch.cat(logits), torch.cat(ys)
    return {"acc": accuracy(logits, ys), "f1": macro_f1(logits, ys, n_classes)}


def confusion_matrix(logits, y, n_classes):
    cm = torch.zeros(n_classes, n_classes, dtype=torch.long)
    for t, p in zip(y.tolist(), logits.argmax(-1).tolist()):
        cm[t, p] += 1
    return cm


def expected_calibration_error(logits, y, n_bins=5):
    probs = F.softmax(logits, -1)
    conf, pred = probs.max(-1)
    correct = (pred == y).float()
    ece = 0.0
    edges = torch.linspace(0, 1, n_bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        sel = (conf > lo) & (conf <= hi)
        if sel.any():
            ece += sel.float().mean().item() * abs(conf[sel].mean().item() - correct[sel].mean().item())
    return ece


def per_class_report(logits, y, n_classes):
    cm = confusion_matrix(logits, y, n_classes)
    lines = []
    for c in range(n_classes):
        support = cm[c].sum().item()
        recall = cm[c, c].item() / support if support else 0.0
        predicted = cm[:, c].sum().item()
        precision = cm[c, c].item() / predicted if predicted else 0.0
        lines.append(f"class {c}: p={precision:.2f} r={recall:.2f} n={support}")
    return "\n".join(lines)


def collect_logits(model, pool):
    outs, ys = [], []
    with torch.no_grad():
        for x, y in pool:
            outs.append(model(x))
            ys.append(y)
    return torch.cat(outs), torch.cat(ys)


# --------------------------------------------------------------------------- training
def mean_teacher_epoch(student, teacher, opt, labelled, unlabelled, cfg, epoch):
    student.train()
    teacher.train()
    w = cfg["consistency_weight"] * sigmoid_rampup(epoch, cfg["rampup_epochs"])
    sup_total, cons_total = 0.0, 0.0
    for (xl, yl), (xu, _) in zip(labelled, unlabelled):
        x_all = torch.cat([xl, xu])
        s_logits = student(augment(x_all, cfg["noise_std"]))
        with torch.no_grad():
            t_logits = teacher(augment(x_all, cfg["noise_std"]))
        sup = F.cross_entropy(s_logits[: xl.size(0)], yl)
        cons = F.mse_loss(F.softmax(s_logits, -1), F.softmax(t_logits, -1))
        loss = sup + w * cons
        opt.zero_grad()
        loss.backward()
        opt.step()
        ema_update(teacher, student, cfg["ema_decay"])
        sup_total += sup.item()
        cons_total += cons.item()
    n = len(labelled)
    return sup_total / n, cons_total / n


class EarlyStopper:
    def __init__(self, patience):
        self.patience = patience
        self.best = -float("inf")
        self.best_model = None
        self.bad = 0

    def step(self, score, model, epoch):
        if score > self.best:
            self.best = score
            self.best_model = copy.deepcopy(model)
            self.best_epoch = epoch
            self.bad = 0
            return False
        self.bad += 1
        return self.bad > self.patience


def finetune(model, labelled, cfg):
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=cfg["finetune_lr"])
    losses = []
    for step in range(cfg["finetune_steps"]):
        for x, y in labelled:
            loss = F.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            losses.append(loss.item())
    return sum(losses) / len(losses)


def run(cfg):
    seed_everything(cfg["seed"])
    labelled = make_pool(cfg, cfg["n_labelled"], seed=1)
    unlabelled = make_pool(cfg, cfg["n_unlabelled"], seed=2, labelled=False)
    val = make_pool(cfg, cfg["n_val"], seed=3)

    student = BuckleNet(cfg["n_feat"], cfg["hidden"], cfg["n_classes"])
    teacher = make_teacher(student)
    opt = torch.optim.Adam(student.parameters(), lr=cfg["lr"])
    stopper = EarlyStopper(cfg["patience"])
    stats = RunStats()

    for epoch in range(cfg["epochs"]):
        sup, cons = mean_teacher_epoch(student, teacher, opt, labelled, unlabelled, cfg, epoch)
        s_metrics = evaluate(student, val, cfg["n_classes"])
        t_metrics = evaluate(teacher, val, cfg["n_classes"])
        stats.train_loss.append(sup)
        stats.cons_loss.append(cons)
        stats.val_acc.append(s_metrics["acc"])
        stats.teacher_acc.append(t_metrics["acc"])
        log.info("epoch %d sup %.4f cons %.4f val acc %.3f f1 %.3f", epoch, sup, cons, s_metrics["acc"], s_metrics["f1"])
        if stopper.step(t_metrics["acc"], teacher, epoch):
            log.info("early stop at epoch %d", epoch)
            break

    stats.best_epoch = stopper.best_epoch
    best = stopper.best_model
    for p in best.parameters():
        p.requires_grad_(True)
    ft_loss = finetune(best, labelled, cfg)
    final = evaluate(best, val, cfg["n_classes"])
    log.info("finetune loss %.4f final acc %.3f", ft_loss, final["acc"])
    logits, ys = collect_logits(best, val)
    log.info("ece %.3f\n%s", expected_calibration_error(logits, ys), per_class_report(logits, ys, cfg["n_classes"]))
    return stats, final


def main(argv=None):
    args = get_args(argv if argv is not None else [])
    logging.basicConfig(
        level=logging.WARNING if args.quiet else logging.INFO,
        format="[%(levelname)s] %(message)s",
        stream=sys.stdout,
    )
    cfg = override(CFG, args)
    stats, final = run(cfg)
    print(stats.table())
    print("final", final)


if __name__ == "__main__":
    main()
