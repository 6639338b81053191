# expect: crash
"""Gondola lift queue forecasting.

Predicts the queue length at the valley station of a ski gondola for the next
three 15-minute slots from the last two hours of turnstile counts, weather
and lift-speed readings.

Pipeline
--------
1. synthetic "season" data (a stand-in for the turnstile export)
2. standardisation fitted on the training split
3. a two-layer LSTM encoder with a small multi-horizon head
4. training with early stopping on validation MAE; the best model is kept
5. a short recalibration pass of the best model on the most recent days
   (the "last week" split), as the operations team asked for
6. test metrics per horizon written to the log

Run ``python gondola_queue_forecast.py --help`` for the options.
"""
import argparse
import copy
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

LOG = logging.getLogger("gondola")

DEFAULT_CONFIG = {
    "data": {
        "n_days": 18,
        "slots_per_day": 24,
        "history": 8,
        "horizons": 3,
        "features": ["turnstile", "temperature", "wind", "lift_speed", "snowfall"],
        "recent_days": 3,
        "val_days": 3,
        "test_days": 3,
    },
    "model": {
        "hidden": 12,
        "layers": 2,
        "dropout": 0.1,
    },
    "train": {
        "epochs": 3,
        "batch_size": 8,
        "lr": 3e-3,
        "weight_decay": 1e-4,
        "patience": 2,
        "clip": 1.0,
        "recal_steps": 2,
        "recal_lr": 1e-3,
    },
    "seed": 2026,
}


# ---------------------------------------------------------------------------
# utilities
# ---------------------------------------------------------------------------

def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    level = logging.DEBUG if verbose else logging.INFO
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stdout,
    )


def merge_config(base, overrides):
    out = copy.deepcopy(base)
    for dotted, value in overrides.items():
        keys = dotted.split(".")
        node = out
        for k in keys[:-1]:
            node = node[k]
        old = node[keys[-1]]
        node[keys[-1]] = type(old)(value) if old is not None else value
    return out


def parse_overrides(pairs):
    out = {}
    for pair in pairs or []:
        if "=" not in pair:
            raise ValueError(f"bad override {pair!r}, expected key=value")
        k, v = pair.split("=", 1)
        out[k] = v
    return out


class Timer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        LOG.debug("%s took %.3fs", self.name, time.perf_counter() - self.t0)
        return False


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------

def synth_season(cfg):
    d = cfg["data"]
    n = d["n_days"] * d["slots_per_day"]
    t = torch.arange(n, dtype=torch.float32)
    slot = t % d["slots_per_day"]
    day = torch.div(t, d["slots_per_day"], rounding_mode="floor")
    morning_peak = torch.exp(-((slot - 6) ** 2) / 8.0)
    weekend = ((day % 7) >= 5).float()
    temperature = -5 + 3 * torch.sin(2 * math.pi * slot / d["slots_per_day"]) + torch.randn(n)
    wind = (torch.randn(n).cumsum(0) * 0.1).abs()
    lift_speed = 5.0 - 0.5 * (wind > 1.5).float()
    snowfall = (torch.rand(n) < 0.1).float() * torch.rand(n) * 5
    turnstile = 40 * morning_peak * (1 + 0.6 * weekend) + 5 * snowfall + torch.randn(n) * 2
    queue = (turnstile.cumsum(0) * 0.0 + turnstile * 1.5 - lift_speed * 4).clamp(min=0)
    feats = torch.stack([turnstile, temperature, wind, lift_speed, snowfall], -1)
    return feats, queue


def windows(feats, queue, history, horizons, start, stop):
    xs, ys = [], []
    for i in range(max(start, history), min(stop, len(queue) - horizons)):
        xs.append(feats[i - history:i])
        ys.append(queue[i:i + horizons])
    if not xs:
        return torch.empty(0, history, feats.size(1)), torch.empty(0, horizons)
    return torch.stack(xs), torch.stack(ys)


