# expect: crash
"""Barge ETA estimation for a lighterman's fleet.

Research script: trains a bidirectional LSTM over AIS-like pings to predict minutes to berth, with
early stopping that reloads the best state dict and a residual-calibration fine-tune on the
validation split.
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

LOG = logging.getLogger("barge_eta")

DEFAULT_CONFIG = {
    "seed": 11,
    "n_feat": 5,
    "hidden": 12,
    "layers": 1,
    "bidirectional": True,
    "dropout": 0.0,
    "batch_size": 6,
    "seq_len": 9,
    "n_train_batches": 4,
    "n_val_batches": 2,
    "epochs": 4,
    "lr": 3e-3,
    "weight_decay": 1e-5,
    "patience": 2,
    "calib_steps": 2,
    "calib_lr": 1e-3,
    "clip": 1.0,
}


# ----------------------------------------------------------------------------- utils
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def merge_config(base, overrides):
    cfg = dict(base)
    for k, v in overrides.items():
        if v is None:
            continue
        if k not in cfg:
            LOG.warning("unknown config key %s ignored", k)
            continue
        cfg[k] = type(cfg[k])(v) if not isinstance(cfg[k], bool) else bool(v)
    return cfg


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--epochs", type=int)
    p.add_argument("--hidden", type=int)
    p.add_argument("--lr", type=float)
    p.add_argument("--patience", type=int)
    p.add_argument("--calib-steps", dest="calib_steps", type=int)
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--dump-config", action="store_true")
    return p.parse_args(argv)


class Timer:
    def __init__(self, name):
        self.name = name
        self.t0 = None

    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        LOG.debug("%s took %.3fs", self.name, time.perf_counter() - self.t0)
        return False


# ----------------------------------------------------------------------------- data
def synth_pings(n, seq_len, n_feat):
    """Fake AIS pings: speed, heading sin/cos, distance to berth, tide."""
    x = torch.randn(n, seq_len, n_feat)
    speed = x[..., 0].abs() + 0.5
    dist = x[..., 3].abs() * 10
    eta = (dist[:, -1] / speed.mean(1)).unsqueeze(1)
    return x, eta


def make_split(cfg, n_batches):
    return [synth_pings(cfg["batch_size"], cfg["seq_len"], cfg["n_feat"]) for _ in range(n_batches)]


def standardise(batches):
    xs = torch.cat([b[0] for b in batches])
    mu, sd = xs.mean((0, 1)), xs.std((0, 1)) + 1e-6
    return [((x - mu) / sd, y) for x, y in batches], (mu, sd)


def apply_stats(batches, stats):
    mu, sd = stats
    return [((x - mu) / sd, y) for x, y in batches]


# ----------------------------------------------------------------------------- model
class EtaLSTM(nn.Module):
    def __init__(self, n_feat, hidden, layers, bidirectional, dropout):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True,
                            bidirectional=bidirectional, dropout=dropout if layers > 1 else 0.0)
        d = 2 if bidirectional else 1
        self.norm = nn.LayerNorm(hidden * d)
        self.head = nn.Sequential(nn.Linear(hidden * d, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.lstm(F.gelu(self.inp(x)))
        return F.softplus(self.head(self.norm(h[:, -1])))


def build_model(cfg):
    return EtaLSTM(cfg["n_feat"], cfg["hidden"], cfg["layers"], cfg["bidirectional"], cfg["dropout"])


def count_params(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ----------------------------------------------------------------------------- metrics
def mae(pred, y):
    return (pred - y).abs().mean().item()


def rmse(pred, y):
    return math.sqrt(F.mse_loss(pred, y).item())


def mape(pred, y):
    return ((pred - y).abs() / y.clamp_min(1e-3)).mean().item() * 100


def within(pred, y, minutes=5.0):
    return ((pred - y).abs() < minutes).float().mean().item()


METRICS = {"mae": mae, "rmse": rmse, "mape": mape, "within5": within}


class MetricTracker:
    def __init__(self):
        self.values = defaultdict(list)

    def update(self, pred, y):
        for name, fn in METRICS.items():
            self.values[name].append(fn(pred, y))

    def compute(self):
        return {k: sum(v) / len(v) for k, v in self.values.items()}


# ----------------------------------------------------------------------------- loops
def huber(pred, y, delta=2.0):
    return F.smooth_l1_loss(pred, y, beta=delta)


def train_epoch(model, batches, opt, cfg):
    model.train()
    tracker = MetricTracker()
    for x, y in batches:
        pred = model(x)
        loss = huber(pred, y)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        tracker.update(pred.detach(), y)
    return tracker.compute()


@torch.no_grad()
def evaluate(model, batches):
    model.eval()
    tracker = MetricTracker()
    for x, y in batches:
        tracker.update(model(x), y)
    return tracker.compute()


class EarlyStopping:
    def __init__(self, patience, path):
        self.patience = patience
        self.path = path
        self.best = float("inf")
        self.bad = 0

    def step(self, score, model):
        if score < self.best:
            self.best = score
            self.bad = 0
            torch.save(model.state_dict(), self.path)
            LOG.debug("saved new best %.4f", score)
            return False
        self.bad += 1
        return self.bad >= self.patience

    def restore(self, model):
        model.load_state_dict(torch.load(self.path))
        return model


def calibrate_on_residuals(model, batches, cfg):
    """Short fine-tune of the head and LSTM on validation residuals (bias correction)."""
    opt = torch.optim.SGD(model.parameters(), lr=cfg["calib_lr"])
    losses = []
    for step in range(cfg["calib_steps"]):
        for x, y in batches:
            pred = model(x)
            bias = (pred - y).mean()
            loss = bias ** 2 + 0.1 * huber(pred, y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            losses.append(loss.item())
    return sum(losses) / max(len(losses), 1)


def summarise(history):
    lines = []
    for i, rec in enumerate(history):
        lines.append(f"ep{i:02d} train_mae={rec['train']['mae']:.3f} val_mae={rec['val']['mae']:.3f} "
                     f"val_within5={rec['val']['within5']:.2f}")
    return "\n".join(lines)


def fleet_report(model, batches, stats_name="val"):
    metrics = evaluate(model, batches)
    return {f"{stats_name}_{k}": round(v, 4) for k, v in metrics.items()}


def save_json(obj, path):
    with open(path, "w") as f:
        json.dump(obj, f, indent=2)


# ----------------------------------------------------------------------------- main
def run(cfg):
    set_seed(cfg["seed"])
    train = make_split(cfg, cfg["n_train_batches"])
    val = make_split(cfg, cfg["n_val_batches"])
    train, stats = standardise(train)
    val = apply_stats(val, stats)

    model = build_model(cfg)
    LOG.info("model has %d parameters", count_params(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])

    tmpdir = tempfile.mkdtemp(prefix="barge_eta_")
    ckpt = os.path.join(tmpdir, "best.pt")
    stopper = EarlyStopping(cfg["patience"], ckpt)
    history = []
    try:
        for epoch in range(cfg["epochs"]):
            with Timer(f"epoch {epoch}"):
                tr = train_epoch(model, train, opt, cfg)
                va = evaluate(model, val)
            history.append({"train": tr, "val": va})
            LOG.info("epoch %d val mae %.3f", epoch, va["mae"])
            if stopper.step(va["mae"], model):
                LOG.info("early stop at epoch %d", epoch)
                break
        model = stopper.restore(model)
        LOG.info("restored best (%.3f)", stopper.best)
        LOG.info("\n%s", summarise(history))
        before = fleet_report(model, val)
        calib = calibrate_on_residuals(model, val, cfg)
        after = fleet_report(model, val)
        result = {"before": before, "after": after, "calib_loss": calib}
        out = os.path.join(tmpdir, "result.json")
        save_json(result, out)
        LOG.info("result %s", json.dumps(result))
    finally:
        for name in os.listdir(tmpdir):
            os.remove(os.path.join(tmpdir, name))
        os.rmdir(tmpdir)
    return history


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_config(DEFAULT_CONFIG, {k: v for k, v in vars(args).items() if k in DEFAULT_CONFIG})
    if args.dump_config:
        print(json.dumps(cfg, indent=2))
    run(cfg)


if __name__ == "__main__":
    main([])
