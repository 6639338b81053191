# expect: crash
"""
Tin streamers' ore-grade forecasting.

Predicts the cassiterite grade of the next pan from a sequence of stream-bed measurements
(gradient, flow, sediment size, colour index, depth).  After each epoch the script computes
gradient-based saliency scores on a validation batch and prunes the weakest input channels of
the recurrent encoder, a trick from the pruning-at-initialisation literature applied late.

Usage:
    python tin_streamer_prune.py --epochs 3 --hidden 12
"""
import argparse
import json
import logging
import math
import os
import random
import shutil
import tempfile
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("tinstream")

DEFAULT_CONFIG = {
    "seed": 17,
    "n_streams": 24,
    "seq_len": 10,
    "n_features": 5,
    "hidden": 12,
    "layers": 1,
    "dropout": 0.0,
    "batch_size": 6,
    "epochs": 3,
    "lr": 3e-3,
    "weight_decay": 1e-5,
    "clip": 1.0,
    "prune_every": 1,
    "prune_frac": 0.2,
    "patience": 5,
    "val_frac": 0.25,
}

FEATURES = ["gradient", "flow", "sediment", "colour", "depth"]


# --------------------------------------------------------------------------------------------
# utilities
# --------------------------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--prune-frac", type=float, default=None, dest="prune_frac")
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--no-prune", action="store_true")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def merge_config(args):
    cfg = dict(DEFAULT_CONFIG)
    for key, value in vars(args).items():
        if key in cfg and value is not None:
            cfg[key] = value
    cfg["prune"] = not args.no_prune
    return cfg


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)-5s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
    )


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.total = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.total += float(value) * n
        self.count += n

    @property
    def avg(self):
        return self.total / max(self.count, 1)


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.start
        return False


# --------------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------------
def synth_streams(cfg):
    """Random stream-bed surveys with a grade that depends on flow and sediment."""
    g = torch.Generator().manual_seed(cfg["seed"])
    x = torch.randn(cfg["n_streams"], cfg["seq_len"], cfg["n_features"], generator=g)
    trend = x[:, :, 1].cumsum(1)[:, -1] * 0.1 - x[:, :, 2].mean(1) * 0.5
    y = torch.sigmoid(trend + 0.05 * torch.randn(cfg["n_streams"], generator=g))
    return x, y


def normalise(x, stats=None):
    if stats is None:
        mean = x.mean((0, 1), keepdim=True)
        std = x.std((0, 1), keepdim=True).clamp_min(1e-6)
        stats = (mean, std)
    return (x - stats[0]) / stats[1], stats


def split(x, y, val_frac):
    n_val = max(1, int(len(x) * val_frac))
    idx = torch.randperm(len(x))
    v, t = idx[:n_val], idx[n_val:]
    return (x[t], y[t]), (x[v], y[v])


def batches(x, y, batch_size, shuffle=True):
    order = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), batch_size):
        j = order[i:i + batch_size]
        yield x[j], y[j]


# --------------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------------
class ChannelGate(nn.Module):
    """A fixed 0/1 mask over input channels, edited by the pruning step."""

    def __init__(self, n):
        super().__init__()
        self.register_buffer("mask", torch.ones(n))

    def forward(self, x):
        return x * self.mask

    def prune(self, idx):
        self.mask[idx] = 0.0

    def active(self):
        return int(self.mask.sum().item())


class GradeForecaster(nn.Module):
    def __init__(self, n_features, hidden, layers=1, dropout=0.0):
        super().__init__()
        self.gate = ChannelGate(n_features)
        self.encoder = nn.LSTM(n_features, hidden, num_layers=layers, batch_first=True,
                               dropout=dropout if layers > 1 else 0.0)
        self.norm = nn.LayerNorm(hidden)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.encoder(self.gate(x))
        return self.head(self.norm(h[:, -1])).squeeze(-1)


def build_model(cfg):
    model = GradeForecaster(cfg["n_features"], cfg["hidden"], cfg["layers"], cfg["dropout"])
    n = sum(p.numel() for p in model.parameters())
    LOG.info("model with %d parameters", n)
    return model


def build_optimizer(model, cfg):
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (no_decay if name.endswith("bias") or "norm" in name else decay).append(p)
    return torch.optim.AdamW(
        [{"params": decay, "weight_decay": cfg["weight_decay"]}, {"params": no_decay, "weight_decay": 0.0}],
        lr=cfg["lr"],
    )


def cosine_lr(opt, base_lr, epoch, total):
    lr = 0.5 * base_lr * (1 + math.cos(math.pi * epoch / max(total, 1)))
    for group in opt.param_groups:
        group["lr"] = lr
    return lr


# --------------------------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------------------------
def regression_metrics(pred, target):
    err = pred - target
    mae = err.abs().mean().item()
    rmse = err.pow(2).mean().sqrt().item()
    mape = (err.abs() / target.abs().clamp_min(1e-3)).mean().item() * 100
    ss_res = err.pow(2).sum()
    ss_tot = (target - target.mean()).pow(2).sum().clamp_min(1e-8)
    r2 = (1 - ss_res / ss_tot).item()
    return {"mae": mae, "rmse": rmse, "mape": mape, "r2": r2}


