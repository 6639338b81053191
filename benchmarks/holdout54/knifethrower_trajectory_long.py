# expect: crash
"""Knife-thrower trajectory forecasting (research script).

Forecasts the next positions of a thrown knife from high-speed camera tracks
(x, y, z, spin).  A sequence model is trained with scheduled sampling: after a
warm-up, part of each input sequence is replaced by the model's own rollout.

Usage:
    python knifethrower_trajectory_long.py --epochs 3 --hidden 12
"""
import argparse
import json
import logging
import math
import random
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("knifethrower")

DEFAULT_CONFIG = {
    "seed": 17,
    "n_tracks": 24,
    "track_len": 12,
    "features": 4,
    "hidden": 12,
    "layers": 1,
    "dropout": 0.1,
    "batch_size": 4,
    "epochs": 3,
    "lr": 3e-3,
    "weight_decay": 1e-5,
    "clip": 1.0,
    "warmup_epochs": 1,
    "sampling_start": 0.1,
    "sampling_growth": 0.2,
    "sampling_max": 0.5,
    "patience": 5,
    "log_every": 2,
    "val_fraction": 0.25,
}


# --------------------------------------------------------------------------- #
# utilities
# --------------------------------------------------------------------------- #
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--hidden", type=int, default=None)
    ap.add_argument("--lr", type=float, default=None)
    ap.add_argument("--no-sampling", action="store_true")
    ap.add_argument("--config-json", default=None, help="JSON string with overrides")
    args, _ = ap.parse_known_args()
    return args


def build_config(args):
    cfg = dict(DEFAULT_CONFIG)
    if args.config_json:
        cfg.update(json.loads(args.config_json))
    for key in ("epochs", "hidden", "lr"):
        value = getattr(args, key)
        if value is not None:
            cfg[key] = value
    cfg["scheduled_sampling"] = not args.no_sampling
    return cfg


class AverageMeter:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.total += value * n
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


# --------------------------------------------------------------------------- #
# data
# --------------------------------------------------------------------------- #
def simulate_track(length, features, gen):
    """Ballistic arc with spin and a little camera noise."""
    v0 = torch.rand(3, generator=gen) * torch.tensor([4.0, 1.0, 2.0])
    spin = torch.rand(1, generator=gen) * 6.0
    t = torch.linspace(0, 1, length).unsqueeze(-1)
    pos = v0 * t + torch.tensor([0.0, 0.0, -4.9]) * t ** 2
    ang = torch.sin(spin * t * math.pi)
    track = torch.cat([pos, ang], dim=-1)[:, :features]
    return track + 0.01 * torch.randn(track.shape, generator=gen)


def make_dataset(cfg):
    gen = torch.Generator().manual_seed(cfg["seed"])
    tracks = torch.stack([simulate_track(cfg["track_len"], cfg["features"], gen)
                          for _ in range(cfg["n_tracks"])])
    mean = tracks.mean(dim=(0, 1), keepdim=True)
    std = tracks.std(dim=(0, 1), keepdim=True) + 1e-6
    tracks = (tracks - mean) / std
    n_val = int(len(tracks) * cfg["val_fraction"])
    return tracks[n_val:], tracks[:n_val], (mean, std)


def iterate_batches(tracks, batch_size, shuffle):
    order = list(range(len(tracks)))
    if shuffle:
        random.shuffle(order)
    for i in range(0, len(order), batch_size):
        yield tracks[order[i:i + batch_size]]


# --------------------------------------------------------------------------- #
# model
# --------------------------------------------------------------------------- #
class TrajectoryLSTM(nn.Module):
    def __init__(self, features, hidden, layers, dropout):
        super().__init__()
        self.inp = nn.Linear(features, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True,
                            dropout=dropout if layers > 1 else 0.0)
        self.drop = nn.Dropout(dropout)
        self.out = nn.Linear(hidden, features)

    def forward(self, x, state=None):
        h, state = self.lstm(F.silu(self.inp(x)), state)
        return x + self.out(self.drop(h)), state


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------- #
# metrics
# --------------------------------------------------------------------------- #
def ade(pred, target):
    """Average displacement error over the xyz channels."""
    return (pred[..., :3] - target[..., :3]).norm(dim=-1).mean().item()


def fde(pred, target):
    """Final displacement error."""
    return (pred[:, -1, :3] - target[:, -1, :3]).norm(dim=-1).mean().item()


def spin_error(pred, target):
    if pred.shape[-1] < 4:
        return 0.0
    return (pred[..., 3] - target[..., 3]).abs().mean().item()


METRICS = {"ade": ade, "fde": fde, "spin": spin_error}


