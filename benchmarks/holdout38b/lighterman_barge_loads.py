# expect: crash
"""Lighterman barge-load forecasting.

Predicts the tonnage a Thames lighter can take on the next tide from the last few tides' river level,
wind and wharf queue readings.  Research code: config dict, argparse overrides, a model registry,
metrics, periodic example dumps and early stopping that reloads the best weights.

Usage:
    python lighterman_barge_loads.py --epochs 3 --model gru
"""
import argparse
import copy
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

LOG = logging.getLogger("lighterman")

CONFIG = {
    "seed": 17,
    "n_wharves": 3,
    "n_features": 4,
    "tides_per_window": 6,
    "train_windows": 24,
    "val_windows": 8,
    "batch_size": 4,
    "hidden": 12,
    "layers": 1,
    "dropout": 0.0,
    "model": "gru",
    "lr": 3e-3,
    "weight_decay": 1e-5,
    "epochs": 3,
    "patience": 2,
    "clip": 1.0,
    "example_every": 1,
    "log_every": 2,
}

# --------------------------------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------------------------------
MODELS = {}


def register(name):
    def deco(cls):
        MODELS[name] = cls
        return cls

    return deco


@register("gru")
class GRUBarge(nn.Module):
    def __init__(self, n_features, hidden, layers=1, dropout=0.0, n_wharves=3):
        super().__init__()
        self.wharf_emb = nn.Embedding(n_wharves, 4)
        self.inp = nn.Linear(n_features + 4, hidden)
        self.rnn = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True,
                          dropout=dropout if layers > 1 else 0.0)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x, wharf):
        w = self.wharf_emb(wharf).unsqueeze(1).expand(-1, x.size(1), -1)
        h = torch.tanh(self.inp(torch.cat([x, w], -1)))
        out, _ = self.rnn(h)
        return self.head(out[:, -1]).squeeze(-1)


@register("lstm")
class LSTMBarge(GRUBarge):
    def __init__(self, n_features, hidden, layers=1, dropout=0.0, n_wharves=3):
        super().__init__(n_features, hidden, layers, dropout, n_wharves)
        self.rnn = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True,
                           dropout=dropout if layers > 1 else 0.0)


def build_model(cfg):
    cls = MODELS[cfg["model"]]
    return cls(cfg["n_features"], cfg["hidden"], cfg["layers"], cfg["dropout"], cfg["n_wharves"])


# --------------------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------------------
def synth_tides(n_windows, cfg, gen):
    x = torch.randn(n_windows, cfg["tides_per_window"], cfg["n_features"], generator=gen)
    wharf = torch.randint(0, cfg["n_wharves"], (n_windows,), generator=gen)
    level = x[:, :, 0].mean(1)
    wind = x[:, :, 1].abs().mean(1)
    queue = x[:, -1, 2]
    y = 80 + 10 * level - 5 * wind + 3 * queue + 2 * wharf.float()
    return x, wharf, y


def normalise(x, stats=None):
    if stats is None:
        stats = (x.mean((0, 1), keepdim=True), x.std((0, 1), keepdim=True) + 1e-6)
    return (x - stats[0]) / stats[1], stats


def batches(x, wharf, y, batch_size, shuffle, gen=None):
    idx = torch.randperm(len(x), generator=gen) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), batch_size):
        j = idx[i:i + batch_size]
        yield x[j], wharf[j], y[j]


# --------------------------------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------------------------------
class Meter:
    def __init__(self):
        self.sums = defaultdict(float)
        self.counts = defaultdict(int)

    def update(self, **kw):
        for k, v in kw.items():
            self.sums[k] += float(v)
            self.counts[k] += 1

    def mean(self, k):
        return self.sums[k] / max(1, self.counts[k])

    def summary(self):
        return {k: round(self.mean(k), 4) for k in self.sums}


def mae(pred, y):
    return (pred - y).abs().mean().item()


def rmse(pred, y):
    return math.sqrt(F.mse_loss(pred, y).item())


def within_tonnes(pred, y, tol=5.0):
    return ((pred - y).abs() < tol).float().mean().item()


def per_wharf_breakdown(pred, y, wharf, n_wharves):
    """MAE per wharf, so the foreman can see which wharf the model gets wrong."""
    out = {}
    for w in range(n_wharves):
        m = wharf == w
        if m.any():
            out[f"wharf{w}"] = round(mae(pred[m], y[m]), 3)
    return out


def describe_data(name, x, wharf, y):
    counts = torch.bincount(wharf).tolist()
    LOG.info("%s: %d windows, tides/window=%d, wharf counts=%s, tonnage %.1f..%.1f",
             name, len(x), x.size(1), counts, y.min().item(), y.max().item())


