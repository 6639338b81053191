# expect: crash
"""Lock-gate water-level forecasting: research script.

Forecasts the upstream level of a canal lock a few steps ahead from gate
openings, inflow and rainfall.  Trains a seq2one LSTM with early stopping
(best weights reloaded from a state dict), reports a table of metrics, then
adapts the selected model to the most recent window of data before writing
the final forecast.

Usage:
    python long_lockgate_levels.py --epochs 3 --hidden 8
"""
import argparse
import io
import json
import logging
import math
import os
import random
import tempfile
import time
from collections import OrderedDict, defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("lockgate")

CONFIG = {
    "data": {
        "n_series": 24,
        "length": 14,
        "horizon": 2,
        "features": ["gate_open", "inflow", "rain", "level"],
        "val_frac": 0.25,
        "noise": 0.05,
    },
    "model": {
        "hidden": 8,
        "layers": 1,
        "dropout": 0.0,
        "head_hidden": 8,
    },
    "optim": {
        "lr": 5e-3,
        "weight_decay": 1e-5,
        "clip": 1.0,
        "batch_size": 6,
    },
    "early_stopping": {
        "patience": 2,
        "min_delta": 1e-4,
    },
    "recent": {
        "steps": 2,
        "lr": 1e-3,
        "window": 4,
    },
    "seed": 17,
}


# ---------------------------------------------------------------------------
# utilities
# ---------------------------------------------------------------------------

def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    level = logging.DEBUG if verbose else logging.INFO
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def merge_config(base, overrides):
    out = json.loads(json.dumps(base))
    for dotted, value in overrides.items():
        if value is None:
            continue
        node = out
        keys = dotted.split(".")
        for k in keys[:-1]:
            node = node[k]
        node[keys[-1]] = value
    return out


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


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------

def synth_lock_series(cfg):
    d = cfg["data"]
    n, T, F_ = d["n_series"], d["length"], len(d["features"])
    t = torch.linspace(0, 2 * math.pi, T)
    gate = (torch.rand(n, T) > 0.6).float()
    inflow = 0.5 + 0.3 * torch.sin(t)[None] + 0.1 * torch.randn(n, T)
    rain = torch.relu(torch.randn(n, T)) * 0.2
    level = torch.cumsum(inflow + rain - 0.8 * gate, dim=1) * 0.1
    x = torch.stack([gate, inflow, rain, level], dim=-1)
    x = x + d["noise"] * torch.randn_like(x)
    assert x.shape == (n, T, F_)
    return x


def make_windows(series, horizon):
    inputs = series[:, :-horizon]
    targets = series[:, -1, -1:]  # level at the end of the horizon
    return inputs, targets


def normalise(train_x, *others):
    mu = train_x.mean(dim=(0, 1), keepdim=True)
    sd = train_x.std(dim=(0, 1), keepdim=True) + 1e-6
    return [(train_x - mu) / sd] + [(o - mu) / sd for o in others]


def split(x, y, val_frac):
    n_val = max(1, int(len(x) * val_frac))
    return (x[:-n_val], y[:-n_val]), (x[-n_val:], y[-n_val:])


def batches(x, y, batch_size, shuffle=True):
    idx = list(range(len(x)))
    if shuffle:
        random.shuffle(idx)
    for i in range(0, len(idx), batch_size):
        j = idx[i:i + batch_size]
        yield x[j], y[j]


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------

class LevelForecaster(nn.Module):
    def __init__(self, n_feat, hidden, layers, dropout, head_hidden):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True,
                            dropout=dropout if layers > 1 else 0.0)
        self.head = nn.Sequential(nn.Linear(hidden, head_hidden), nn.GELU(), nn.Linear(head_hidden, 1))

    def forward(self, x):
        h, _ = self.lstm(torch.tanh(self.inp(x)))
        return self.head(h[:, -1])


def build_model(cfg):
    m = cfg["model"]
    return LevelForecaster(len(cfg["data"]["features"]), m["hidden"], m["layers"], m["dropout"], m["head_hidden"])


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ---------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------

def mae(pred, y):
    return (pred - y).abs().mean().item()


def rmse(pred, y):
    return (pred - y).pow(2).mean().sqrt().item()


def nse(pred, y):
    """Nash-Sutcliffe efficiency, the hydrologists' favourite."""
    num = (pred - y).pow(2).sum()
    den = (y - y.mean()).pow(2).sum() + 1e-8
    return (1 - num / den).item()


METRICS = OrderedDict(mae=mae, rmse=rmse, nse=nse)


def compute_metrics(pred, y):
    return {k: fn(pred, y) for k, fn in METRICS.items()}


def format_table(rows):
    keys = list(METRICS)
    head = "| split | " + " | ".join(keys) + " |"
    sep = "|---" * (len(keys) + 1) + "|"
    body = ["| %s | " % name + " | ".join("%.4f" % r[k] for k in keys) + " |" for name, r in rows]
    return "\n".join([head, sep] + body)


