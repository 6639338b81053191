# expect: crash
"""Ice-core annual-layer dating.

Estimate the number of annual layers (years) in a core section from continuous
flow analysis profiles (electrical conductivity, dust, d18O proxy, sodium). The
model reads a section as a sequence of depth bins and regresses the layer count;
a per-bin auxiliary head predicts whether the bin holds a summer peak.

Usage:
    python icecore_layer_dating.py --epochs 3 --hidden 12

Everything runs on tiny synthetic data; the numbers are meaningless.
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

LOGGER = logging.getLogger("icecore")

DEFAULT_CONFIG = {
    "data": {
        "n_sections": 48,
        "bins": 24,
        "channels": ["ecm", "dust", "d18o", "na"],
        "noise": 0.15,
        "val_frac": 0.25,
    },
    "model": {
        "hidden": 12,
        "layers": 2,
        "dropout": 0.0,
        "bidirectional": True,
    },
    "optim": {
        "lr": 3e-3,
        "weight_decay": 1e-4,
        "clip": 1.0,
        "aux_weight": 0.3,
    },
    "train": {
        "epochs": 3,
        "batch_size": 8,
        "log_every": 2,
        "patience": 5,
        "seed": 67,
    },
}


# --------------------------------------------------------------------------- utils

def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def deep_update(base, other):
    out = json.loads(json.dumps(base))
    for k, v in other.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_update(out[k], v)
        else:
            out[k] = v
    return out


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.sum = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.sum += float(value) * n
        self.count += n

    @property
    def avg(self):
        return self.sum / max(1, self.count)


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.t0
        return False


# ---------------------------------------------------------------------------- data

def synth_section(bins, n_channels, noise):
    """One core section: seasonal cycles with a thinning rate drawn per section."""
    years = random.uniform(3.0, 9.0)
    depth = torch.linspace(0, 1, bins)
    phase = random.uniform(0, 2 * math.pi)
    season = torch.sin(2 * math.pi * years * depth + phase)
    chans = []
    for c in range(n_channels):
        lag = 0.2 * c
        chans.append(torch.sin(2 * math.pi * years * depth + phase + lag) + noise * torch.randn(bins))
    x = torch.stack(chans, -1)
    peaks = (season > 0.8).float()
    return x, torch.tensor(years), peaks


def build_dataset(cfg):
    d = cfg["data"]
    xs, ys, ps = [], [], []
    for _ in range(d["n_sections"]):
        x, y, p = synth_section(d["bins"], len(d["channels"]), d["noise"])
        xs.append(x)
        ys.append(y)
        ps.append(p)
    return torch.stack(xs), torch.stack(ys), torch.stack(ps)


def split(x, y, p, val_frac):
    n = x.size(0)
    perm = torch.randperm(n)
    n_val = int(n * val_frac)
    va, tr = perm[:n_val], perm[n_val:]
    return (x[tr], y[tr], p[tr]), (x[va], y[va], p[va])


def standardise(train, val):
    x_tr = train[0]
    mean = x_tr.mean((0, 1), keepdim=True)
    std = x_tr.std((0, 1), keepdim=True) + 1e-6
    norm = lambda part: ((part[0] - mean) / std, part[1], part[2])  # noqa: E731
    return norm(train), norm(val), (mean, std)


def batches(part, batch_size, shuffle=True):
    x, y, p = part
    idx = torch.randperm(x.size(0)) if shuffle else torch.arange(x.size(0))
    for i in range(0, len(idx), batch_size):
        j = idx[i:i + batch_size]
        yield x[j], y[j], p[j]


# --------------------------------------------------------------------------- model

class LayerCounter(nn.Module):
    def __init__(self, n_in, hidden, layers, dropout, bidirectional):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(
            hidden,
            hidden,
            num_layers=layers,
            batch_first=True,
            dropout=dropout if layers > 1 else 0.0,
            bidirectional=bidirectional,
        )
        d = 2 if bidirectional else 1
        self.peak_head = nn.Linear(d * hidden, 1)
        self.count_head = nn.Sequential(nn.Linear(d * hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.inp(x)))
        peaks = self.peak_head(h).squeeze(-1)
        count = self.count_head(h.mean(1)).squeeze(-1)
        return count, peaks


def build_model(cfg):
    m = cfg["model"]
    return LayerCounter(len(cfg["data"]["channels"]), m["hidden"], m["layers"], m["dropout"], m["bidirectional"])


# ------------------------------------------------------------------------- metrics

def regression_metrics(pred, target):
    err = pred - target
    mae = err.abs().mean().item()
    rmse = err.pow(2).mean().sqrt().item()
    ss_res = err.pow(2).sum()
    ss_tot = (target - target.mean()).pow(2).sum() + 1e-12
    return {"mae": mae, "rmse": rmse, "r2": (1 - ss_res / ss_tot).item()}


def peak_f1(logits, target, thr=0.5):
    pred = (torch.sigmoid(logits) > thr).float()
    tp = (pred * target).sum()
    fp = (pred * (1 - target)).sum()
    fn = ((1 - pred) * target).sum()
    return (2 * tp / (2 * tp + fp + fn + 1e-9)).item()


def compute_loss(model_out, y, p, aux_weight):
    count, peaks = model_out
    main = F.smooth_l1_loss(count, y)
    aux = F.binary_cross_entropy_with_logits(peaks, p)
    return main + aux_weight * aux, main.detach(), aux.detach()


# ----------------------------------------------------------------------- train/eval

def set_train_mode(model, cfg):
    """Dropout is the only train-time behaviour in this model."""
    if cfg["model"]["dropout"] > 0:
        model.train()


def train_one_epoch(model, opt, data, cfg, epoch, history):
    set_train_mode(model, cfg)
    o, t = cfg["optim"], cfg["train"]
    meters = defaultdict(AverageMeter)
    for step, (x, y, p) in enumerate(batches(data, t["batch_size"])):
        out = model(x)
        loss, main, aux = compute_loss(out, y, p, o["aux_weight"])
        opt.zero_grad(set_to_none=True)
        loss.backward()  # TM001-here
        gn = torch.nn.utils.clip_grad_norm_(model.parameters(), o["clip"])
        opt.step()
        meters["loss"].update(loss.item(), x.size(0))
        meters["main"].update(main.item(), x.size(0))
        meters["aux"].update(aux.item(), x.size(0))
        meters["gnorm"].update(gn.item())
        if step % t["log_every"] == 0:
            LOGGER.info("epoch %d step %d loss %.4f main %.4f aux %.4f", epoch, step,
                        meters["loss"].avg, meters["main"].avg, meters["aux"].avg)
    history["train_loss"].append(meters["loss"].avg)
    return {k: m.avg for k, m in meters.items()}


@torch.no_grad()
def evaluate(model, data, cfg):
    model.eval()
    preds, targets, peak_logits, peak_targets = [], [], [], []
    for x, y, p in batches(data, cfg["train"]["batch_size"], shuffle=False):
        count, peaks = model(x)
        preds.append(count)
        targets.append(y)
        peak_logits.append(peaks)
        peak_targets.append(p)
    pred, target = torch.cat(preds), torch.cat(targets)
    metrics = regression_metrics(pred, target)
    metrics["peak_f1"] = peak_f1(torch.cat(peak_logits), torch.cat(peak_targets))
    return metrics


class EarlyStopping:
    def __init__(self, patience):
        self.patience = patience
        self.best = float("inf")
        self.bad = 0

    def step(self, value):
        if value < self.best - 1e-6:
            self.best = value
            self.bad = 0
            return True
        self.bad += 1
        return False

    @property
    def stop(self):
        return self.bad >= self.patience


def save_checkpoint(model, opt, epoch, path):
    torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "epoch": epoch}, path)


# ---------------------------------------------------------------------------- main

def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--hidden", type=int, default=None)
    ap.add_argument("--dropout", type=float, default=None)
    ap.add_argument("--lr", type=float, default=None)
    ap.add_argument("--config", type=str, default=None, help="JSON file with overrides")
    ap.add_argument("--verbose", action="store_true")
    return ap.parse_args(argv)


def resolve_config(args):
    cfg = DEFAULT_CONFIG
    if args.config:
        with open(args.config) as fh:
            cfg = deep_update(cfg, json.load(fh))
    overrides = {}
    if args.epochs is not None:
        overrides.setdefault("train", {})["epochs"] = args.epochs
    if args.hidden is not None:
        overrides.setdefault("model", {})["hidden"] = args.hidden
    if args.dropout is not None:
        overrides.setdefault("model", {})["dropout"] = args.dropout
    if args.lr is not None:
        overrides.setdefault("optim", {})["lr"] = args.lr
    return deep_update(cfg, overrides)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    cfg = resolve_config(args)
    set_seed(cfg["train"]["seed"])
    LOGGER.info("config: %s", json.dumps(cfg))

    x, y, p = build_dataset(cfg)
    train_part, val_part = split(x, y, p, cfg["data"]["val_frac"])
    train_part, val_part, stats = standardise(train_part, val_part)
    LOGGER.info("train %d sections, val %d sections", train_part[0].size(0), val_part[0].size(0))

    model = build_model(cfg)
    LOGGER.info("model has %d trainable parameters", count_parameters(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["optim"]["lr"], weight_decay=cfg["optim"]["weight_decay"])
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=cfg["train"]["epochs"])
    stopper = EarlyStopping(cfg["train"]["patience"])
    history = defaultdict(list)

    workdir = tempfile.mkdtemp(prefix="icecore_")
    try:
        best_path = os.path.join(workdir, "best.pt")
        for epoch in range(cfg["train"]["epochs"]):
            with Timer() as tm:
                tr = train_one_epoch(model, opt, train_part, cfg, epoch, history)
                va = evaluate(model, val_part, cfg)
            sched.step()
            history["val_mae"].append(va["mae"])
            LOGGER.info("epoch %d (%.2fs) train %.4f | val mae %.3f rmse %.3f r2 %.3f f1 %.3f",
                        epoch, tm.elapsed, tr["loss"], va["mae"], va["rmse"], va["r2"], va["peak_f1"])
            if stopper.step(va["mae"]):
                save_checkpoint(model, opt, epoch, best_path)
            if stopper.stop:
                LOGGER.info("early stop at epoch %d", epoch)
                break
        if os.path.exists(best_path):
            state = torch.load(best_path)
            model.load_state_dict(state["model"])
            LOGGER.info("restored epoch %d", state["epoch"])
        final = evaluate(model, val_part, cfg)
        LOGGER.info("final: %s", json.dumps({k: round(v, 4) for k, v in final.items()}))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return history


if __name__ == "__main__":
    main()