# --------------------------------------------------------------------------------------------------
# training
# --------------------------------------------------------------------------------------------------
def train_one_epoch(model, opt, data, cfg, epoch, gen):
    meter = Meter()
    x, wharf, y = data
    for step, (xb, wb, yb) in enumerate(batches(x, wharf, y, cfg["batch_size"], True, gen)):
        opt.zero_grad()
        pred = model(xb, wb)
        loss = F.huber_loss(pred, yb, delta=5.0)
        loss.backward()  # TM001-here
        if cfg["clip"]:
            nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        meter.update(loss=loss.item(), mae=mae(pred.detach(), yb))
        if step % cfg["log_every"] == 0:
            LOG.debug("epoch %d step %d loss %.3f", epoch, step, loss.item())
    return meter.summary()


@torch.no_grad()
def evaluate(model, data, cfg):
    was = model.training
    model.eval()
    x, wharf, y = data
    preds = []
    for xb, wb, _ in batches(x, wharf, y, cfg["batch_size"], False):
        preds.append(model(xb, wb))
    pred = torch.cat(preds)
    model.train(was)
    return {"mae": mae(pred, y), "rmse": rmse(pred, y), "within5": within_tonnes(pred, y)}


def dump_examples(model, data, n=3):
    """Write a few predictions for the wharf foreman's sheet."""
    model.eval()
    x, wharf, y = data
    with torch.no_grad():
        pred = model(x[:n], wharf[:n])
    rows = [{"wharf": int(w), "pred_t": round(float(p), 1), "true_t": round(float(t), 1)}
            for w, p, t in zip(wharf[:n], pred, y[:n])]
    return rows


class EarlyStopper:
    def __init__(self, patience):
        self.patience = patience
        self.best = float("inf")
        self.best_state = None
        self.bad = 0

    def step(self, score, model):
        if score < self.best:
            self.best = score
            self.best_state = copy.deepcopy(model.state_dict())
            self.bad = 0
            return False
        self.bad += 1
        return self.bad > self.patience

    def restore(self, model):
        if self.best_state is not None:
            model.load_state_dict(self.best_state)


def save_report(path, history, examples):
    with open(path, "w") as f:
        json.dump({"history": history, "examples": examples}, f, indent=1)


def fit(model, train, val, cfg, gen):
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    stopper = EarlyStopper(cfg["patience"])
    history, examples = [], []
    model.train()
    for epoch in range(cfg["epochs"]):
        t0 = time.time()
        tr = train_one_epoch(model, opt, train, cfg, epoch, gen)
        va = evaluate(model, val, cfg)
        history.append({"epoch": epoch, "train": tr, "val": va, "secs": round(time.time() - t0, 3)})
        LOG.info("epoch %d train %s val %s", epoch, tr, va)
        if cfg["example_every"] and (epoch + 1) % cfg["example_every"] == 0:
            examples.append(dump_examples(model, val))
        if stopper.step(va["mae"], model):
            LOG.info("early stop at epoch %d", epoch)
            break
    stopper.restore(model)
    return history, examples


# --------------------------------------------------------------------------------------------------
# entry point
# --------------------------------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    p.add_argument("--model", choices=sorted(MODELS), default=CONFIG["model"])
    p.add_argument("--hidden", type=int, default=CONFIG["hidden"])
    p.add_argument("--lr", type=float, default=CONFIG["lr"])
    p.add_argument("--seed", type=int, default=CONFIG["seed"])
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def merged_config(args):
    cfg = dict(CONFIG)
    for k in ("epochs", "model", "hidden", "lr", "seed"):
        cfg[k] = getattr(args, k)
    return cfg


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)
    return torch.Generator().manual_seed(seed)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(name)s %(message)s", stream=sys.stdout)
    cfg = merged_config(args)
    gen = set_seed(cfg["seed"])
    xtr, wtr, ytr = synth_tides(cfg["train_windows"], cfg, gen)
    xva, wva, yva = synth_tides(cfg["val_windows"], cfg, gen)
    xtr, stats = normalise(xtr)
    xva, _ = normalise(xva, stats)
    describe_data("train", xtr, wtr, ytr)
    describe_data("val", xva, wva, yva)
    model = build_model(cfg)
    LOG.info("model %s with %d parameters", cfg["model"], sum(p.numel() for p in model.parameters()))
    history, examples = fit(model, (xtr, wtr, ytr), (xva, wva, yva), cfg, gen)
    fd, path = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    try:
        save_report(path, history, examples)
        LOG.info("report written to %s (%d bytes)", path, os.path.getsize(path))
    finally:
        os.remove(path)
    final = evaluate(model, (xva, wva, yva), cfg)
    with torch.no_grad():
        final.update(per_wharf_breakdown(model(xva, wva), yva, wva, cfg["n_wharves"]))
    print(json.dumps(final))


if __name__ == "__main__":
    main()
