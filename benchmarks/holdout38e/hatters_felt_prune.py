# expect: crash
"""Hatters' felt shrinkage: predict the final brim size of a felt hood from the
planking (rolling and fulling) log, distil a teacher into a smaller student,
and prune the student by gradient-based saliency.

Research script: argparse, logging, a config dict, metrics, early stopping
that reloads the best state dict, and connection-sensitivity pruning scores
computed on a validation batch.
"""
import argparse
import copy
import json
import logging
import math
import os
import random
import tempfile
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("felt")

DEFAULTS = {
    "seed": 31,
    "features": 5,
    "steps": 9,
    "teacher_hidden": 16,
    "student_hidden": 8,
    "batch_size": 6,
    "train_batches": 6,
    "val_batches": 2,
    "teacher_epochs": 2,
    "student_epochs": 3,
    "lr": 5e-3,
    "kd_alpha": 0.5,
    "kd_temperature": 2.0,
    "patience": 2,
    "prune_fraction": 0.3,
    "log_every": 2,
}


# ----------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------

def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def planking_log(batch, steps, features):
    """Columns: water temperature, acid strength, roll pressure, turns, wool grade."""
    x = torch.rand(batch, steps, features)
    shrink = 0.3 * x[..., 0].mean(1) + 0.2 * x[..., 1].mean(1) + 0.4 * x[..., 2].cumsum(1)[:, -1] / steps
    brim = 40.0 - 10.0 * shrink + 0.1 * torch.randn(batch)
    return x, brim


def make_split(cfg, n_batches):
    return [planking_log(cfg["batch_size"], cfg["steps"], cfg["features"]) for _ in range(n_batches)]


class Standardiser:
    def __init__(self):
        self.mean = None
        self.std = None

    def fit(self, batches):
        ys = torch.cat([y for _, y in batches])
        self.mean, self.std = ys.mean(), ys.std().clamp_min(1e-3)
        return self

    def encode(self, y):
        return (y - self.mean) / self.std

    def decode(self, z):
        return z * self.std + self.mean


# ----------------------------------------------------------------------------
# models
# ----------------------------------------------------------------------------

class FeltRegressor(nn.Module):
    def __init__(self, features, hidden, layers=1):
        super().__init__()
        self.inp = nn.Linear(features, hidden)
        self.rnn = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True)
        self.norm = nn.LayerNorm(hidden)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x, return_features=False):
        h, _ = self.rnn(F.gelu(self.inp(x)))
        feat = self.norm(h[:, -1])
        out = self.head(feat).squeeze(-1)
        return (out, feat) if return_features else out


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ----------------------------------------------------------------------------
# metrics
# ----------------------------------------------------------------------------

class Meter:
    def __init__(self):
        self.sums = defaultdict(float)
        self.counts = defaultdict(int)

    def update(self, **kw):
        for k, v in kw.items():
            self.sums[k] += float(v)
            self.counts[k] += 1

    def averages(self):
        return {k: self.sums[k] / max(self.counts[k], 1) for k in self.sums}


def regression_metrics(pred, target):
    err = pred - target
    mae = err.abs().mean().item()
    rmse = math.sqrt(err.pow(2).mean().item())
    ss_res = err.pow(2).sum()
    ss_tot = (target - target.mean()).pow(2).sum().clamp_min(1e-8)
    return {"mae": mae, "rmse": rmse, "r2": (1 - ss_res / ss_tot).item()}


# ----------------------------------------------------------------------------
# training
# ----------------------------------------------------------------------------

def train_epoch(model, batches, opt, scaler, cfg, teacher=None):
    model.train()
    meter = Meter()
    for i, (x, y) in enumerate(batches):
        y = scaler.encode(y)
        pred = model(x)
        loss = F.mse_loss(pred, y)
        if teacher is not None:
            with torch.no_grad():
                t_pred = teacher(x)
            kd = F.mse_loss(pred / cfg["kd_temperature"], t_pred / cfg["kd_temperature"])
            loss = (1 - cfg["kd_alpha"]) * loss + cfg["kd_alpha"] * kd
            meter.update(kd=kd.item())
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        meter.update(loss=loss.item())
        if (i + 1) % cfg["log_every"] == 0:
            logger.debug("batch %d loss %.4f", i, loss.item())
    return meter.averages()


@torch.no_grad()
def evaluate(model, batches, scaler):
    model.eval()
    preds, targets = [], []
    for x, y in batches:
        preds.append(scaler.decode(model(x)))
        targets.append(y)
    return regression_metrics(torch.cat(preds), torch.cat(targets))


class EarlyStopping:
    """Keeps the best state dict on disk and reloads it at the end."""

    def __init__(self, patience, path):
        self.patience = patience
        self.path = path
        self.best = float("inf")
        self.bad = 0

    def step(self, model, score):
        if score < self.best:
            self.best = score
            self.bad = 0
            torch.save(model.state_dict(), self.path)
            return False
        self.bad += 1
        return self.bad > self.patience

    def restore(self, model):
        model.load_state_dict(torch.load(self.path))
        return model


