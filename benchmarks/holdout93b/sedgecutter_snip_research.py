# expect: crash
"""
Sedge-harvest yield forecasting with connection-sensitivity pruning.

Research script for the sedgecutter co-operative: an LSTM forecaster of weekly bundle
counts from water level, frost days and cutting effort, followed by a SNIP-style
prune-and-retrain cycle where saliencies |g * w| are measured on a validation batch.

Usage:
    python sedgecutter_snip_research.py --epochs 2 --sparsity 0.5
"""
import argparse
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

LOG = logging.getLogger("sedgecutter")

CONFIG = {
    "data": {"n_train": 24, "n_val": 8, "seq_len": 8, "n_features": 3, "horizon": 1},
    "model": {"hidden": 12, "layers": 1, "dropout": 0.0, "head_hidden": 8},
    "optim": {"lr": 5e-3, "weight_decay": 1e-5, "clip": 1.0},
    "train": {"batch_size": 4, "epochs": 2, "retrain_epochs": 1, "log_every": 3},
    "prune": {"sparsity": 0.5, "score_batches": 1, "skip": ("bias",)},
    "seed": 13,
}


# --------------------------------------------------------------------------------------
# utilities
# --------------------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
    )


def merge_config(base, overrides):
    out = json.loads(json.dumps(base))
    for dotted, value in overrides.items():
        node = out
        keys = dotted.split(".")
        for k in keys[:-1]:
            node = node[k]
        node[keys[-1]] = value
    return out


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.sum = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.sum += value * n
        self.count += n

    @property
    def avg(self):
        return self.sum / max(self.count, 1)


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.start
        return False


# --------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------
def synth_sedgebeds(n, seq_len, n_features):
    """Seasonal synthetic series: water level, frost days, cutting effort."""
    t = torch.arange(seq_len).float().view(1, seq_len, 1)
    phase = torch.rand(n, 1, 1) * 2 * math.pi
    water = torch.sin(2 * math.pi * t / seq_len + phase)
    frost = (torch.rand(n, seq_len, 1) < 0.2).float()
    effort = torch.rand(n, seq_len, 1)
    x = torch.cat([water, frost, effort], dim=-1)[..., :n_features]
    y = (effort.sum(1) * (1 - 0.3 * frost.sum(1) / seq_len) + 0.1 * water[:, -1]).squeeze(-1)
    return x, y


def batchify(x, y, batch_size, shuffle=True):
    idx = list(range(len(x)))
    if shuffle:
        random.shuffle(idx)
    for i in range(0, len(idx), batch_size):
        sel = idx[i : i + batch_size]
        yield x[sel], y[sel]


def standardise(train_x, *others):
    mu = train_x.mean(dim=(0, 1), keepdim=True)
    sd = train_x.std(dim=(0, 1), keepdim=True) + 1e-6
    return [(t - mu) / sd for t in (train_x,) + others]


# --------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------
class SedgeForecaster(nn.Module):
    def __init__(self, n_features, hidden, layers, dropout, head_hidden):
        super().__init__()
        self.inp = nn.Linear(n_features, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True,
                            dropout=dropout if layers > 1 else 0.0)
        self.head = nn.Sequential(nn.Linear(hidden, head_hidden), nn.GELU(), nn.Linear(head_hidden, 1))

    def forward(self, x):
        z = torch.tanh(self.inp(x))
        out, _ = self.lstm(z)
        return self.head(out[:, -1]).squeeze(-1)


def build_model(cfg):
    m = cfg["model"]
    return SedgeForecaster(cfg["data"]["n_features"], m["hidden"], m["layers"], m["dropout"], m["head_hidden"])


def count_params(model):
    return sum(p.numel() for p in model.parameters())


# --------------------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------------------
def mae(pred, target):
    return (pred - target).abs().mean().item()


def rmse(pred, target):
    return torch.sqrt(((pred - target) ** 2).mean()).item()


def smape(pred, target, eps=1e-6):
    return (2 * (pred - target).abs() / (pred.abs() + target.abs() + eps)).mean().item()


METRICS = {"mae": mae, "rmse": rmse, "smape": smape}


# --------------------------------------------------------------------------------------
# training / evaluation
# --------------------------------------------------------------------------------------
def train_one_epoch(model, opt, x, y, cfg, masks=None, epoch=0):
    model.train()
    meter = AverageMeter()
    for step, (xb, yb) in enumerate(batchify(x, y, cfg["train"]["batch_size"])):
        pred = model(xb)
        loss = F.mse_loss(pred, yb)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        opt.step()
        if masks is not None:
            apply_masks(model, masks)
        meter.update(loss.item(), len(xb))
        if step % cfg["train"]["log_every"] == 0:
            LOG.debug("epoch %d step %d loss %.4f", epoch, step, loss.item())
    return meter.avg


@torch.no_grad()
def evaluate(model, x, y, cfg):
    model.eval()
    preds, targets = [], []
    for xb, yb in batchify(x, y, cfg["train"]["batch_size"], shuffle=False):
        preds.append(model(xb))
        targets.append(yb)
    pred, target = torch.cat(preds), torch.cat(targets)
    return {name: fn(pred, target) for name, fn in METRICS.items()}


