# expect: clean
"""Ropewalk tension research code.

Forecasts the tension of a laid rope along the ropewalk from twist-counter and humidity readings.
A stacked GRU regressor with a quantile head. Training uses callbacks registered in a list; one callback
logs gradient*input relevance for the first validation batch of each epoch.
"""
import argparse
import csv
import io
import logging
import math
import random
import statistics
import sys
import time

import torch
import torch.nn as nn

logger = logging.getLogger("ropewalk")

CONFIG = {
    "seed": 21,
    "features": ["twist", "humidity", "haul_speed"],
    "window": 9,
    "horizon": 1,
    "hidden": 10,
    "layers": 2,
    "quantiles": [0.1, 0.5, 0.9],
    "batch": 5,
    "epochs": 2,
    "train_batches": 3,
    "val_batches": 2,
    "lr": 4e-3,
    "grad_clip": 0.5,
    "relevance_every": 1,
}


# ----------------------------------------------------------------------------------------------
# cli / config
# ----------------------------------------------------------------------------------------------
def build_parser():
    ap = argparse.ArgumentParser(prog="ropewalk")
    ap.add_argument("--epochs", type=int)
    ap.add_argument("--hidden", type=int)
    ap.add_argument("--layers", type=int)
    ap.add_argument("--lr", type=float)
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--no-relevance", dest="relevance", action="store_false")
    return ap


def resolve_config(ns):
    cfg = dict(CONFIG)
    for k in ("epochs", "hidden", "layers", "lr"):
        v = getattr(ns, k)
        if v is not None:
            cfg[k] = v
    cfg["relevance"] = ns.relevance
    cfg["n_features"] = len(cfg["features"])
    return cfg


def configure_logging(quiet):
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING if quiet else logging.INFO)


# ----------------------------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------------------------
def simulate_ropewalk(cfg, n_batches, rng):
    batches = []
    for _ in range(n_batches):
        b, w, f = cfg["batch"], cfg["window"], cfg["n_features"]
        twist = torch.cumsum(torch.rand(b, w, 1) * 0.2, 1)
        humidity = 0.5 + 0.1 * torch.randn(b, w, 1)
        speed = torch.full((b, w, 1), rng.uniform(0.8, 1.2))
        x = torch.cat([twist, humidity, speed], -1)[..., :f]
        y = 2.0 * twist[:, -1, 0] - humidity[:, -1, 0] + 0.05 * torch.randn(b)
        batches.append((x, y))
    return batches


class Scaler:
    def __init__(self):
        self.mu = None
        self.sd = None

    def fit(self, batches):
        xs = torch.cat([x for x, _ in batches])
        self.mu = xs.mean((0, 1))
        self.sd = xs.std((0, 1)).clamp_min(1e-4)
        return self

    def __call__(self, x):
        return (x - self.mu) / self.sd


