# expect: crash
"""Moth-trap catch forecasting with gradient-based structured pruning.

Research script: trains a GRU forecaster on nightly light-trap counts (synthetic here), then runs
iterative magnitude x gradient ("SNIP-like") pruning of hidden units, where the saliency scores are
computed on a held-out validation batch, and retrains after each pruning round.

    python gypsy_moth_traps_prune.py --rounds 2 --epochs 2
"""
import argparse
import json
import logging
import math
import os
import random
import sys
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("mothtraps")

DEFAULT_CONFIG = {
    "seed": 1234,
    "data": {
        "n_traps": 12,
        "n_nights": 40,
        "window": 8,
        "horizon": 1,
        "n_weather": 3,
        "val_fraction": 0.25,
    },
    "model": {
        "hidden": 12,
        "layers": 1,
        "dropout": 0.0,
        "embed_trap": 4,
    },
    "optim": {
        "lr": 5e-3,
        "weight_decay": 1e-4,
        "batch_size": 8,
        "clip": 1.0,
    },
    "prune": {
        "rounds": 2,
        "fraction": 0.25,
        "score": "taylor",
    },
    "epochs": 2,
}


# --------------------------------------------------------------------------- utilities

def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def deep_update(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_update(out[k], v)
        else:
            out[k] = v
    return out


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


class MetricLog:
    def __init__(self):
        self.rows = defaultdict(list)

    def log(self, **kw):
        for k, v in kw.items():
            self.rows[k].append(v)

    def last(self, key):
        return self.rows[key][-1] if self.rows[key] else None

    def to_json(self):
        return json.dumps({k: [round(x, 5) for x in v] for k, v in self.rows.items()})


# --------------------------------------------------------------------------- data

def synth_counts(cfg):
    """Poisson-ish nightly counts driven by temperature, wind and moon phase."""
    n, t, w = cfg["n_traps"], cfg["n_nights"], cfg["n_weather"]
    weather = torch.randn(n, t, w)
    moon = torch.cos(torch.arange(t).float() * 2 * math.pi / 29.5).expand(n, t)
    base = torch.rand(n, 1) * 2
    rate = (base + 0.6 * weather[..., 0] - 0.3 * weather[..., 1] - 0.4 * moon).exp()
    counts = torch.log1p(rate + 0.1 * torch.randn(n, t).abs())
    return counts, weather


def windows(counts, weather, window, horizon):
    xs, ws, ids, ys = [], [], [], []
    n, t = counts.shape
    for trap in range(n):
        for s in range(0, t - window - horizon + 1):
            xs.append(counts[trap, s:s + window])
            ws.append(weather[trap, s:s + window])
            ids.append(trap)
            ys.append(counts[trap, s + window + horizon - 1])
    return torch.stack(xs), torch.stack(ws), torch.tensor(ids), torch.stack(ys)


def split(tensors, val_fraction):
    n = tensors[0].shape[0]
    perm = torch.randperm(n)
    k = int(n * (1 - val_fraction))
    tr, va = perm[:k], perm[k:]
    return [t[tr] for t in tensors], [t[va] for t in tensors]


def batches(tensors, batch_size, shuffle=True):
    n = tensors[0].shape[0]
    idx = torch.randperm(n) if shuffle else torch.arange(n)
    for i in range(0, n, batch_size):
        j = idx[i:i + batch_size]
        yield [t[j] for t in tensors]


# --------------------------------------------------------------------------- model

class TrapForecaster(nn.Module):
    def __init__(self, n_traps, n_weather, hidden, layers, dropout, embed_trap):
        super().__init__()
        self.trap_embed = nn.Embedding(n_traps, embed_trap)
        self.inp = nn.Linear(1 + n_weather + embed_trap, hidden)
        self.rnn = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True,
                          dropout=dropout if layers > 1 else 0.0)
        self.head = nn.Linear(hidden, 1)
        self.register_buffer("unit_mask", torch.ones(hidden))

    def forward(self, counts, weather, trap_ids):
        e = self.trap_embed(trap_ids).unsqueeze(1).expand(-1, counts.shape[1], -1)
        z = torch.cat([counts.unsqueeze(-1), weather, e], dim=-1)
        h = torch.relu(self.inp(z)) * self.unit_mask
        out, _ = self.rnn(h)
        return self.head(out[:, -1] * self.unit_mask).squeeze(-1)


def build_model(cfg):
    m = cfg["model"]
    d = cfg["data"]
    return TrapForecaster(d["n_traps"], d["n_weather"], m["hidden"], m["layers"], m["dropout"], m["embed_trap"])


def count_active(model):
    return int(model.unit_mask.sum().item())


# --------------------------------------------------------------------------- train / eval