# --------------------------------------------------------------------------------------
# pruning
# --------------------------------------------------------------------------------------
def prunable(model, skip):
    return {n: p for n, p in model.named_parameters() if not any(s in n for s in skip)}


def connection_sensitivity(model, x, y, cfg):
    """SNIP saliency |dL/dw * w| accumulated over a few validation batches."""
    params = prunable(model, cfg["prune"]["skip"])
    scores = {n: torch.zeros_like(p) for n, p in params.items()}
    batches = batchify(x, y, cfg["train"]["batch_size"], shuffle=False)
    for i, (xb, yb) in enumerate(batches):
        if i >= cfg["prune"]["score_batches"]:
            break
        model.zero_grad()
        loss = F.mse_loss(model(xb), yb)
        loss.backward()  # TM001-here
        for n, p in params.items():
            scores[n] += (p.grad * p.detach()).abs()
    model.zero_grad()
    return scores


def global_masks(scores, sparsity):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = int(sparsity * flat.numel())
    if k == 0:
        return {n: torch.ones_like(s) for n, s in scores.items()}
    threshold = flat.kthvalue(k).values
    return {n: (s > threshold).float() for n, s in scores.items()}


@torch.no_grad()
def apply_masks(model, masks):
    for n, p in model.named_parameters():
        if n in masks:
            p.mul_(masks[n])


def mask_density(masks):
    kept = sum(m.sum().item() for m in masks.values())
    total = sum(m.numel() for m in masks.values())
    return kept / total


# --------------------------------------------------------------------------------------
# checkpointing
# --------------------------------------------------------------------------------------
def save_checkpoint(model, path):
    torch.save({k: v.clone() for k, v in model.state_dict().items()}, path)


def load_checkpoint(model, path):
    model.load_state_dict(torch.load(path))
    return model


# --------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------
def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[1])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--sparsity", type=float, default=None)
    p.add_argument("--retrain-epochs", type=int, default=None)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--dump-config", action="store_true")
    return p.parse_args()


def config_from_args(args):
    overrides = {}
    if args.epochs is not None:
        overrides["train.epochs"] = args.epochs
    if args.sparsity is not None:
        overrides["prune.sparsity"] = args.sparsity
    if args.retrain_epochs is not None:
        overrides["train.retrain_epochs"] = args.retrain_epochs
    if args.seed is not None:
        overrides["seed"] = args.seed
    return merge_config(CONFIG, overrides)


def run(cfg):
    set_seed(cfg["seed"])
    d = cfg["data"]
    tr_x, tr_y = synth_sedgebeds(d["n_train"], d["seq_len"], d["n_features"])
    va_x, va_y = synth_sedgebeds(d["n_val"], d["seq_len"], d["n_features"])
    tr_x, va_x = standardise(tr_x, va_x)

    model = build_model(cfg)
    LOG.info("model has %d parameters", count_params(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["optim"]["lr"], weight_decay=cfg["optim"]["weight_decay"])

    history = defaultdict(list)
    best, best_path = math.inf, None
    tmpdir = tempfile.mkdtemp(prefix="sedgecutter_")
    try:
        for epoch in range(cfg["train"]["epochs"]):
            with Timer() as t:
                tr_loss = train_one_epoch(model, opt, tr_x, tr_y, cfg, epoch=epoch)
            metrics = evaluate(model, va_x, va_y, cfg)
            history["train_loss"].append(tr_loss)
            for k, v in metrics.items():
                history["val_" + k].append(v)
            LOG.info("dense epoch %d loss %.4f val_mae %.4f (%.2fs)", epoch, tr_loss, metrics["mae"], t.elapsed)
            if metrics["mae"] < best:
                best = metrics["mae"]
                best_path = os.path.join(tmpdir, "dense_best.pt")
                save_checkpoint(model, best_path)

        load_checkpoint(model, best_path)
        dense_metrics = evaluate(model, va_x, va_y, cfg)
        LOG.info("best dense val: %s", json.dumps({k: round(v, 4) for k, v in dense_metrics.items()}))

        scores = connection_sensitivity(model, va_x, va_y, cfg)
        masks = global_masks(scores, cfg["prune"]["sparsity"])
        apply_masks(model, masks)
        LOG.info("mask density %.3f", mask_density(masks))

        for epoch in range(cfg["train"]["retrain_epochs"]):
            tr_loss = train_one_epoch(model, opt, tr_x, tr_y, cfg, masks=masks, epoch=epoch)
            metrics = evaluate(model, va_x, va_y, cfg)
            LOG.info("sparse epoch %d loss %.4f val_mae %.4f", epoch, tr_loss, metrics["mae"])
    finally:
        for name in os.listdir(tmpdir):
            os.remove(os.path.join(tmpdir, name))
        os.rmdir(tmpdir)
    return dict(history), dense_metrics, metrics


def main():
    args = parse_args()
    setup_logging(args.verbose)
    cfg = config_from_args(args)
    if args.dump_config:
        print(json.dumps(cfg, indent=2, default=list))
    history, dense, sparse = run(cfg)
    print("dense", {k: round(v, 4) for k, v in dense.items()})
    print("sparse", {k: round(v, 4) for k, v in sparse.items()})


if __name__ == "__main__":
    main()