def fit(model, train, val, scaler, cfg, epochs, tag, teacher=None, workdir="."):
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=1e-4)
    stopper = EarlyStopping(cfg["patience"], os.path.join(workdir, f"{tag}.pt"))
    history = []
    for epoch in range(epochs):
        t0 = time.time()
        tr = train_epoch(model, train, opt, scaler, cfg, teacher=teacher)
        va = evaluate(model, val, scaler)
        history.append({"epoch": epoch, **tr, **{f"val_{k}": v for k, v in va.items()}})
        logger.info("[%s] epoch %d loss %.4f val_mae %.3f (%.2fs)", tag, epoch, tr["loss"], va["mae"], time.time() - t0)
        if stopper.step(model, va["mae"]):
            logger.info("[%s] early stop at epoch %d", tag, epoch)
            break
    stopper.restore(model)
    return history


# ----------------------------------------------------------------------------
# pruning
# ----------------------------------------------------------------------------

def prunable(model):
    return {n: p for n, p in model.named_parameters() if p.dim() == 2}


def saliency_scores(model, batch, scaler):
    """Connection sensitivity |w * dL/dw| on one validation batch."""
    x, y = batch
    model.zero_grad()
    loss = F.mse_loss(model(x), scaler.encode(y))
    loss.backward()  # TM001-here
    return {n: (p * p.grad).abs().detach() for n, p in prunable(model).items()}


def global_threshold(scores, fraction):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = max(1, int(fraction * flat.numel()))
    return flat.kthvalue(k).values


def apply_masks(model, scores, fraction):
    thr = global_threshold(scores, fraction)
    masks = {}
    with torch.no_grad():
        for n, p in prunable(model).items():
            masks[n] = (scores[n] > thr).float()
            p.mul_(masks[n])
    kept = sum(m.sum().item() for m in masks.values())
    total = sum(m.numel() for m in masks.values())
    logger.info("pruning kept %d/%d weights (%.1f%%)", kept, total, 100.0 * kept / total)
    return masks


def finetune_pruned(model, masks, train, scaler, cfg, epochs=1):
    opt = torch.optim.SGD(model.parameters(), lr=cfg["lr"])
    params = prunable(model)
    model.train()
    for _ in range(epochs):
        for x, y in train:
            loss = F.mse_loss(model(x), scaler.encode(y))
            opt.zero_grad()
            loss.backward()
            for n, p in params.items():
                p.grad.mul_(masks[n])
            opt.step()
    return loss.item()


def sparsity(model):
    ps = prunable(model)
    zeros = sum((p == 0).sum().item() for p in ps.values())
    return zeros / sum(p.numel() for p in ps.values())


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------

def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--config", type=str, default=None, help="JSON file overriding DEFAULTS")
    p.add_argument("--prune-fraction", type=float, default=None)
    p.add_argument("--skip-teacher", action="store_true")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULTS)
    if args.config:
        with open(args.config) as fh:
            cfg.update(json.load(fh))
    if args.prune_fraction is not None:
        cfg["prune_fraction"] = args.prune_fraction
    return cfg


def summarise(name, metrics):
    return f"{name:<16}" + "  ".join(f"{k}={v:.3f}" for k, v in sorted(metrics.items()))


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    cfg = build_config(args)
    set_seed(cfg["seed"])

    train = make_split(cfg, cfg["train_batches"])
    val = make_split(cfg, cfg["val_batches"])
    scaler = Standardiser().fit(train)
    results = {}

    with tempfile.TemporaryDirectory() as workdir:
        teacher = None
        if not args.skip_teacher:
            teacher = FeltRegressor(cfg["features"], cfg["teacher_hidden"], layers=2)
            fit(teacher, train, val, scaler, cfg, cfg["teacher_epochs"], "teacher", workdir=workdir)
            teacher.eval()
            results["teacher"] = evaluate(teacher, val, scaler)
            logger.info("teacher has %d parameters", count_parameters(teacher))

        student = FeltRegressor(cfg["features"], cfg["student_hidden"])
        fit(student, train, val, scaler, cfg, cfg["student_epochs"], "student", teacher=teacher, workdir=workdir)
        results["student"] = evaluate(student, val, scaler)
        logger.info("student has %d parameters", count_parameters(student))

        dense = copy.deepcopy(student)
        scores = saliency_scores(student, val[0], scaler)
        masks = apply_masks(student, scores, cfg["prune_fraction"])
        results["pruned"] = evaluate(student, val, scaler)
        finetune_pruned(student, masks, train, scaler, cfg)
        results["pruned+ft"] = evaluate(student, val, scaler)
        results["dense_copy"] = evaluate(dense, val, scaler)

    for name, metrics in results.items():
        print(summarise(name, metrics))
    print(f"student sparsity {sparsity(student):.2%}")


if __name__ == "__main__":
    main()
