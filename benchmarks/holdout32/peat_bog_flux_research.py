# expect: crash
"""Peat-bog CO2 / CH4 flux forecasting from eddy-covariance towers.

Research script: pre-trains a sequence model on pooled towers, selects the best
checkpoint on a validation split, reports metrics, then adapts the model to a
held-out tower with a few gradient steps (site adaptation).

    python peat_bog_flux_research.py --epochs 3 --adapt-steps 4
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

LOG = logging.getLogger("peatflux")

DEFAULT_CONFIG = {
    "data": {
        "n_towers": 4,
        "series_per_tower": 12,
        "window": 8,
        "horizon": 1,
        "drivers": ["air_temp", "water_table", "par", "vpd", "soil_temp"],
        "targets": ["nee", "ch4"],
        "val_fraction": 0.25,
    },
    "model": {
        "hidden": 8,
        "layers": 1,
        "dropout": 0.0,
        "cell": "lstm",
        "tower_embedding": 3,
    },
    "optim": {
        "lr": 3e-3,
        "weight_decay": 1e-5,
        "clip": 1.0,
        "batch_size": 6,
    },
    "adapt": {
        "lr": 1e-3,
        "steps": 4,
        "tower": 3,
    },
}


# --------------------------------------------------------------------------- utils

def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def deep_update(base, other):
    out = dict(base)
    for k, v in other.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_update(out[k], v)
        else:
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


class RunningMean:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.total += float(value) * n
        self.count += n

    @property
    def value(self):
        return self.total / max(self.count, 1)


# ---------------------------------------------------------------------------- data

def simulate_tower(tower_id, n_series, window, n_drivers, gen):
    """Fake half-hourly driver windows with a tower-specific response."""
    drivers = torch.randn(n_series, window + 1, n_drivers, generator=gen)
    slope = 0.3 + 0.1 * tower_id
    nee = -slope * drivers[:, 1:, 2].mean(1) + 0.2 * drivers[:, 1:, 0].mean(1)
    ch4 = 0.5 * torch.sigmoid(drivers[:, 1:, 1].mean(1)) + 0.05 * tower_id
    targets = torch.stack([nee, ch4], dim=-1)
    return drivers[:, :-1], targets


def build_dataset(cfg, seed):
    gen = torch.Generator().manual_seed(seed)
    dcfg = cfg["data"]
    records = []
    for tower in range(dcfg["n_towers"]):
        x, y = simulate_tower(tower, dcfg["series_per_tower"], dcfg["window"], len(dcfg["drivers"]), gen)
        for i in range(x.shape[0]):
            records.append({"tower": tower, "x": x[i], "y": y[i]})
    return records


def split_records(records, val_fraction, holdout_tower):
    pooled = [r for r in records if r["tower"] != holdout_tower]
    held = [r for r in records if r["tower"] == holdout_tower]
    random.shuffle(pooled)
    n_val = int(len(pooled) * val_fraction)
    return pooled[n_val:], pooled[:n_val], held


def batches(records, batch_size, shuffle=False):
    idx = list(range(len(records)))
    if shuffle:
        random.shuffle(idx)
    for i in range(0, len(idx), batch_size):
        chunk = [records[j] for j in idx[i:i + batch_size]]
        yield (torch.stack([r["x"] for r in chunk]),
               torch.tensor([r["tower"] for r in chunk]),
               torch.stack([r["y"] for r in chunk]))


def driver_stats(records):
    x = torch.stack([r["x"] for r in records])
    return x.mean(dim=(0, 1)), x.std(dim=(0, 1)) + 1e-6


# --------------------------------------------------------------------------- model

class FluxForecaster(nn.Module):
    def __init__(self, n_drivers, n_targets, n_towers, mcfg, stats):
        super().__init__()
        self.register_buffer("mu", stats[0])
        self.register_buffer("sigma", stats[1])
        self.tower_emb = nn.Embedding(n_towers, mcfg["tower_embedding"])
        rnn_cls = nn.LSTM if mcfg["cell"] == "lstm" else nn.GRU
        self.encoder = rnn_cls(n_drivers + mcfg["tower_embedding"], mcfg["hidden"],
                               num_layers=mcfg["layers"], batch_first=True,
                               dropout=mcfg["dropout"] if mcfg["layers"] > 1 else 0.0)
        self.decoder = nn.Sequential(nn.Linear(mcfg["hidden"], mcfg["hidden"]), nn.GELU(),
                                     nn.Linear(mcfg["hidden"], n_targets))

    def forward(self, x, tower):
        x = (x - self.mu) / self.sigma
        emb = self.tower_emb(tower).unsqueeze(1).expand(-1, x.shape[1], -1)
        seq, _ = self.encoder(torch.cat([x, emb], dim=-1))
        return self.decoder(seq[:, -1])


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ------------------------------------------------------------------------- metrics

def flux_metrics(pred, target, names):
    out = {}
    for i, name in enumerate(names):
        err = pred[:, i] - target[:, i]
        out[f"{name}_rmse"] = math.sqrt(float((err ** 2).mean()))
        out[f"{name}_mae"] = float(err.abs().mean())
        denom = float(((target[:, i] - target[:, i].mean()) ** 2).sum()) + 1e-9
        out[f"{name}_r2"] = 1.0 - float((err ** 2).sum()) / denom
    return out


def collect_predictions(model, records, batch_size):
    preds, targets = [], []
    with torch.no_grad():
        for x, tower, y in batches(records, batch_size):
            preds.append(model(x, tower))
            targets.append(y)
    return torch.cat(preds), torch.cat(targets)


def evaluate(model, records, cfg):
    model.eval()
    pred, target = collect_predictions(model, records, cfg["optim"]["batch_size"])
    return flux_metrics(pred, target, cfg["data"]["targets"])


def format_metrics(metrics):
    return " ".join(f"{k}={v:.3f}" for k, v in sorted(metrics.items()))


# ------------------------------------------------------------------------ training

def make_optimizer(model, ocfg):
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (no_decay if name.endswith("bias") or "emb" in name else decay).append(p)
    return torch.optim.AdamW([{"params": decay, "weight_decay": ocfg["weight_decay"]},
                              {"params": no_decay, "weight_decay": 0.0}], lr=ocfg["lr"])


def flux_loss(pred, target):
    return F.mse_loss(pred[:, 0], target[:, 0]) + 2.0 * F.l1_loss(pred[:, 1], target[:, 1])


def train_one_epoch(model, optimizer, records, cfg):
    model.train()
    meter = RunningMean()
    for x, tower, y in batches(records, cfg["optim"]["batch_size"], shuffle=True):
        loss = flux_loss(model(x, tower), y)
        optimizer.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        optimizer.step()
        meter.update(loss.item(), x.shape[0])
    return meter.value


def save_checkpoint(model, path, meta):
    torch.save({"state": model.state_dict(), "meta": meta}, path)


def restore_best(model, path):
    blob = torch.load(path)
    model.load_state_dict(blob["state"])
    model.eval()
    return blob["meta"]


def pretrain(model, train_recs, val_recs, cfg, workdir, epochs):
    optimizer = make_optimizer(model, cfg["optim"])
    best = float("inf")
    best_path = os.path.join(workdir, "best.pt")
    history = defaultdict(list)
    for epoch in range(epochs):
        with Timer(f"epoch {epoch}"):
            train_loss = train_one_epoch(model, optimizer, train_recs, cfg)
        val = evaluate(model, val_recs, cfg)
        score = val["nee_rmse"] + val["ch4_mae"]
        history["train"].append(train_loss)
        history["val"].append(score)
        LOG.info("epoch %d train %.4f val %.4f", epoch, train_loss, score)
        if score < best:
            best = score
            save_checkpoint(model, best_path, {"epoch": epoch, "score": score})
    return best_path, dict(history)


def adapt_to_site(model, site_recs, cfg):
    """A few steps on the first half of the held-out tower, then score the rest."""
    acfg = cfg["adapt"]
    half = len(site_recs) // 2
    support, query = site_recs[:half], site_recs[half:]
    opt = torch.optim.SGD(model.parameters(), lr=acfg["lr"], momentum=0.9)
    losses = []
    for step in range(acfg["steps"]):
        for x, tower, y in batches(support, cfg["optim"]["batch_size"]):
            loss = flux_loss(model(x, tower), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            losses.append(loss.item())
    return losses, evaluate(model, query, cfg)


# ---------------------------------------------------------------------------- main

def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--adapt-steps", type=int, default=None)
    p.add_argument("--seed", type=int, default=17)
    p.add_argument("--config", type=str, default=None, help="JSON overrides")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(asctime)s %(name)s %(message)s")
    cfg = DEFAULT_CONFIG
    if args.config:
        cfg = deep_update(cfg, json.loads(args.config))
    if args.adapt_steps is not None:
        cfg = deep_update(cfg, {"adapt": {"steps": args.adapt_steps}})
    set_seed(args.seed)

    records = build_dataset(cfg, args.seed)
    train_recs, val_recs, site_recs = split_records(records, cfg["data"]["val_fraction"], cfg["adapt"]["tower"])
    LOG.info("train %d val %d site %d", len(train_recs), len(val_recs), len(site_recs))

    model = FluxForecaster(len(cfg["data"]["drivers"]), len(cfg["data"]["targets"]),
                           cfg["data"]["n_towers"], cfg["model"], driver_stats(train_recs))
    LOG.info("parameters: %d", count_parameters(model))

    workdir = tempfile.mkdtemp(prefix="peatflux_")
    try:
        best_path, history = pretrain(model, train_recs, val_recs, cfg, workdir, args.epochs)
        meta = restore_best(model, best_path)
        print(f"best epoch {meta['epoch']} score {meta['score']:.4f}")
        print("val   ", format_metrics(evaluate(model, val_recs, cfg)))
        print("site 0-shot", format_metrics(evaluate(model, site_recs, cfg)))
        losses, site_metrics = adapt_to_site(model, site_recs, cfg)
        print("site adapted", format_metrics(site_metrics))
        print("adapt loss first/last", round(losses[0], 4), round(losses[-1], 4))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return history


if __name__ == "__main__":
    main()