def format_metrics(m):
    return " ".join(f"{k}={v:.4f}" for k, v in m.items())


# --------------------------------------------------------------------------------------------
# training and evaluation
# --------------------------------------------------------------------------------------------
def train_one_epoch(model, opt, data, cfg):
    model.train()
    meter = AverageMeter()
    for xb, yb in batches(*data, cfg["batch_size"]):
        pred = model(xb)
        loss = F.mse_loss(pred, yb)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        meter.update(loss.item(), len(xb))
    return meter.avg


@torch.no_grad()
def evaluate(model, data, cfg):
    model.eval()
    preds, targets = [], []
    for xb, yb in batches(*data, cfg["batch_size"], shuffle=False):
        preds.append(model(xb))
        targets.append(yb)
    return regression_metrics(torch.cat(preds), torch.cat(targets))


def channel_saliency(model, data, cfg):
    """|d loss / d gate| on one validation batch: a SNIP-style score per input channel."""
    xb, yb = next(batches(*data, cfg["batch_size"], shuffle=False))
    probe = torch.ones_like(model.gate.mask, requires_grad=True)
    h, _ = model.encoder(xb * model.gate.mask * probe)
    pred = model.head(model.norm(h[:, -1])).squeeze(-1)
    loss = F.mse_loss(pred, yb)
    loss.backward()  # TM001-here
    model.zero_grad(set_to_none=True)
    return probe.grad.abs()


def prune_channels(model, scores, frac):
    alive = (model.gate.mask > 0).nonzero().flatten()
    k = int(len(alive) * frac)
    if k == 0 or len(alive) - k < 2:
        return []
    order = scores[alive].argsort()
    victims = alive[order[:k]].tolist()
    model.gate.prune(victims)
    return victims


# --------------------------------------------------------------------------------------------
# checkpoints
# --------------------------------------------------------------------------------------------
class CheckpointManager:
    def __init__(self, root):
        self.root = root
        self.best = math.inf
        self.path = os.path.join(root, "best.pt")

    def maybe_save(self, model, score):
        if score < self.best:
            self.best = score
            torch.save(model.state_dict(), self.path)
            return True
        return False

    def restore(self, model):
        if os.path.exists(self.path):
            model.load_state_dict(torch.load(self.path))


class EarlyStopper:
    def __init__(self, patience):
        self.patience = patience
        self.bad = 0
        self.best = math.inf

    def step(self, score):
        if score < self.best - 1e-6:
            self.best, self.bad = score, 0
        else:
            self.bad += 1
        return self.bad > self.patience


# --------------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------------
def summarise(history):
    lines = ["epoch  train_loss  val_mae  val_rmse  channels"]
    for rec in history:
        lines.append(f"{rec['epoch']:>5}  {rec['train_loss']:>10.4f}  {rec['mae']:>7.4f}  "
                     f"{rec['rmse']:>8.4f}  {rec['channels']:>8}")
    return "\n".join(lines)


def run(cfg):
    set_seed(cfg["seed"])
    x, y = synth_streams(cfg)
    x, stats = normalise(x)
    train_data, val_data = split(x, y, cfg["val_frac"])
    LOG.info("train %d streams / val %d streams", len(train_data[0]), len(val_data[0]))

    model = build_model(cfg)
    opt = build_optimizer(model, cfg)
    stopper = EarlyStopper(cfg["patience"])
    workdir = tempfile.mkdtemp(prefix="tinstream_")
    ckpt = CheckpointManager(workdir)
    history = []
    pruned = defaultdict(int)
    try:
        for epoch in range(cfg["epochs"]):
            lr = cosine_lr(opt, cfg["lr"], epoch, cfg["epochs"])
            with Timer() as t:
                train_loss = train_one_epoch(model, opt, train_data, cfg)
            metrics = evaluate(model, val_data, cfg)
            LOG.info("epoch %d lr %.2e loss %.4f %s (%.2fs)", epoch, lr, train_loss, format_metrics(metrics), t.elapsed)
            if ckpt.maybe_save(model, metrics["rmse"]):
                LOG.debug("new best rmse %.4f", metrics["rmse"])
            if cfg["prune"] and (epoch + 1) % cfg["prune_every"] == 0:
                scores = channel_saliency(model, val_data, cfg)
                for v in prune_channels(model, scores, cfg["prune_frac"]):
                    pruned[FEATURES[v]] += 1
                LOG.info("active channels: %d", model.gate.active())
            history.append({"epoch": epoch, "train_loss": train_loss, "channels": model.gate.active(), **metrics})
            if stopper.step(metrics["rmse"]):
                LOG.info("early stop at epoch %d", epoch)
                break
        ckpt.restore(model)
        final = evaluate(model, val_data, cfg)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(summarise(history))
    print("final", format_metrics(final))
    print("pruned", json.dumps(dict(pruned)))
    return final


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_config(args)
    LOG.debug("config: %s", json.dumps(cfg, sort_keys=True))
    run(cfg)


if __name__ == "__main__":
    main()
