# expect: crash
"""Sculptor armature stress forecasting -- research training script.

A bidirectional LSTM reads strain-gauge traces recorded while a clay figure
dries on its armature and predicts (a) the peak stress over the next window and
(b) whether a crack opens. The script follows the usual research layout: a
config dict overridable from argparse, a small metrics module, early stopping
that restores the best weights, and a final "consolidation" phase that
fine-tunes on train+val at a lower learning rate before the test report.
"""
import argparse
import collections
import copy
import json
import logging
import math
import os
import random
import sys
import tempfile
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("armature")

DEFAULT_CONFIG = {
    "seed": 3,
    "n_gauges": 4,
    "window": 12,
    "horizon": 3,
    "hidden": 12,
    "layers": 2,
    "dropout": 0.1,
    "batch_size": 6,
    "n_train": 36,
    "n_val": 12,
    "n_test": 12,
    "lr": 3e-3,
    "weight_decay": 1e-5,
    "max_epochs": 6,
    "patience": 1,
    "min_delta": 1e-3,
    "consolidate_epochs": 1,
    "consolidate_lr_scale": 0.2,
    "crack_weight": 0.5,
    "clip_norm": 1.0,
    "log_every": 3,
}


# --------------------------------------------------------------------------
# configuration & reproducibility
# --------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--config", type=str, default=None, help="JSON file with overrides")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="override a single config entry")
    p.add_argument("--max-epochs", type=int, default=None)
    p.add_argument("--no-consolidate", action="store_true")
    p.add_argument("--verbose", "-v", action="count", default=0)
    return p.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULT_CONFIG)
    if args.config:
        with open(args.config) as fh:
            cfg.update(json.load(fh))
    for item in args.set:
        key, _, raw = item.partition("=")
        if key not in cfg:
            raise KeyError(f"unknown config key {key!r}")
        cfg[key] = type(cfg[key])(raw)
    if args.max_epochs is not None:
        cfg["max_epochs"] = args.max_epochs
    cfg["consolidate"] = not args.no_consolidate
    return cfg


def setup_logging(verbosity):
    level = logging.WARNING - 10 * min(verbosity + 1, 2)
    logging.basicConfig(stream=sys.stdout, level=level,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s", datefmt="%H:%M:%S")


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# --------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------
def simulate_drying(n, cfg, generator):
    """Strain traces: slow drift + shrinkage events; crack if stress spikes."""
    t = cfg["window"] + cfg["horizon"]
    drift = torch.linspace(0, 1, t).view(1, t, 1)
    base = torch.randn(n, 1, cfg["n_gauges"], generator=generator) * 0.3
    noise = torch.randn(n, t, cfg["n_gauges"], generator=generator) * 0.1
    events = (torch.rand(n, t, 1, generator=generator) > 0.9).float() * 0.8
    traces = base + drift * 0.5 + noise + events.cumsum(1) * 0.2
    x = traces[:, : cfg["window"]]
    future = traces[:, cfg["window"]:]
    peak = future.abs().amax(dim=(1, 2))
    crack = (peak > peak.median()).float()
    return x, peak, crack


class Split:
    def __init__(self, x, peak, crack, batch_size, shuffle):
        self.x, self.peak, self.crack = x, peak, crack
        self.batch_size = batch_size
        self.shuffle = shuffle

    def __len__(self):
        return math.ceil(self.x.size(0) / self.batch_size)

    def __iter__(self):
        idx = list(range(self.x.size(0)))
        if self.shuffle:
            random.shuffle(idx)
        for i in range(0, len(idx), self.batch_size):
            j = torch.tensor(idx[i: i + self.batch_size])
            yield self.x[j], self.peak[j], self.crack[j]

    @staticmethod
    def concat(a, b, shuffle=True):
        return Split(torch.cat([a.x, b.x]), torch.cat([a.peak, b.peak]),
                     torch.cat([a.crack, b.crack]), a.batch_size, shuffle)


def make_splits(cfg):
    g = torch.Generator().manual_seed(cfg["seed"])
    splits = {}
    for name, shuffle in (("train", True), ("val", False), ("test", False)):
        splits[name] = Split(*simulate_drying(cfg[f"n_{name}"], cfg, g), cfg["batch_size"], shuffle)
    return splits


def normalisation_stats(split):
    flat = split.x.reshape(-1, split.x.size(-1))
    return flat.mean(0), flat.std(0) + 1e-6


# --------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------
class ArmatureNet(nn.Module):
    def __init__(self, cfg, mean, std):
        super().__init__()
        self.register_buffer("mean", mean)
        self.register_buffer("std", std)
        self.lstm = nn.LSTM(cfg["n_gauges"], cfg["hidden"], num_layers=cfg["layers"],
                            batch_first=True, bidirectional=True, dropout=cfg["dropout"])
        self.norm = nn.LayerNorm(2 * cfg["hidden"])
        self.peak_head = nn.Linear(2 * cfg["hidden"], 1)
        self.crack_head = nn.Linear(2 * cfg["hidden"], 1)

    def forward(self, x):
        x = (x - self.mean) / self.std
        out, _ = self.lstm(x)
        z = self.norm(out.mean(1))
        return self.peak_head(z).squeeze(-1), self.crack_head(z).squeeze(-1)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------
class RunningMean:
    def __init__(self):
        self.total = 0.0
        self.n = 0

    def update(self, value, n=1):
        self.total += float(value) * n
        self.n += n

    @property
    def value(self):
        return self.total / max(self.n, 1)


def binary_auc(scores, labels):
    pos = scores[labels > 0.5]
    neg = scores[labels <= 0.5]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).float().mean().item()
    ties = (pos[:, None] == neg[None, :]).float().mean().item()
    return wins + 0.5 * ties


