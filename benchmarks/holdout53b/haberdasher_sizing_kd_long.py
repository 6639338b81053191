# expect: clean
"""Haberdasher garment-size recommender: distil a large GRU teacher into a small GRU student,
then prune the student with gradient-based (|w * dL/dw|) saliency scores computed on a held-out
batch, then fine-tune the pruned student.

Everything is configured from the CONFIG dict; argparse only overrides a few keys.
The saliency pass runs the student in eval mode (dropout off, so scores are deterministic) with
cuDNN disabled for that pass: the fused RNN kernels refuse eval-mode backward on GPUs.
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

log = logging.getLogger("haberdasher")

CONFIG = {
    "seed": 16,
    "n_sizes": 6,
    "n_feat": 7,               # height, chest, waist, hip, inseam, brand fit, returns so far
    "history_len": 5,          # last purchases per customer
    "teacher": {"hidden": 16, "layers": 2, "dropout": 0.1, "epochs": 2},
    "student": {"hidden": 6, "layers": 1, "dropout": 0.2, "epochs": 2},
    "kd": {"temperature": 2.0, "alpha": 0.7},
    "prune": {"amount": 0.3, "calib_batch": 8},
    "finetune": {"epochs": 1, "lr": 1e-3},
    "batch": 8,
    "lr": 4e-3,
    "n_customers": 40,
}


# ----------------------------------------------------------------------------------------------
# helpers

def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def configure_logging(level):
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
    log.addHandler(handler)
    log.setLevel(level)


@dataclass
class RunningStats:
    values: list = field(default_factory=list)

    def add(self, v):
        self.values.append(float(v))

    @property
    def mean(self):
        return statistics.fmean(self.values) if self.values else float("nan")


def topk_accuracy(logits, y, k=2):
    topk = logits.topk(k, dim=-1).indices
    return float((topk == y.unsqueeze(-1)).any(-1).float().mean())


def size_distance(logits, y):
    """Mean absolute distance in size steps between the argmax and the true size."""
    return float((logits.argmax(-1) - y).abs().float().mean())


def confusion(logits, y, n):
    m = torch.zeros(n, n, dtype=torch.long)
    for t, q in zip(y.tolist(), logits.argmax(-1).tolist()):
        m[t, q] += 1
    return m


def format_confusion(m):
    rows = ["      " + " ".join(f"{j:>3d}" for j in range(m.shape[1]))]
    for i, row in enumerate(m.tolist()):
        rows.append(f"  {i:>3d} " + " ".join(f"{v:>3d}" for v in row))
    return "\n".join(rows)


# ----------------------------------------------------------------------------------------------
# data

def make_customers(cfg, n=None, gen=None):
    n = n or cfg["n_customers"]
    gen = gen or torch.Generator().manual_seed(cfg["seed"])
    x = torch.randn(n, cfg["history_len"], cfg["n_feat"], generator=gen)
    body = x[:, :, :4].mean(1)
    score = body @ torch.tensor([0.8, 0.6, 0.4, 0.2]) + 0.3 * torch.randn(n, generator=gen)
    edges = torch.quantile(score, torch.linspace(0, 1, cfg["n_sizes"] + 1)[1:-1])
    y = torch.bucketize(score, edges)
    return x, y


def split(x, y, frac=0.75):
    n = int(len(x) * frac)
    return (x[:n], y[:n]), (x[n:], y[n:])


def iterate(data, batch, shuffle=True):
    x, y = data
    order = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), batch):
        j = order[i:i + batch]
        yield x[j], y[j]


# ----------------------------------------------------------------------------------------------
# models

class SizeGRU(nn.Module):
    def __init__(self, n_feat, n_sizes, hidden, layers, dropout):
        super().__init__()
        self.embed = nn.Linear(n_feat, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True,
                          dropout=dropout if layers > 1 else 0.0)
        self.drop = nn.Dropout(dropout)
        self.out = nn.Linear(hidden, n_sizes)

    def forward(self, x):
        h, _ = self.gru(F.gelu(self.embed(x)))
        return self.out(self.drop(h[:, -1]))


def build(cfg, which):
    c = cfg[which]
    return SizeGRU(cfg["n_feat"], cfg["n_sizes"], c["hidden"], c["layers"], c["dropout"])


# ----------------------------------------------------------------------------------------------
# training

def train_supervised(model, data, cfg, epochs):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    for ep in range(epochs):
        model.train()
        stats = RunningStats()
        for xb, yb in iterate(data, cfg["batch"]):
            loss = F.cross_entropy(model(xb), yb)
            opt.zero_grad()
            loss.backward()
            opt.step()
            stats.add(loss.item())
        log.info("teacher epoch %d loss %.4f", ep, stats.mean)
    return model


def kd_loss(student_logits, teacher_logits, y, T, alpha):
    soft = F.kl_div(F.log_softmax(student_logits / T, -1), F.softmax(teacher_logits / T, -1),
                    reduction="batchmean") * T * T
    hard = F.cross_entropy(student_logits, y)
    return alpha * soft + (1 - alpha) * hard


def distil(student, teacher, data, cfg):
    opt = torch.optim.Adam(student.parameters(), lr=cfg["lr"])
    T, alpha = cfg["kd"]["temperature"], cfg["kd"]["alpha"]
    for ep in range(cfg["student"]["epochs"]):
        stats = RunningStats()
        for xb, yb in iterate(data, cfg["batch"]):
            teacher.eval()                      # teacher evaluated every step
            with torch.no_grad():
                t_logits = teacher(xb)
            student.train()
            loss = kd_loss(student(xb), t_logits, yb, T, alpha)
            opt.zero_grad()
            loss.backward()
            opt.step()
            stats.add(loss.item())
        log.info("student epoch %d kd loss %.4f", ep, stats.mean)
    return student


@torch.no_grad()
def evaluate(model, data, cfg):
    model.eval()
    logits, ys = [], []
    for xb, yb in iterate(data, cfg["batch"], shuffle=False):
        logits.append(model(xb))
        ys.append(yb)
    logits, ys = torch.cat(logits), torch.cat(ys)
    return {
        "acc": float((logits.argmax(-1) == ys).float().mean()),
        "top2": topk_accuracy(logits, ys),
        "dist": size_distance(logits, ys),
        "nll": float(F.cross_entropy(logits, ys)),
    }


# ----------------------------------------------------------------------------------------------
# pruning

def prunable(model):
    return {n: p for n, p in model.named_parameters() if p.dim() == 2}


def saliency_scores(model, calib):
    """|w * dL/dw| on one held-out batch, with the model in eval mode."""
    xb, yb = calib
    model.eval()
    model.zero_grad()
    with torch.backends.cudnn.flags(enabled=False):
        loss = F.cross_entropy(model(xb), yb)
        loss.backward()
    scores = {n: (p * p.grad).abs().detach() for n, p in prunable(model).items()}
    model.zero_grad()
    return scores


def global_masks(scores, amount):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = max(1, int(math.floor(amount * flat.numel())))
    thr = flat.kthvalue(k).values
    return {n: (s > thr).float() for n, s in scores.items()}


def apply_masks(model, masks):
    with torch.no_grad():
        for n, p in prunable(model).items():
            p.mul_(masks[n])


def sparsity(model):
    ps = list(prunable(model).values())
    zeros = sum(int((p == 0).sum()) for p in ps)
    return zeros / sum(p.numel() for p in ps)


def finetune_masked(model, masks, data, cfg):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["finetune"]["lr"])
    params = prunable(model)
    for ep in range(cfg["finetune"]["epochs"]):
        model.train()
        stats = RunningStats()
        for xb, yb in iterate(data, cfg["batch"]):
            loss = F.cross_entropy(model(xb), yb)
            opt.zero_grad()
            loss.backward()
            for n, p in params.items():
                p.grad.mul_(masks[n])
            opt.step()
            apply_masks(model, masks)
            stats.add(loss.item())
        log.info("finetune epoch %d loss %.4f sparsity %.2f", ep, stats.mean, sparsity(model))


# ----------------------------------------------------------------------------------------------
# cli

def parse_args(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--prune-amount", type=float, default=CONFIG["prune"]["amount"])
    p.add_argument("--temperature", type=float, default=CONFIG["kd"]["temperature"])
    p.add_argument("--student-hidden", type=int, default=CONFIG["student"]["hidden"])
    p.add_argument("--skip-prune", action="store_true")
    p.add_argument("--log-level", default="INFO")
    return p.parse_args(argv)


def merged_config(args):
    cfg = copy.deepcopy(CONFIG)
    cfg["prune"]["amount"] = args.prune_amount
    cfg["kd"]["temperature"] = args.temperature
    cfg["student"]["hidden"] = args.student_hidden
    return cfg


def report(tag, metrics):
    log.info("%-10s " + " ".join(f"{k}={v:.3f}" for k, v in metrics.items()), tag)


def main(argv=None):
    args = parse_args(argv if argv is not None else [])
    configure_logging(args.log_level)
    cfg = merged_config(args)
    seed_everything(cfg["seed"])

    x, y = make_customers(cfg)
    train, val = split(x, y)
    calib = next(iterate(val, cfg["prune"]["calib_batch"], shuffle=False))

    teacher = train_supervised(build(cfg, "teacher"), train, cfg, cfg["teacher"]["epochs"])
    report("teacher", evaluate(teacher, val, cfg))

    student = distil(build(cfg, "student"), teacher, train, cfg)
    report("student", evaluate(student, val, cfg))

    if not args.skip_prune:
        scores = saliency_scores(student, calib)
        masks = global_masks(scores, cfg["prune"]["amount"])
        apply_masks(student, masks)
        report("pruned", evaluate(student, val, cfg))
        finetune_masked(student, masks, train, cfg)
        report("finetuned", evaluate(student, val, cfg))
    with torch.no_grad():
        student.eval()
        cm = confusion(student(val[0]), val[1], cfg["n_sizes"])
    log.info("confusion (true x predicted):\n%s", format_confusion(cm))
    log.info("done; final sparsity %.2f", sparsity(student))


if __name__ == "__main__":
    main()