class Standardiser:
    def __init__(self):
        self.mean = None
        self.std = None

    def fit(self, x):
        flat = x.reshape(-1, x.size(-1))
        self.mean = flat.mean(0)
        self.std = flat.std(0).clamp(min=1e-3)
        return self

    def __call__(self, x):
        return (x - self.mean) / self.std


def split_season(cfg):
    d = cfg["data"]
    feats, queue = synth_season(cfg)
    spd = d["slots_per_day"]
    n_days = d["n_days"]
    test_start = (n_days - d["test_days"]) * spd
    val_start = test_start - d["val_days"] * spd
    recent_start = val_start - d["recent_days"] * spd
    h, H = d["history"], d["horizons"]
    splits = {
        "train": windows(feats, queue, h, H, 0, recent_start),
        "recent": windows(feats, queue, h, H, recent_start, val_start),
        "val": windows(feats, queue, h, H, val_start, test_start),
        "test": windows(feats, queue, h, H, test_start, n_days * spd),
    }
    scaler = Standardiser().fit(splits["train"][0])
    return {k: (scaler(x), y) for k, (x, y) in splits.items()}


def batches(split, batch_size, shuffle):
    x, y = split
    idx = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), batch_size):
        j = idx[i:i + batch_size]
        yield x[j], y[j]


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------

class QueueForecaster(nn.Module):
    def __init__(self, n_feat, hidden, layers, dropout, horizons):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.encoder = nn.LSTM(hidden, hidden, num_layers=layers, dropout=dropout,
                               batch_first=True)
        self.head = nn.Sequential(
            nn.Linear(hidden, hidden),
            nn.GELU(),
            nn.Dropout(dropout),
            nn.Linear(hidden, horizons),
        )

    def forward(self, x):
        h, _ = self.encoder(F.gelu(self.inp(x)))
        return F.softplus(self.head(h[:, -1]))


def build_model(cfg):
    d, m = cfg["data"], cfg["model"]
    return QueueForecaster(len(d["features"]), m["hidden"], m["layers"], m["dropout"],
                           d["horizons"])


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ---------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------

class MetricTracker:
    def __init__(self, horizons):
        self.horizons = horizons
        self.reset()

    def reset(self):
        self.abs_err = torch.zeros(self.horizons)
        self.sq_err = torch.zeros(self.horizons)
        self.n = 0

    def update(self, pred, target):
        self.abs_err += (pred - target).abs().sum(0)
        self.sq_err += ((pred - target) ** 2).sum(0)
        self.n += pred.size(0)

    def compute(self):
        n = max(self.n, 1)
        return {
            "mae": (self.abs_err / n).tolist(),
            "rmse": (self.sq_err / n).sqrt().tolist(),
            "mae_mean": float((self.abs_err / n).mean()),
        }


def evaluate(model, split, cfg):
    model.eval()
    tracker = MetricTracker(cfg["data"]["horizons"])
    with torch.no_grad():
        for xb, yb in batches(split, cfg["train"]["batch_size"], shuffle=False):
            tracker.update(model(xb), yb)
    return tracker.compute()


# ---------------------------------------------------------------------------
# training
# ---------------------------------------------------------------------------

def train_one_epoch(model, opt, split, cfg, epoch):
    model.train()
    running = defaultdict(float)
    n = 0
    for step, (xb, yb) in enumerate(batches(split, cfg["train"]["batch_size"], shuffle=True)):
        pred = model(xb)
        loss = F.huber_loss(pred, yb, delta=5.0)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["train"]["clip"])
        opt.step()
        running["loss"] += loss.item()
        n += 1
        if step % 10 == 0:
            LOG.debug("epoch %d step %d loss %.4f", epoch, step, loss.item())
    return {k: v / max(n, 1) for k, v in running.items()}


class EarlyStopper:
    def __init__(self, patience):
        self.patience = patience
        self.best_score = float("inf")
        self.best_model = None
        self.best_epoch = -1
        self.bad_epochs = 0

    def step(self, score, model, epoch):
        if score < self.best_score - 1e-6:
            self.best_score = score
            self.best_model = copy.deepcopy(model)
            self.best_epoch = epoch
            self.bad_epochs = 0
            return False
        self.bad_epochs += 1
        return self.bad_epochs > self.patience