# ---------------------------------------------------------------------------
# training
# ---------------------------------------------------------------------------

class EarlyStopping:
    def __init__(self, patience, min_delta):
        self.patience = patience
        self.min_delta = min_delta
        self.best = float("inf")
        self.bad = 0
        self.buffer = None

    def step(self, value, model):
        if value < self.best - self.min_delta:
            self.best = value
            self.bad = 0
            self.buffer = io.BytesIO()
            torch.save(model.state_dict(), self.buffer)
            return False
        self.bad += 1
        return self.bad > self.patience

    def restore(self, model):
        if self.buffer is None:
            return model
        self.buffer.seek(0)
        model.load_state_dict(torch.load(self.buffer))
        return model


def train_one_epoch(model, opt, data, cfg):
    model.train()
    meter = AverageMeter()
    for xb, yb in batches(*data, cfg["optim"]["batch_size"]):
        opt.zero_grad()
        loss = F.smooth_l1_loss(model(xb), yb)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        opt.step()
        meter.update(loss.item(), len(xb))
    return meter.avg


@torch.no_grad()
def evaluate(model, data):
    model.eval()
    x, y = data
    pred = model(x)
    return F.smooth_l1_loss(pred, y).item(), compute_metrics(pred, y)


def fit(model, train, val, cfg, epochs):
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["optim"]["lr"],
                            weight_decay=cfg["optim"]["weight_decay"])
    stopper = EarlyStopping(**cfg["early_stopping"])
    history = defaultdict(list)
    for ep in range(epochs):
        with Timer(f"epoch {ep}"):
            tl = train_one_epoch(model, opt, train, cfg)
            vl, vm = evaluate(model, val)
        history["train"].append(tl)
        history["val"].append(vl)
        LOG.info("epoch %d train %.4f val %.4f nse %.3f", ep, tl, vl, vm["nse"])
        if stopper.step(vl, model):
            LOG.info("early stop at epoch %d", ep)
            break
    stopper.restore(model)
    return history


# ---------------------------------------------------------------------------
# adaptation to the most recent window
# ---------------------------------------------------------------------------

def recent_window(x, y, window):
    return x[-window:], y[-window:]


def adapt_recent(model, data, cfg):
    """A few small steps on the latest readings (level sensors drift)."""
    rc = cfg["recent"]
    opt = torch.optim.SGD(model.head.parameters(), lr=rc["lr"])
    opt.add_param_group({"params": model.lstm.parameters(), "lr": rc["lr"] * 0.1})
    x, y = data
    for step in range(rc["steps"]):
        opt.zero_grad()
        loss = F.smooth_l1_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
        LOG.debug("recent step %d loss %.4f", step, loss.item())
    return model


# ---------------------------------------------------------------------------
# reporting
# ---------------------------------------------------------------------------

def write_report(path, history, table, cfg):
    with open(path, "w") as f:
        f.write("# lock-gate run\n\n")
        f.write("config: `%s`\n\n" % json.dumps(cfg["model"]))
        f.write(table + "\n\n")
        f.write("val curve: " + ", ".join("%.3f" % v for v in history["val"]) + "\n")
    LOG.info("report written to %s", path)


def forecast(model, x):
    with torch.no_grad():
        return model(x).squeeze(-1)


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--no-adapt", action="store_true", help="skip adaptation to the recent window")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_config(CONFIG, {"model.hidden": args.hidden, "optim.lr": args.lr})
    set_seed(cfg["seed"])

    series = synth_lock_series(cfg)
    x, y = make_windows(series, cfg["data"]["horizon"])
    (xtr, ytr), (xva, yva) = split(x, y, cfg["data"]["val_frac"])
    xtr, xva = normalise(xtr, xva)
    LOG.info("train %s val %s", tuple(xtr.shape), tuple(xva.shape))

    model = build_model(cfg)
    LOG.info("model has %d parameters", count_parameters(model))
    history = fit(model, (xtr, ytr), (xva, yva), cfg, args.epochs)

    _, train_m = evaluate(model, (xtr, ytr))
    _, val_m = evaluate(model, (xva, yva))
    table = format_table([("train", train_m), ("val", val_m)])
    print(table)

    if not args.no_adapt:
        adapt_recent(model, recent_window(xva, yva, cfg["recent"]["window"]), cfg)
        _, adapted_m = evaluate(model, (xva, yva))
        print(format_table([("val (adapted)", adapted_m)]))

    tmpdir = tempfile.mkdtemp(prefix="lockgate_")
    path = os.path.join(tmpdir, "report.md")
    try:
        write_report(path, history, table, cfg)
        print("forecast", [round(v, 3) for v in forecast(model, xva).tolist()])
    finally:
        os.remove(path)
        os.rmdir(tmpdir)


if __name__ == "__main__":
    main()