# ----------------------------------------------------------------------------------------------
# model
# ----------------------------------------------------------------------------------------------
class QuantileGRU(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.quantiles = cfg["quantiles"]
        self.rnn = nn.GRU(cfg["n_features"], cfg["hidden"], num_layers=cfg["layers"], batch_first=True)
        self.norm = nn.LayerNorm(cfg["hidden"])
        self.head = nn.Linear(cfg["hidden"], len(cfg["quantiles"]))

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(self.norm(out[:, -1]))


class Forecaster(nn.Module):
    """Wrapper holding the scaler and the network; `training` here only gates the noise augmentation."""

    def __init__(self, cfg, scaler):
        super().__init__()
        self.net = QuantileGRU(cfg)
        self.scaler = scaler

    def forward(self, x):
        x = self.scaler(x)
        if self.training:
            x = x + 0.01 * torch.randn_like(x)
        return self.net(x)


def pinball_loss(pred, target, quantiles):
    losses = []
    for i, q in enumerate(quantiles):
        err = target - pred[:, i]
        losses.append(torch.max(q * err, (q - 1) * err).mean())
    return sum(losses) / len(losses)


# ----------------------------------------------------------------------------------------------
# metrics
# ----------------------------------------------------------------------------------------------
def coverage(pred, target):
    lo, hi = pred[:, 0], pred[:, -1]
    return ((target >= lo) & (target <= hi)).float().mean().item()


def mae(pred, target):
    return (pred[:, len(CONFIG["quantiles"]) // 2] - target).abs().mean().item()


class History:
    def __init__(self):
        self.rows = []

    def log(self, **row):
        self.rows.append(row)

    def to_csv(self):
        if not self.rows:
            return ""
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(self.rows[0]))
        writer.writeheader()
        writer.writerows(self.rows)
        return buf.getvalue()


# ----------------------------------------------------------------------------------------------
# callbacks
# ----------------------------------------------------------------------------------------------
class Callback:
    def on_epoch_end(self, state):
        pass

    def on_validation_batch(self, state, batch, idx):
        pass


class TimerCallback(Callback):
    def __init__(self):
        self.t0 = time.time()

    def on_epoch_end(self, state):
        logger.info("epoch %d took %.2fs", state["epoch"], time.time() - self.t0)
        self.t0 = time.time()


class RelevanceCallback(Callback):
    """gradient*input relevance per feature on the first validation batch."""

    def __init__(self, every, feature_names):
        self.every = every
        self.names = feature_names
        self.records = []

    def on_validation_batch(self, state, batch, idx):
        if idx != 0 or state["epoch"] % self.every:
            return
        model = state["model"]
        x, _ = batch
        x = x.clone().requires_grad_(True)
        with torch.enable_grad():
            median = model(x)[:, 1].sum()
            median.backward()
        rel = (x.grad * x).abs().mean((0, 1))
        model.zero_grad()
        self.records.append(rel.detach())
        logger.info("relevance: %s", {n: round(v, 4) for n, v in zip(self.names, rel.tolist())})


# ----------------------------------------------------------------------------------------------
# loops
# ----------------------------------------------------------------------------------------------
def train_epoch(state, batches, cfg):
    model, opt = state["model"], state["opt"]
    model.train()
    losses = []
    for x, y in batches:
        loss = pinball_loss(model(x), y, cfg["quantiles"])
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["grad_clip"])
        opt.step()
        losses.append(loss.item())
    return statistics.mean(losses)


def validate(state, batches, cfg, callbacks):
    model = state["model"]
    # switch off the wrapper's augmentation for validation
    model.training = False
    maes, covs = [], []
    for idx, (x, y) in enumerate(batches):
        with torch.no_grad():
            pred = model(x)
        maes.append(mae(pred, y))
        covs.append(coverage(pred, y))
        for cb in callbacks:
            cb.on_validation_batch(state, (x, y), idx)
    return statistics.mean(maes), statistics.mean(covs)


def describe_model(model):
    lines = []
    total = 0
    for name, p in model.named_parameters():
        total += p.numel()
        lines.append(f"  {name:32s} {tuple(p.shape)}")
    lines.append(f"  total parameters: {total}")
    return "\n".join(lines)


def summarise_relevance(callbacks, names):
    for cb in callbacks:
        if isinstance(cb, RelevanceCallback) and cb.records:
            mean = torch.stack(cb.records).mean(0)
            order = sorted(zip(names, mean.tolist()), key=lambda kv: -kv[1])
            return ", ".join(f"{n}={v:.3f}" for n, v in order)
    return "no relevance recorded"


def make_callbacks(cfg):
    cbs = [TimerCallback()]
    if cfg["relevance"]:
        cbs.append(RelevanceCallback(cfg["relevance_every"], cfg["features"]))
    return cbs


def run(cfg):
    rng = random.Random(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    train_batches = simulate_ropewalk(cfg, cfg["train_batches"], rng)
    val_batches = simulate_ropewalk(cfg, cfg["val_batches"], rng)
    scaler = Scaler().fit(train_batches)
    model = Forecaster(cfg, scaler)
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    state = {"model": model, "opt": opt, "epoch": 0}
    callbacks = make_callbacks(cfg)
    history = History()
    best = math.inf
    for epoch in range(cfg["epochs"]):
        state["epoch"] = epoch
        tr = train_epoch(state, train_batches, cfg)
        va_mae, va_cov = validate(state, val_batches, cfg, callbacks)
        history.log(epoch=epoch, train_pinball=round(tr, 4), val_mae=round(va_mae, 4), val_cov=round(va_cov, 3))
        best = min(best, va_mae)
        for cb in callbacks:
            cb.on_epoch_end(state)
    logger.info("best val MAE %.4f", best)
    logger.info("model:\n%s", describe_model(model))
    logger.info("feature ranking: %s", summarise_relevance(callbacks, cfg["features"]))
    return history


def main(argv=None):
    ns = build_parser().parse_args(argv)
    configure_logging(ns.quiet)
    cfg = resolve_config(ns)
    history = run(cfg)
    print(history.to_csv().strip())


if __name__ == "__main__":
    main()
