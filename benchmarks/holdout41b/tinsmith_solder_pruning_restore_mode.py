# expect: clean
"""Tinsmith solder-joint quality regression with gradient-based structured pruning.

Research-code layout: a config dict, argparse overrides, logging, a synthetic dataset of
soldering-iron temperature traces, a BiLSTM regressor, metrics, and a pruning stage that
scores hidden units by |w * dL/dw| on a held-out validation batch, masks the weakest units,
and fine-tunes.
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

LOG = logging.getLogger("tinsmith")

CONFIG = {
    "seed": 11,
    "n_features": 4,
    "seq_len": 7,
    "hidden": 8,
    "layers": 1,
    "dropout": 0.1,
    "batch_size": 4,
    "n_train": 24,
    "n_val": 8,
    "epochs": 2,
    "finetune_epochs": 1,
    "lr": 5e-3,
    "weight_decay": 1e-4,
    "prune_fraction": 0.25,
    "clip": 1.0,
    "log_every": 3,
}


# ----------------------------------------------------------------------------------------
# configuration
# ----------------------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--prune-fraction", type=float, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--dump-config", action="store_true")
    args, _unknown = p.parse_known_args(argv)
    return args


def merge_config(base, args):
    cfg = dict(base)
    for key, value in vars(args).items():
        key = key.replace("-", "_")
        if key in cfg and value is not None:
            cfg[key] = value
    return cfg


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# ----------------------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------------------
class SolderTraces(torch.utils.data.Dataset):
    """Temperature, flux flow, dwell time and tin feed over a few time steps; the target
    is a joint-strength score that depends on the mean temperature and the dwell."""

    def __init__(self, n, seq_len, n_features, seed):
        g = torch.Generator().manual_seed(seed)
        self.x = torch.randn(n, seq_len, n_features, generator=g)
        temp = self.x[..., 0].mean(1)
        dwell = self.x[..., 2].abs().mean(1)
        self.y = torch.tanh(temp) + 0.5 * dwell + 0.05 * torch.randn(n, generator=g)

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return self.x[i], self.y[i]


def make_loaders(cfg):
    train = SolderTraces(cfg["n_train"], cfg["seq_len"], cfg["n_features"], cfg["seed"])
    val = SolderTraces(cfg["n_val"], cfg["seq_len"], cfg["n_features"], cfg["seed"] + 1)
    tl = torch.utils.data.DataLoader(train, batch_size=cfg["batch_size"], shuffle=True)
    vl = torch.utils.data.DataLoader(val, batch_size=cfg["batch_size"], shuffle=False)
    return tl, vl


# ----------------------------------------------------------------------------------------
# model
# ----------------------------------------------------------------------------------------
class UnitMask(nn.Module):
    """Multiplies features by a fixed 0/1 mask (structured pruning of hidden units)."""

    def __init__(self, n):
        super().__init__()
        self.register_buffer("mask", torch.ones(n))

    def forward(self, h):
        return h * self.mask


class SolderRegressor(nn.Module):
    def __init__(self, n_features, hidden, layers, dropout):
        super().__init__()
        self.inp = nn.Linear(n_features, hidden)
        self.rnn = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True, bidirectional=True)
        self.mask = UnitMask(2 * hidden)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Sequential(nn.Linear(2 * hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.rnn(F.gelu(self.inp(x)))
        pooled = self.mask(h.mean(1))
        return self.head(self.drop(pooled)).squeeze(-1)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ----------------------------------------------------------------------------------------
# metrics
# ----------------------------------------------------------------------------------------
class RunningMetrics:
    def __init__(self):
        self.sums = defaultdict(float)
        self.n = 0
        self._preds = []
        self._targets = []

    def update(self, pred, target):
        err = pred - target
        self.sums["abs"] += err.abs().sum().item()
        self.sums["sq"] += (err ** 2).sum().item()
        self.n += target.numel()
        self._preds.append(pred.detach())
        self._targets.append(target.detach())

    def compute(self):
        if self.n == 0:
            return {}
        preds = torch.cat(self._preds)
        targets = torch.cat(self._targets)
        ss_res = ((targets - preds) ** 2).sum().item()
        ss_tot = ((targets - targets.mean()) ** 2).sum().item() or 1.0
        return {
            "mae": self.sums["abs"] / self.n,
            "rmse": math.sqrt(self.sums["sq"] / self.n),
            "r2": 1.0 - ss_res / ss_tot,
        }


def format_metrics(m):
    return " ".join(f"{k}={v:.4f}" for k, v in sorted(m.items()))


# ----------------------------------------------------------------------------------------
# training / evaluation
# ----------------------------------------------------------------------------------------
def build_optimizer(model, cfg):
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (no_decay if name.endswith("bias") else decay).append(p)
    return torch.optim.AdamW(
        [{"params": decay, "weight_decay": cfg["weight_decay"]}, {"params": no_decay, "weight_decay": 0.0}],
        lr=cfg["lr"],
    )


def train_one_epoch(model, loader, opt, cfg, epoch):
    model.train()
    meter = RunningMetrics()
    t0 = time.time()
    for step, (x, y) in enumerate(loader):
        pred = model(x)
        loss = F.smooth_l1_loss(pred, y)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        meter.update(pred, y)
        if step % cfg["log_every"] == 0:
            LOG.debug("epoch %d step %d loss %.4f", epoch, step, loss.item())
    m = meter.compute()
    m["time"] = time.time() - t0
    return m


def evaluate(model, loader):
    was_training = model.training
    model.eval()
    meter = RunningMetrics()
    try:
        with torch.no_grad():
            for x, y in loader:
                meter.update(model(x), y)
    finally:
        model.train(was_training)
    return meter.compute()


def fit(model, train_loader, val_loader, cfg, epochs, tag):
    opt = build_optimizer(model, cfg)
    history = []
    for epoch in range(epochs):
        tr = train_one_epoch(model, train_loader, opt, cfg, epoch)
        va = evaluate(model, val_loader)
        LOG.info("[%s] epoch %d train %s | val %s", tag, epoch, format_metrics(tr), format_metrics(va))
        history.append({"epoch": epoch, "train": tr, "val": va})
    return history


# ----------------------------------------------------------------------------------------
# pruning
# ----------------------------------------------------------------------------------------
def unit_importance(model, batch):
    """Taylor importance of each pooled hidden unit: |h * dL/dh| summed over the batch,
    computed on one validation batch so the scores are not biased by training noise."""
    x, y = batch
    store = {}

    def keep(_module, _inp, out):
        out.retain_grad()
        store["h"] = out

    handle = model.mask.register_forward_hook(keep)
    try:
        loss = F.smooth_l1_loss(model(x), y)
        model.zero_grad()
        loss.backward()
    finally:
        handle.remove()
    h = store["h"]
    return (h * h.grad).abs().sum(0).detach()


def apply_unit_pruning(model, scores, fraction):
    k = int(fraction * scores.numel())
    if k == 0:
        return []
    idx = torch.argsort(scores)[:k]
    model.mask.mask[idx] = 0.0
    return idx.tolist()


def sparsity_report(model):
    m = model.mask.mask
    return {"units_kept": int(m.sum().item()), "units_total": m.numel()}


# ----------------------------------------------------------------------------------------
# bookkeeping
# ----------------------------------------------------------------------------------------
def save_summary(summary):
    fd, path = tempfile.mkstemp(suffix=".json", prefix="tinsmith_")
    try:
        with os.fdopen(fd, "w") as fh:
            json.dump(summary, fh, indent=1, default=float)
        with open(path) as fh:
            size = len(fh.read())
    finally:
        os.remove(path)
    return size


def summarise(history_dense, history_pruned, pruned_units, report):
    last_dense = history_dense[-1]["val"] if history_dense else {}
    last_pruned = history_pruned[-1]["val"] if history_pruned else {}
    return {
        "dense": last_dense,
        "pruned": last_pruned,
        "pruned_units": pruned_units,
        "sparsity": report,
    }


def first_batch(loader):
    for batch in loader:
        return batch
    raise RuntimeError("empty loader")


# ----------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------
def main(argv=None):
    args = parse_args(argv)
    cfg = merge_config(CONFIG, args)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stdout)
    if args.dump_config:
        print(json.dumps(cfg, indent=1))
    set_seed(cfg["seed"])

    train_loader, val_loader = make_loaders(cfg)
    model = SolderRegressor(cfg["n_features"], cfg["hidden"], cfg["layers"], cfg["dropout"])
    LOG.info("model has %d parameters", count_parameters(model))

    history_dense = fit(model, train_loader, val_loader, cfg, cfg["epochs"], "dense")

    scores = unit_importance(model, first_batch(val_loader))
    pruned = apply_unit_pruning(model, scores, cfg["prune_fraction"])
    LOG.info("pruned units %s -> %s", pruned, sparsity_report(model))

    history_pruned = fit(model, train_loader, val_loader, cfg, cfg["finetune_epochs"], "pruned")
    summary = summarise(history_dense, history_pruned, pruned, sparsity_report(model))
    LOG.info("summary written (%d bytes) and removed", save_summary(summary))
    return summary


if __name__ == "__main__":
    main()
