# expect: clean
"""Surveyor: predict closure error along a levelling traverse from staff readings.

Research script: a large GRU "reference" model trained on archived traverses is distilled into a small
student.  The student has a learned input adapter (instrument calibration) that is shared with the teacher
so both see calibrated readings; a feature-matching term pulls the student's hidden state towards the
teacher's.  Everything below is ordinary experiment plumbing: config, argparse, logging, metrics,
early stopping, a results table.
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
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("surveyor")

DEFAULTS = {
    "seed": 15,
    "readings": 4,          # backsight, foresight, staff temperature, distance
    "teacher_hidden": 16,
    "student_hidden": 6,
    "adapter_dim": 6,
    "steps": 8,             # set-ups per traverse
    "batch": 4,
    "train_traverses": 24,
    "val_traverses": 8,
    "teacher_epochs": 2,
    "student_epochs": 2,
    "lr_teacher": 1e-2,
    "lr_student": 5e-3,
    "alpha_kd": 0.5,
    "beta_feat": 0.1,
    "temperature": 2.0,
    "patience": 3,
    "clip": 1.0,
}


# ----------------------------------------------------------------------------- data

def synth_traverses(n, steps, readings, drift=0.02, generator=None):
    """Backsight minus foresight accumulated along the traverse, with a temperature-dependent drift."""
    g = generator
    back = torch.rand(n, steps, 1, generator=g) * 3
    fore = torch.rand(n, steps, 1, generator=g) * 3
    temp = torch.randn(n, steps, 1, generator=g)
    dist = torch.rand(n, steps, 1, generator=g) * 50
    x = torch.cat([back, fore, temp, dist], -1)[..., :readings]
    closure = ((back - fore).sum(1) + drift * (temp * dist).sum(1)).squeeze(-1)
    return x, closure


def batches(x, y, batch, shuffle=True):
    idx = list(range(len(x)))
    if shuffle:
        random.shuffle(idx)
    for i in range(0, len(idx), batch):
        j = idx[i:i + batch]
        yield x[j], y[j]


def standardise(x, stats=None):
    if stats is None:
        stats = (x.mean((0, 1), keepdim=True), x.std((0, 1), keepdim=True) + 1e-6)
    return (x - stats[0]) / stats[1], stats


# ----------------------------------------------------------------------------- models

class Adapter(nn.Module):
    """Per-instrument calibration of raw staff readings."""

    def __init__(self, readings, dim):
        super().__init__()
        self.lin = nn.Linear(readings, dim)

    def forward(self, x):
        return torch.tanh(self.lin(x))


class Reference(nn.Module):
    def __init__(self, dim, hidden):
        super().__init__()
        self.gru = nn.GRU(dim, hidden, num_layers=2, batch_first=True)
        self.proj = nn.Linear(hidden, 6)
        self.out = nn.Linear(hidden, 1)

    def forward(self, z):
        h, _ = self.gru(z)
        return self.out(h[:, -1]).squeeze(-1), self.proj(h[:, -1])


class Student(nn.Module):
    def __init__(self, dim, hidden):
        super().__init__()
        self.gru = nn.GRU(dim, hidden, batch_first=True)
        self.feat = nn.Linear(hidden, 6)
        self.out = nn.Linear(hidden, 1)

    def forward(self, z):
        h, _ = self.gru(z)
        return self.out(h[:, -1]).squeeze(-1), self.feat(h[:, -1])


def count_params(module):
    return sum(p.numel() for p in module.parameters())


# ----------------------------------------------------------------------------- metrics

class Meter:
    def __init__(self):
        self.sums = defaultdict(float)
        self.counts = defaultdict(int)

    def update(self, **values):
        for k, v in values.items():
            self.sums[k] += float(v)
            self.counts[k] += 1

    def means(self):
        return {k: self.sums[k] / max(self.counts[k], 1) for k in self.sums}


def rmse(pred, target):
    return math.sqrt(F.mse_loss(pred, target).item())


def within_tolerance(pred, target, mm=0.5):
    return (pred - target).abs().lt(mm).float().mean().item()


class EarlyStopping:
    def __init__(self, patience):
        self.patience = patience
        self.best = float("inf")
        self.bad = 0

    def step(self, value):
        if value < self.best - 1e-6:
            self.best = value
            self.bad = 0
            return False
        self.bad += 1
        return self.bad > self.patience


# ----------------------------------------------------------------------------- stages

def train_reference(adapter, teacher, data, cfg):
    params = list(adapter.parameters()) + list(teacher.parameters())
    opt = torch.optim.Adam(params, lr=cfg["lr_teacher"])
    x, y = data
    adapter.train()
    teacher.train()
    for epoch in range(cfg["teacher_epochs"]):
        meter = Meter()
        for xb, yb in batches(x, y, cfg["batch"]):
            opt.zero_grad()
            pred, _ = teacher(adapter(xb))
            loss = F.mse_loss(pred, yb)
            loss.backward()
            nn.utils.clip_grad_norm_(params, cfg["clip"])
            opt.step()
            meter.update(loss=loss.item())
        LOG.info("reference epoch %d %s", epoch, meter.means())


@torch.no_grad()
def evaluate(adapter, model, data, cfg):
    was = model.training
    model.eval()
    x, y = data
    preds = []
    for xb, _ in batches(x, y, cfg["batch"], shuffle=False):
        preds.append(model(adapter(xb))[0])
    model.train(was)
    pred = torch.cat(preds)
    return {"rmse": rmse(pred, y), "tol": within_tolerance(pred, y)}


def freeze(module):
    module.eval()
    for p in module.parameters():
        p.requires_grad_(False)
    return module


def teacher_targets(adapter, teacher, xb):
    """Teacher outputs for the distillation terms (constants: the adapter is trained by the student loss)."""
    with torch.no_grad():
        return teacher(adapter(xb))


def distill(adapter, teacher, student, data, val, cfg):
    freeze(teacher)
    params = list(adapter.parameters()) + list(student.parameters())
    opt = torch.optim.Adam(params, lr=cfg["lr_student"])
    stopper = EarlyStopping(cfg["patience"])
    x, y = data
    history = []
    for epoch in range(cfg["student_epochs"]):
        student.train()
        adapter.train()
        meter = Meter()
        for xb, yb in batches(x, y, cfg["batch"]):
            opt.zero_grad()
            t_pred, t_feat = teacher_targets(adapter, teacher, xb)
            s_pred, s_feat = student(adapter(xb))
            task = F.mse_loss(s_pred, yb)
            kd = F.mse_loss(s_pred / cfg["temperature"], t_pred / cfg["temperature"])
            feat = F.mse_loss(s_feat, t_feat)
            loss = task + cfg["alpha_kd"] * kd + cfg["beta_feat"] * feat
            loss.backward()
            nn.utils.clip_grad_norm_(params, cfg["clip"])
            opt.step()
            meter.update(loss=loss.item(), task=task.item(), kd=kd.item(), feat=feat.item())
        metrics = evaluate(adapter, student, val, cfg)
        history.append({"epoch": epoch, **meter.means(), **metrics})
        LOG.info("student epoch %d %s", epoch, history[-1])
        if stopper.step(metrics["rmse"]):
            LOG.info("early stop at epoch %d", epoch)
            break
    return history


# ----------------------------------------------------------------------------- reporting

def results_table(rows):
    keys = ["epoch", "loss", "task", "kd", "feat", "rmse", "tol"]
    lines = [" | ".join(keys)]
    for r in rows:
        lines.append(" | ".join(f"{r[k]:.3f}" if isinstance(r[k], float) else str(r[k]) for k in keys))
    return "\n".join(lines)


def dump_json(obj):
    fd, path = tempfile.mkstemp(suffix=".json", prefix="surveyor_")
    try:
        with os.fdopen(fd, "w") as fh:
            json.dump(obj, fh)
        with open(path) as fh:
            return len(fh.read())
    finally:
        os.remove(path)


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--teacher-epochs", type=int, default=DEFAULTS["teacher_epochs"])
    ap.add_argument("--student-epochs", type=int, default=DEFAULTS["student_epochs"])
    ap.add_argument("--alpha-kd", type=float, default=DEFAULTS["alpha_kd"])
    ap.add_argument("--beta-feat", type=float, default=DEFAULTS["beta_feat"])
    ap.add_argument("--seed", type=int, default=DEFAULTS["seed"])
    ap.add_argument("--verbose", action="store_true")
    return ap.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULTS)
    cfg.update(teacher_epochs=args.teacher_epochs, student_epochs=args.student_epochs,
               alpha_kd=args.alpha_kd, beta_feat=args.beta_feat, seed=args.seed)
    return cfg


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, stream=sys.stdout,
                        format="%(asctime)s %(name)s %(message)s")
    cfg = build_config(args)
    random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    gen = torch.Generator().manual_seed(cfg["seed"])

    xtr, ytr = synth_traverses(cfg["train_traverses"], cfg["steps"], cfg["readings"], generator=gen)
    xva, yva = synth_traverses(cfg["val_traverses"], cfg["steps"], cfg["readings"], generator=gen)
    xtr, stats = standardise(xtr)
    xva, _ = standardise(xva, stats)

    adapter = Adapter(cfg["readings"], cfg["adapter_dim"])
    teacher = Reference(cfg["adapter_dim"], cfg["teacher_hidden"])
    student = Student(cfg["adapter_dim"], cfg["student_hidden"])
    LOG.info("params: adapter %d teacher %d student %d", count_params(adapter), count_params(teacher),
             count_params(student))

    t0 = time.time()
    train_reference(adapter, teacher, (xtr, ytr), cfg)
    ref_metrics = evaluate(adapter, teacher, (xva, yva), cfg)
    LOG.info("reference %s", ref_metrics)

    history = distill(adapter, teacher, student, (xtr, ytr), (xva, yva), cfg)
    print(results_table(history))
    print("reference", {k: round(v, 3) for k, v in ref_metrics.items()})
    print("json bytes", dump_json({"cfg": cfg, "history": history}), "seconds", round(time.time() - t0, 2))


if __name__ == "__main__":
    main()