def fit(model, data, cfg):
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["train"]["lr"],
                            weight_decay=cfg["train"]["weight_decay"])
    stopper = EarlyStopper(cfg["train"]["patience"])
    for epoch in range(cfg["train"]["epochs"]):
        with Timer(f"epoch {epoch}"):
            tr = train_one_epoch(model, opt, data["train"], cfg, epoch)
        val = evaluate(model, data["val"], cfg)
        LOG.info("epoch %d train loss %.4f val mae %.3f", epoch, tr["loss"], val["mae_mean"])
        if stopper.step(val["mae_mean"], model, epoch):
            LOG.info("early stop at epoch %d (best %d)", epoch, stopper.best_epoch)
            break
    return stopper.best_model, stopper


def recalibrate(model, split, cfg):
    """A few small steps on the most recent days only, head and encoder alike."""
    opt = torch.optim.SGD(model.parameters(), lr=cfg["train"]["recal_lr"], momentum=0.9)
    losses = []
    for step in range(cfg["train"]["recal_steps"]):
        for xb, yb in batches(split, cfg["train"]["batch_size"], shuffle=True):
            loss = F.huber_loss(model(xb), yb, delta=5.0)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            losses.append(loss.item())
    LOG.info("recalibration: %d steps, last loss %.4f", len(losses), losses[-1] if losses else float("nan"))
    return model


# ---------------------------------------------------------------------------
# reporting
# ---------------------------------------------------------------------------

def format_report(name, metrics, horizons, slot_minutes=15):
    lines = [f"== {name} =="]
    for h in range(horizons):
        lines.append(f"  +{(h + 1) * slot_minutes:3d} min  MAE {metrics['mae'][h]:7.3f}  "
                     f"RMSE {metrics['rmse'][h]:7.3f}")
    lines.append(f"  mean MAE {metrics['mae_mean']:.3f}")
    return "\n".join(lines)


def save_checkpoint(model, cfg, path):
    torch.save({"state_dict": model.state_dict(), "config": cfg}, path)
    LOG.debug("saved checkpoint to %s", path)


def describe_data(data):
    for name, (x, y) in data.items():
        LOG.info("split %-6s windows %4d  queue mean %.2f", name, len(x),
                 float(y.mean()) if len(y) else float("nan"))


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def build_argparser():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--no-recalibrate", action="store_true",
                    help="skip the recalibration on the most recent days")
    ap.add_argument("--set", nargs="*", default=[], metavar="KEY=VALUE",
                    help="override config entries, e.g. model.hidden=16")
    ap.add_argument("--save", action="store_true", help="write a checkpoint (to a temp dir)")
    ap.add_argument("-v", "--verbose", action="store_true")
    return ap


def main(argv=None):
    args = build_argparser().parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_config(DEFAULT_CONFIG, parse_overrides(args.set))
    if args.epochs is not None:
        cfg["train"]["epochs"] = args.epochs
    set_seed(cfg["seed"])

    data = split_season(cfg)
    describe_data(data)

    model = build_model(cfg)
    LOG.info("model has %d trainable parameters", count_parameters(model))

    best, stopper = fit(model, data, cfg)
    LOG.info("best epoch %d with val MAE %.3f", stopper.best_epoch, stopper.best_score)

    if not args.no_recalibrate:
        before = evaluate(best, data["val"], cfg)
        best = recalibrate(best, data["recent"], cfg)
        after = evaluate(best, data["val"], cfg)
        LOG.info("val MAE before/after recalibration: %.3f / %.3f",
                 before["mae_mean"], after["mae_mean"])

    test = evaluate(best, data["test"], cfg)
    print(format_report("test", test, cfg["data"]["horizons"]))

    if args.save:
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "gondola_best.pt")
            save_checkpoint(best, cfg, path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