def train_one_epoch(model, opt, data, cfg, epoch, metrics):
    model.train()
    meter = AverageMeter()
    for counts, weather, ids, y in batches(data, cfg["optim"]["batch_size"]):
        pred = model(counts, weather, ids)
        loss = F.mse_loss(pred, y)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        opt.step()
        meter.update(loss.item(), y.shape[0])
    metrics.log(train_loss=meter.avg)
    LOG.info("epoch %d train mse %.4f", epoch, meter.avg)
    return meter.avg


@torch.no_grad()
def evaluate(model, data, cfg):
    model.eval()
    mse, mae = AverageMeter(), AverageMeter()
    for counts, weather, ids, y in batches(data, cfg["optim"]["batch_size"], shuffle=False):
        pred = model(counts, weather, ids)
        mse.update(F.mse_loss(pred, y).item(), y.shape[0])
        mae.update(F.l1_loss(pred, y).item(), y.shape[0])
    return {"mse": mse.avg, "mae": mae.avg}


def fit(model, train_data, val_data, cfg, metrics, tag):
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["optim"]["lr"],
                            weight_decay=cfg["optim"]["weight_decay"])
    for epoch in range(cfg["epochs"]):
        train_one_epoch(model, opt, train_data, cfg, epoch, metrics)
        res = evaluate(model, val_data, cfg)
        metrics.log(val_mse=res["mse"], val_mae=res["mae"])
        LOG.info("[%s] epoch %d val mse %.4f mae %.4f", tag, epoch, res["mse"], res["mae"])
    return res


# --------------------------------------------------------------------------- pruning

def taylor_scores(model, val_data, cfg):
    """|activation x gradient| per hidden unit, accumulated over the validation batches."""
    scores = torch.zeros_like(model.unit_mask)
    acts = {}

    def keep(_, __, out):
        out.retain_grad()
        acts["h"] = out

    handle = model.inp.register_forward_hook(keep)
    try:
        for counts, weather, ids, y in batches(val_data, cfg["optim"]["batch_size"], shuffle=False):
            model.zero_grad()
            loss = F.mse_loss(model(counts, weather, ids), y)
            loss.backward()  # TM001-here
            h = acts["h"]
            scores += (h * h.grad).abs().sum(dim=(0, 1)).detach()
    finally:
        handle.remove()
    model.zero_grad()
    return scores


def magnitude_scores(model):
    return model.inp.weight.detach().abs().sum(1)


def prune_round(model, val_data, cfg):
    kind = cfg["prune"]["score"]
    if kind == "taylor":
        scores = taylor_scores(model, val_data, cfg)
    elif kind == "magnitude":
        scores = magnitude_scores(model)
    else:
        raise ValueError(kind)
    scores = scores.masked_fill(model.unit_mask == 0, float("inf"))
    n_prune = max(1, int(count_active(model) * cfg["prune"]["fraction"]))
    drop = torch.argsort(scores)[:n_prune]
    model.unit_mask[drop] = 0.0
    return drop.tolist()


# --------------------------------------------------------------------------- main

def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rounds", type=int, default=None)
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--score", choices=["taylor", "magnitude"], default=None)
    p.add_argument("--config", type=str, default=None, help="optional JSON overrides")
    p.add_argument("--out", type=str, default=None, help="write metrics JSON here")
    p.add_argument("-v", "--verbose", action="store_true")
    return p.parse_args(argv)


def make_config(args):
    cfg = DEFAULT_CONFIG
    if args.config:
        with open(args.config) as fh:
            cfg = deep_update(cfg, json.load(fh))
    over = {}
    if args.rounds is not None:
        over.setdefault("prune", {})["rounds"] = args.rounds
    if args.score is not None:
        over.setdefault("prune", {})["score"] = args.score
    if args.epochs is not None:
        over["epochs"] = args.epochs
    return deep_update(cfg, over)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stdout)
    cfg = make_config(args)
    set_seed(cfg["seed"])
    t0 = time.time()

    counts, weather = synth_counts(cfg["data"])
    tensors = windows(counts, weather, cfg["data"]["window"], cfg["data"]["horizon"])
    train_data, val_data = split(tensors, cfg["data"]["val_fraction"])
    LOG.info("windows: train %d val %d", train_data[0].shape[0], val_data[0].shape[0])

    model = build_model(cfg)
    metrics = MetricLog()
    res = fit(model, train_data, val_data, cfg, metrics, tag="dense")
    history = [{"round": 0, "active": count_active(model), **res}]

    for r in range(1, cfg["prune"]["rounds"] + 1):
        dropped = prune_round(model, val_data, cfg)
        LOG.info("round %d: pruned units %s, %d active", r, dropped, count_active(model))
        res = fit(model, train_data, val_data, cfg, metrics, tag=f"round{r}")
        history.append({"round": r, "active": count_active(model), **res})

    for row in history:
        LOG.info("round %(round)d active %(active)d mse %(mse).4f mae %(mae).4f", row)
    if args.out:
        with open(args.out, "w") as fh:
            fh.write(metrics.to_json())
        os.remove(args.out)
    LOG.info("done in %.1fs", time.time() - t0)
    return history


if __name__ == "__main__":
    main()
