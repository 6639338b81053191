# expect: clean
"""Tidal-bore arrival forecasting.

Research script: predicts the arrival delay (minutes) and height class of a
tidal bore at a river gauge from upstream gauge sequences, river discharge and
wind. Trains a stacked LSTM with a multi-task head, early stopping on the
validation MAE, and an end-of-run "season adaptation" of the heads on the most
recent tides before exporting metrics.

Usage:
    python long_tidal_bore_forecast.py --epochs 3 --hidden 12
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

LOG = logging.getLogger("bore")

DEFAULT_CONFIG = {
    "seed": 17,
    "n_gauges": 3,
    "seq_len": 8,
    "hidden": 12,
    "layers": 2,
    "dropout": 0.1,
    "n_height_classes": 3,
    "batch_size": 6,
    "epochs": 3,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "patience": 2,
    "clip": 1.0,
    "height_weight": 0.5,
    "adapt_steps": 2,
    "adapt_lr": 5e-4,
    "n_train": 36,
    "n_val": 12,
    "n_recent": 6,
}


# ----------------------------------------------------------------------------
# utilities
# ----------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.sum = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.sum += value * n
        self.count += n

    @property
    def avg(self):
        return self.sum / max(self.count, 1)


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.start
        return False


# ----------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------
def synth_tides(n, cfg, phase=0.0):
    """Fake gauge data: a travelling wave with noise plus discharge and wind."""
    t = torch.linspace(0, 2 * math.pi, cfg["seq_len"])
    gauges = []
    for g in range(cfg["n_gauges"]):
        lag = 0.3 * g
        wave = torch.sin(t.unsqueeze(0) - lag + phase + 0.2 * torch.randn(n, 1))
        gauges.append(wave + 0.05 * torch.randn(n, cfg["seq_len"]))
    discharge = torch.rand(n, 1).expand(n, cfg["seq_len"])
    wind = 0.5 * torch.randn(n, 1).expand(n, cfg["seq_len"])
    x = torch.stack(gauges + [discharge, wind], dim=-1)
    delay = 20 * x[:, :, 0].mean(1) - 5 * discharge[:, 0] + wind[:, 0]
    height = torch.bucketize(x[:, -1, 0], torch.tensor([-0.3, 0.3]))
    return x, delay, height


def batches(x, delay, height, bs, shuffle=False):
    idx = list(range(len(x)))
    if shuffle:
        random.shuffle(idx)
    for i in range(0, len(idx), bs):
        j = torch.tensor(idx[i:i + bs])
        yield x[j], delay[j], height[j]


class Standardiser:
    def fit(self, x):
        self.mean = x.mean(dim=(0, 1), keepdim=True)
        self.std = x.std(dim=(0, 1), keepdim=True) + 1e-6
        return self

    def __call__(self, x):
        return (x - self.mean) / self.std


# ----------------------------------------------------------------------------
# model
# ----------------------------------------------------------------------------
class BoreNet(nn.Module):
    def __init__(self, n_in, cfg):
        super().__init__()
        self.inp = nn.Linear(n_in, cfg["hidden"])
        self.lstm = nn.LSTM(
            cfg["hidden"], cfg["hidden"], num_layers=cfg["layers"],
            dropout=cfg["dropout"], batch_first=True,
        )
        self.norm = nn.LayerNorm(cfg["hidden"])
        self.delay_head = nn.Linear(cfg["hidden"], 1)
        self.height_head = nn.Linear(cfg["hidden"], cfg["n_height_classes"])

    def forward(self, x):
        h, _ = self.lstm(F.gelu(self.inp(x)))
        z = self.norm(h[:, -1])
        return self.delay_head(z).squeeze(-1), self.height_head(z)


def count_params(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ----------------------------------------------------------------------------
# metrics
# ----------------------------------------------------------------------------
def mae(pred, target):
    return (pred - target).abs().mean().item()


def rmse(pred, target):
    return torch.sqrt(((pred - target) ** 2).mean()).item()


def accuracy(logits, target):
    return (logits.argmax(-1) == target).float().mean().item()


def macro_f1(logits, target, n_cls):
    pred = logits.argmax(-1)
    f1s = []
    for c in range(n_cls):
        tp = ((pred == c) & (target == c)).sum().item()
        fp = ((pred == c) & (target != c)).sum().item()
        fn = ((pred != c) & (target == c)).sum().item()
        denom = 2 * tp + fp + fn
        f1s.append(2 * tp / denom if denom else 0.0)
    return sum(f1s) / n_cls


# ----------------------------------------------------------------------------
# training / evaluation
# ----------------------------------------------------------------------------
def multitask_loss(model_out, delay, height, cfg):
    d_pred, h_logits = model_out
    return F.huber_loss(d_pred, delay) + cfg["height_weight"] * F.cross_entropy(h_logits, height)


def train_one_epoch(model, opt, data, scaler, cfg):
    model.train()
    meter = AverageMeter()
    for x, d, h in batches(*data, cfg["batch_size"], shuffle=True):
        opt.zero_grad()
        loss = multitask_loss(model(scaler(x)), d, h, cfg)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        meter.update(loss.item(), len(x))
    return meter.avg


def evaluate(model, data, scaler, cfg):
    model.eval()
    preds, logits, ds, hs = [], [], [], []
    with torch.no_grad():
        for x, d, h in batches(*data, cfg["batch_size"]):
            dp, hl = model(scaler(x))
            preds.append(dp)
            logits.append(hl)
            ds.append(d)
            hs.append(h)
    preds, logits, ds, hs = map(torch.cat, (preds, logits, ds, hs))
    return {
        "mae": mae(preds, ds),
        "rmse": rmse(preds, ds),
        "acc": accuracy(logits, hs),
        "f1": macro_f1(logits, hs, cfg["n_height_classes"]),
    }


class EarlyStopping:
    def __init__(self, patience):
        self.patience = patience
        self.best = float("inf")
        self.bad = 0
        self.best_state = None

    def step(self, score, model):
        if score < self.best:
            self.best = score
            self.bad = 0
            self.best_state = copy.deepcopy(model.state_dict())
            return False
        self.bad += 1
        return self.bad > self.patience


def season_adapt(model, recent, scaler, cfg):
    """A few small steps on the latest tides (the season has shifted).

    Only the output heads move; the input projection and the recurrent encoder
    are frozen so that the representation learnt on the long record is kept.
    """
    for module in (model.inp, model.lstm):
        for p in module.parameters():
            p.requires_grad_(False)
    heads = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.SGD(heads, lr=cfg["adapt_lr"])
    losses = []
    for _ in range(cfg["adapt_steps"]):
        for x, d, h in batches(*recent, cfg["batch_size"]):
            opt.zero_grad()
            loss = multitask_loss(model(scaler(x)), d, h, cfg)
            loss.backward()
            opt.step()
            losses.append(loss.item())
    return sum(losses) / len(losses)


def export_metrics(history, final, path):
    with open(path, "w") as fh:
        json.dump({"history": history, "final": final}, fh, indent=1)
    LOG.info("metrics written to %s", path)


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------
def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--hidden", type=int, default=None)
    ap.add_argument("--lr", type=float, default=None)
    ap.add_argument("--no-adapt", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    return ap.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULT_CONFIG)
    for key in ("epochs", "hidden", "lr"):
        val = getattr(args, key)
        if val is not None:
            cfg[key] = val
    return cfg


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = build_config(args)
    set_seed(cfg["seed"])

    train = synth_tides(cfg["n_train"], cfg)
    val = synth_tides(cfg["n_val"], cfg)
    recent = synth_tides(cfg["n_recent"], cfg, phase=0.4)
    scaler = Standardiser().fit(train[0])

    model = BoreNet(train[0].size(-1), cfg)
    LOG.info("model has %d parameters", count_params(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=cfg["epochs"])
    stopper = EarlyStopping(cfg["patience"])
    history = defaultdict(list)

    for epoch in range(cfg["epochs"]):
        with Timer() as tm:
            train_loss = train_one_epoch(model, opt, train, scaler, cfg)
        metrics = evaluate(model, val, scaler, cfg)
        sched.step()
        history["train_loss"].append(train_loss)
        for k, v in metrics.items():
            history[k].append(v)
        LOG.info("epoch %d loss %.4f val mae %.3f acc %.2f (%.2fs)",
                 epoch, train_loss, metrics["mae"], metrics["acc"], tm.elapsed)
        if stopper.step(metrics["mae"], model):
            LOG.info("early stop at epoch %d", epoch)
            break

    if stopper.best_state is not None:
        model.load_state_dict(stopper.best_state)
    final = evaluate(model, val, scaler, cfg)
    if not args.no_adapt:
        final["adapt_loss"] = season_adapt(model, recent, scaler, cfg)
        final["after_adapt"] = evaluate(model, val, scaler, cfg)

    fd, path = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    try:
        export_metrics(dict(history), final, path)
    finally:
        os.remove(path)
    print(json.dumps(final, indent=1))


if __name__ == "__main__":
    main([])