# --------------------------------------------------------------------------- #
# scheduled sampling
# --------------------------------------------------------------------------- #
def sampling_ratio(cfg, epoch):
    if not cfg["scheduled_sampling"] or epoch < cfg["warmup_epochs"]:
        return 0.0
    grown = cfg["sampling_start"] + cfg["sampling_growth"] * (epoch - cfg["warmup_epochs"])
    return min(grown, cfg["sampling_max"])


def rollout(model, prefix, horizon):
    """Free-running prediction: feed the model its own outputs."""
    model.eval()
    with torch.no_grad():
        out, state = model(prefix)
        step = out[:, -1:]
        preds = [step]
        for _ in range(horizon - 1):
            step, state = model(step, state)
            preds.append(step)
    return torch.cat(preds, dim=1)


def mix_with_rollout(model, batch, ratio, prefix_len=3):
    """Replace a random subset of input frames with the model's own rollout."""
    if ratio <= 0.0:
        return batch[:, :-1]
    inputs = batch[:, :-1].clone()
    horizon = inputs.shape[1] - prefix_len
    own = rollout(model, inputs[:, :prefix_len], horizon)
    mask = (torch.rand(inputs.shape[0], horizon, 1) < ratio).float()
    inputs[:, prefix_len:] = mask * own + (1 - mask) * inputs[:, prefix_len:]
    return inputs


# --------------------------------------------------------------------------- #
# train / eval
# --------------------------------------------------------------------------- #
def train_one_epoch(model, optimizer, tracks, cfg, epoch):
    model.train()
    ratio = sampling_ratio(cfg, epoch)
    meter = AverageMeter()
    for step, batch in enumerate(iterate_batches(tracks, cfg["batch_size"], shuffle=True)):
        inputs = mix_with_rollout(model, batch, ratio)
        preds, _ = model(inputs)
        loss = F.smooth_l1_loss(preds, batch[:, 1:])
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        torch.nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        optimizer.step()
        meter.update(loss.item(), len(batch))
        if step % cfg["log_every"] == 0:
            logger.debug("epoch %d step %d loss %.4f ratio %.2f", epoch, step, loss.item(), ratio)
    return meter.avg


@torch.no_grad()
def evaluate(model, tracks, cfg):
    model.eval()
    totals = defaultdict(AverageMeter)
    for batch in iterate_batches(tracks, cfg["batch_size"], shuffle=False):
        preds, _ = model(batch[:, :-1])
        totals["loss"].update(F.smooth_l1_loss(preds, batch[:, 1:]).item(), len(batch))
        for name, fn in METRICS.items():
            totals[name].update(fn(preds, batch[:, 1:]), len(batch))
    return {k: v.avg for k, v in totals.items()}


class EarlyStopping:
    def __init__(self, patience):
        self.patience = patience
        self.best = math.inf
        self.bad_epochs = 0
        self.best_state = None

    def step(self, value, model):
        if value < self.best:
            self.best = value
            self.bad_epochs = 0
            self.best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
            return False
        self.bad_epochs += 1
        return self.bad_epochs > self.patience


def format_metrics(metrics):
    return " ".join(f"{k}={v:.4f}" for k, v in sorted(metrics.items()))


# --------------------------------------------------------------------------- #
# main
# --------------------------------------------------------------------------- #
def main():
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    cfg = build_config(parse_args())
    set_seed(cfg["seed"])
    train_tracks, val_tracks, _ = make_dataset(cfg)
    logger.info("train %d val %d tracks", len(train_tracks), len(val_tracks))

    model = TrajectoryLSTM(cfg["features"], cfg["hidden"], cfg["layers"], cfg["dropout"])
    logger.info("parameters: %d", count_parameters(model))
    optimizer = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
    stopper = EarlyStopping(cfg["patience"])
    history = []

    for epoch in range(cfg["epochs"]):
        with Timer() as t:
            train_loss = train_one_epoch(model, optimizer, train_tracks, cfg, epoch)
        val_metrics = evaluate(model, val_tracks, cfg)
        scheduler.step()
        history.append({"epoch": epoch, "train": train_loss, **val_metrics})
        logger.info("epoch %d (%.2fs) train=%.4f %s", epoch, t.elapsed, train_loss,
                    format_metrics(val_metrics))
        if stopper.step(val_metrics["loss"], model):
            logger.info("early stopping at epoch %d", epoch)
            break

    if stopper.best_state is not None:
        model.load_state_dict(stopper.best_state)
    final = evaluate(model, val_tracks, cfg)
    logger.info("final %s", format_metrics(final))
    print(json.dumps({"best_val": round(stopper.best, 4), "epochs": len(history)}))


if __name__ == "__main__":
    main()