def regression_metrics(pred, target):
    err = pred - target
    return {"mae": err.abs().mean().item(), "rmse": err.pow(2).mean().sqrt().item()}


def compute_loss(outputs, peak, crack, cfg):
    peak_pred, crack_logit = outputs
    reg = F.smooth_l1_loss(peak_pred, peak)
    cls = F.binary_cross_entropy_with_logits(crack_logit, crack)
    return reg + cfg["crack_weight"] * cls, {"reg": reg.item(), "cls": cls.item()}


# --------------------------------------------------------------------------
# training utilities
# --------------------------------------------------------------------------
class EarlyStopping:
    def __init__(self, patience, min_delta, workdir):
        self.patience = patience
        self.min_delta = min_delta
        self.best = float("inf")
        self.bad_epochs = 0
        self.path = os.path.join(workdir, "best.pt")
        self.best_epoch = -1

    def step(self, metric, model, epoch):
        if metric < self.best - self.min_delta:
            self.best = metric
            self.bad_epochs = 0
            self.best_epoch = epoch
            torch.save(model.state_dict(), self.path)
            LOG.info("new best %.4f at epoch %d", metric, epoch)
            return False
        self.bad_epochs += 1
        return self.bad_epochs > self.patience

    def restore(self, model):
        if os.path.exists(self.path):
            model.load_state_dict(torch.load(self.path))
            LOG.info("restored weights from epoch %d", self.best_epoch)
        return model


def make_optimizer(model, cfg, lr_scale=1.0):
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (no_decay if name.endswith("bias") or "norm" in name else decay).append(p)
    return torch.optim.AdamW([
        {"params": decay, "weight_decay": cfg["weight_decay"]},
        {"params": no_decay, "weight_decay": 0.0},
    ], lr=cfg["lr"] * lr_scale)


def train_one_epoch(model, split, optimizer, cfg, epoch):
    model.train()
    meter = RunningMean()
    for step, (x, peak, crack) in enumerate(split):
        loss, parts = compute_loss(model(x), peak, crack, cfg)
        optimizer.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip_norm"])
        optimizer.step()
        meter.update(loss.item(), x.size(0))
        if (step + 1) % cfg["log_every"] == 0:
            LOG.debug("epoch %d step %d loss %.4f reg %.4f cls %.4f",
                      epoch, step + 1, loss.item(), parts["reg"], parts["cls"])
    return meter.value


@torch.no_grad()
def evaluate(model, split, cfg):
    model.eval()
    preds, scores, peaks, cracks = [], [], [], []
    meter = RunningMean()
    for x, peak, crack in split:
        outputs = model(x)
        loss, _ = compute_loss(outputs, peak, crack, cfg)
        meter.update(loss.item(), x.size(0))
        preds.append(outputs[0])
        scores.append(outputs[1])
        peaks.append(peak)
        cracks.append(crack)
    preds, scores = torch.cat(preds), torch.cat(scores)
    peaks, cracks = torch.cat(peaks), torch.cat(cracks)
    metrics = regression_metrics(preds, peaks)
    metrics["auc"] = binary_auc(scores, cracks)
    metrics["loss"] = meter.value
    return metrics


def consolidate(model, train_split, val_split, cfg):
    """Fine-tune on train+val with a smaller learning rate (the model is
    already configured for training by the main loop)."""
    joint = Split.concat(train_split, val_split)
    optimizer = make_optimizer(model, cfg, lr_scale=cfg["consolidate_lr_scale"])
    history = []
    for epoch in range(cfg["consolidate_epochs"]):
        meter = RunningMean()
        for x, peak, crack in joint:
            loss, _ = compute_loss(model(x), peak, crack, cfg)
            optimizer.zero_grad()
            loss.backward()  # TM001-here
            optimizer.step()
            meter.update(loss.item(), x.size(0))
        history.append(meter.value)
        LOG.info("consolidation epoch %d loss %.4f", epoch, meter.value)
    return history


def format_metrics(prefix, metrics):
    return " ".join(f"{prefix}_{k}={v:.4f}" for k, v in sorted(metrics.items()))


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
def run(cfg, workdir):
    seed_everything(cfg["seed"])
    splits = make_splits(cfg)
    mean, std = normalisation_stats(splits["train"])
    model = ArmatureNet(cfg, mean, std)
    LOG.info("model has %d trainable parameters", count_parameters(model))
    optimizer = make_optimizer(model, cfg)
    stopper = EarlyStopping(cfg["patience"], cfg["min_delta"], workdir)
    history = collections.defaultdict(list)
    start = time.time()
    for epoch in range(cfg["max_epochs"]):
        train_loss = train_one_epoch(model, splits["train"], optimizer, cfg, epoch)
        val = evaluate(model, splits["val"], cfg)
        history["train_loss"].append(train_loss)
        history["val_loss"].append(val["loss"])
        LOG.info("epoch %d train_loss=%.4f %s", epoch, train_loss, format_metrics("val", val))
        if stopper.step(val["loss"], model, epoch):
            LOG.info("early stopping after epoch %d", epoch)
            break
    stopper.restore(model)
    if cfg["consolidate"]:
        history["consolidate"] = consolidate(model, splits["train"], splits["val"], cfg)
    test = evaluate(model, splits["test"], cfg)
    LOG.info("test %s (%.1fs)", format_metrics("test", test), time.time() - start)
    return {"history": dict(history), "test": test, "best_epoch": stopper.best_epoch}


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = build_config(args)
    LOG.info("config: %s", json.dumps(cfg, sort_keys=True))
    with tempfile.TemporaryDirectory(prefix="armature_") as workdir:
        result = run(cfg, workdir)
    print(json.dumps({"best_epoch": result["best_epoch"],
                      "test": {k: round(v, 4) for k, v in result["test"].items()}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
