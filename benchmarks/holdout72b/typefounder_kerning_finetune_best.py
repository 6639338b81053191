# expect: crash
"""Typefounder kerning study, with transductive fine-tuning of the best snapshot.

Predicts the optical kerning adjustment between glyph pairs from sequences of
outline features (stroke widths sampled along the contour).  The script trains
a bidirectional LSTM regressor, evaluates it on a held-out split, reports
per-feature relevance (gradient * input) and writes a small summary table.

Usage:
    python typefounder_kerning_research.py --epochs 3 --hidden 12
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

LOG = logging.getLogger("kerning")

DEFAULT_CONFIG = {
    "seed": 11,
    "n_features": 4,
    "seq_len": 7,
    "hidden": 12,
    "layers": 1,
    "bidirectional": True,
    "dropout": 0.1,
    "batch_size": 6,
    "n_train": 30,
    "n_val": 12,
    "epochs": 3,
    "lr": 3e-3,
    "weight_decay": 1e-5,
    "clip": 1.0,
    "relevance_batches": 2,
    "finetune_steps": 3,
    "finetune_lr": 1e-3,
    "warmup_steps": 3,
}

FEATURE_NAMES = ["stem", "bowl", "serif", "counter"]


# --------------------------------------------------------------------------- utils
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--no-bidirectional", action="store_true")
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--report", choices=["relevance", "none"], default="none")
    return p.parse_args(argv)


def merge_config(args):
    cfg = dict(DEFAULT_CONFIG)
    for key in ("epochs", "hidden", "lr"):
        val = getattr(args, key)
        if val is not None:
            cfg[key] = val
    if args.no_bidirectional:
        cfg["bidirectional"] = False
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
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.t0
        return False


# --------------------------------------------------------------------------- data
def synth_glyph_pairs(n, cfg, generator):
    """Outline features for pairs of glyphs and the kerning a punchcutter chose."""
    x = torch.rand(n, cfg["seq_len"], cfg["n_features"], generator=generator)
    weights = torch.tensor([0.8, -0.5, 0.3, -0.9])[: cfg["n_features"]]
    trend = torch.linspace(0.5, 1.5, cfg["seq_len"]).unsqueeze(-1)
    y = (x * trend * weights).sum(dim=(1, 2)) / cfg["seq_len"]
    y = y + 0.05 * torch.randn(n, generator=generator)
    return x, y


def batched(x, y, batch_size, shuffle, generator=None):
    idx = torch.randperm(len(x), generator=generator) if shuffle else torch.arange(len(x))
    for start in range(0, len(x), batch_size):
        sel = idx[start : start + batch_size]
        yield x[sel], y[sel]


def normalise(train_x, *others):
    mean = train_x.mean(dim=(0, 1), keepdim=True)
    std = train_x.std(dim=(0, 1), keepdim=True) + 1e-6
    return [(t - mean) / std for t in (train_x,) + others]


# --------------------------------------------------------------------------- model
class KerningRegressor(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.inp = nn.Linear(cfg["n_features"], cfg["hidden"])
        self.encoder = nn.LSTM(
            cfg["hidden"],
            cfg["hidden"],
            num_layers=cfg["layers"],
            batch_first=True,
            bidirectional=cfg["bidirectional"],
        )
        mult = 2 if cfg["bidirectional"] else 1
        self.drop = nn.Dropout(cfg["dropout"])
        self.attn = nn.Linear(cfg["hidden"] * mult, 1)
        self.head = nn.Sequential(
            nn.Linear(cfg["hidden"] * mult, cfg["hidden"]),
            nn.GELU(),
            nn.Linear(cfg["hidden"], 1),
        )

    def forward(self, x):
        h, _ = self.encoder(torch.tanh(self.inp(x)))
        h = self.drop(h)
        a = torch.softmax(self.attn(h).squeeze(-1), dim=1)
        pooled = (a.unsqueeze(-1) * h).sum(1)
        return self.head(pooled).squeeze(-1)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------- metrics
def regression_metrics(pred, target):
    err = pred - target
    mse = err.pow(2).mean().item()
    mae = err.abs().mean().item()
    var = target.var(unbiased=False).item()
    r2 = 1.0 - mse / var if var > 0 else float("nan")
    return {"mse": mse, "mae": mae, "rmse": math.sqrt(mse), "r2": r2}


def sign_agreement(pred, target):
    return (torch.sign(pred) == torch.sign(target)).float().mean().item()


# --------------------------------------------------------------------------- training
def lr_lambda(cfg):
    def fn(step):
        if step < cfg["warmup_steps"]:
            return (step + 1) / cfg["warmup_steps"]
        return 1.0
    return fn


def train_one_epoch(model, opt, sched, data, cfg, epoch):
    model.train()
    meter = AverageMeter()
    for step, (xb, yb) in enumerate(data):
        opt.zero_grad()
        pred = model(xb)
        loss = F.smooth_l1_loss(pred, yb)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        sched.step()
        meter.update(loss.item(), len(xb))
        LOG.debug("epoch %d step %d loss %.4f", epoch, step, loss.item())
    return meter.avg


def evaluate(model, data):
    model.eval()
    preds, targets = [], []
    with torch.no_grad():
        for xb, yb in data:
            preds.append(model(xb))
            targets.append(yb)
    pred = torch.cat(preds)
    target = torch.cat(targets)
    m = regression_metrics(pred, target)
    m["sign_agree"] = sign_agreement(pred, target)
    return m


def fit(model, train_xy, val_xy, cfg):
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda(cfg))
    gen = torch.Generator().manual_seed(cfg["seed"])
    history = defaultdict(list)
    best = None
    best_model = None
    for epoch in range(cfg["epochs"]):
        with Timer() as t:
            tr_loss = train_one_epoch(
                model, opt, sched, batched(*train_xy, cfg["batch_size"], True, gen), cfg, epoch
            )
        val = evaluate(model, batched(*val_xy, cfg["batch_size"], False))
        history["train_loss"].append(tr_loss)
        for k, v in val.items():
            history["val_" + k].append(v)
        LOG.info(
            "epoch %d | train %.4f | val mse %.4f r2 %.3f | %.2fs",
            epoch, tr_loss, val["mse"], val["r2"], t.elapsed,
        )
        if best is None or val["mse"] < best["mse"]:
            best = dict(val, epoch=epoch)
            best_model = copy.deepcopy(model)
    return history, best, best_model


def finetune_on_val(model, val_xy, cfg):
    """Short adaptation of the best snapshot on the validation split (transductive)."""
    opt = torch.optim.SGD(model.parameters(), lr=cfg["finetune_lr"])
    losses = []
    for step in range(cfg["finetune_steps"]):
        for xb, yb in batched(*val_xy, cfg["batch_size"], False):
            opt.zero_grad()
            loss = F.mse_loss(model(xb), yb)
            loss.backward()  # TM001-here
            opt.step()
            losses.append(loss.item())
    LOG.info("finetune loss %.4f -> %.4f", losses[0], losses[-1])
    return model


# --------------------------------------------------------------------------- analysis
def gradient_times_input(model, xb):
    """Relevance of each outline feature: gradient of the prediction times the input."""
    xb = xb.clone().requires_grad_(True)
    pred = model(xb)
    model.zero_grad()
    pred.sum().backward()
    return (xb.grad * xb).detach()


def relevance_report(model, val_xy, cfg):
    totals = torch.zeros(cfg["n_features"])
    per_step = torch.zeros(cfg["seq_len"])
    n = 0
    for i, (xb, _) in enumerate(batched(*val_xy, cfg["batch_size"], False)):
        if i >= cfg["relevance_batches"]:
            break
        rel = gradient_times_input(model, xb).abs()
        totals += rel.sum(dim=(0, 1))
        per_step += rel.sum(dim=(0, 2))
        n += len(xb)
    totals /= max(n, 1)
    per_step /= max(n, 1)
    return {
        "per_feature": {FEATURE_NAMES[i]: round(v, 5) for i, v in enumerate(totals.tolist())},
        "per_step": [round(v, 5) for v in per_step.tolist()],
    }


def format_table(rows, header):
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    line = " | ".join(h.ljust(w) for h, w in zip(header, widths))
    out = [line, "-" * len(line)]
    for r in rows:
        out.append(" | ".join(str(c).ljust(w) for c, w in zip(r, widths)))
    return "\n".join(out)


def write_summary(history, best, relevance, cfg):
    fd, path = tempfile.mkstemp(suffix=".json", prefix="kerning_")
    os.close(fd)
    try:
        with open(path, "w") as f:
            json.dump({"config": cfg, "best": best, "relevance": relevance,
                       "history": dict(history)}, f, indent=1)
        size = os.path.getsize(path)
        LOG.info("summary written (%d bytes)", size)
    finally:
        os.remove(path)


# --------------------------------------------------------------------------- main
def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_config(args)
    set_seed(cfg["seed"])
    gen = torch.Generator().manual_seed(cfg["seed"])

    train_x, train_y = synth_glyph_pairs(cfg["n_train"], cfg, gen)
    val_x, val_y = synth_glyph_pairs(cfg["n_val"], cfg, gen)
    train_x, val_x = normalise(train_x, val_x)

    model = KerningRegressor(cfg)
    LOG.info("model has %d trainable parameters", count_parameters(model))

    history, best, best_model = fit(model, (train_x, train_y), (val_x, val_y), cfg)
    LOG.info("best epoch %d mse %.4f", best["epoch"], best["mse"])
    model = finetune_on_val(best_model, (val_x, val_y), cfg)
    model.train()

    relevance = None
    if args.report == "relevance":
        relevance = relevance_report(model, (val_x, val_y), cfg)
        rows = [(k, v) for k, v in relevance["per_feature"].items()]
        print(format_table(rows, ("feature", "relevance")))

    write_summary(history, best, relevance, cfg)
    print("final", {k: round(v, 4) for k, v in best.items() if isinstance(v, float)})


if __name__ == "__main__":
    main()
