# expect: crash
"""Ice harvesting: forecast the thickness of harvestable lake ice five days ahead from daily
air temperature, snow cover, wind and the last measured thickness.

Research script for the regional ice-cutting cooperative.  Trains a sequence model on
pooled lakes, evaluates per lake, then adapts a small set of normalisation parameters to
each held-out lake with a few steps of test-time adaptation on a self-supervised
reconstruction loss (the lakes differ mostly in sensor calibration).

Usage:  python ice_harvest_thickness_long.py [--epochs N] [--adapt-steps K]
"""
import argparse
import json
import logging
import math
import random
import time
from collections import defaultdict

import torch
from torch import nn
import torch.nn.functional as F

LOG = logging.getLogger("ice_harvest")

DEFAULT_CONFIG = {
    "seed": 31,
    "n_lakes": 4,
    "held_out": 1,
    "days_history": 10,
    "horizon": 5,
    "features": ["air_temp", "snow_cm", "wind", "thickness"],
    "model": {"hidden": 12, "layers": 1, "dropout": 0.0, "attn": True},
    "optim": {"lr": 4e-3, "weight_decay": 1e-4, "clip": 1.0},
    "train": {"epochs": 3, "batch": 6, "batches_per_lake": 2, "patience": 3},
    "adapt": {"steps": 2, "lr": 1e-2, "params": "input_norm"},
}


# --------------------------------------------------------------------------- utilities
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
        datefmt="%H:%M:%S",
    )


def merge(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
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


# --------------------------------------------------------------------------- data
def simulate_lake(lake_id, n_seq, cfg):
    """Degree-day ice growth with snow insulation and a per-lake sensor offset."""
    g = torch.Generator().manual_seed(1000 + lake_id)
    T, H = cfg["days_history"], cfg["horizon"]
    offset = 0.5 * (lake_id - cfg["n_lakes"] / 2)
    air = -5 + 4 * torch.randn(n_seq, T + H, generator=g) + offset
    snow = torch.rand(n_seq, T + H, generator=g) * 20
    wind = torch.rand(n_seq, T + H, generator=g) * 8
    thick = torch.zeros(n_seq, T + H)
    thick[:, 0] = 10 + 5 * torch.rand(n_seq, generator=g)
    for t in range(1, T + H):
        growth = torch.clamp(-air[:, t], min=0).sqrt() * (1 - snow[:, t] / 40)
        thick[:, t] = thick[:, t - 1] + 0.3 * growth - 0.05 * wind[:, t]
    x = torch.stack([air, snow, wind, thick], dim=-1)[:, :T]
    y = thick[:, T + H - 1]
    return x, y


def batches_for(lake_id, cfg, n_batches, shuffle_seed=None):
    x, y = simulate_lake(lake_id, n_batches * cfg["train"]["batch"], cfg)
    idx = list(range(x.size(0)))
    if shuffle_seed is not None:
        random.Random(shuffle_seed).shuffle(idx)
    b = cfg["train"]["batch"]
    return [(x[idx[i:i + b]], y[idx[i:i + b]]) for i in range(0, len(idx), b)]


def split_lakes(cfg):
    lakes = list(range(cfg["n_lakes"]))
    return lakes[:-cfg["held_out"]], lakes[-cfg["held_out"]:]


# --------------------------------------------------------------------------- model
class TemporalAttention(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.score = nn.Linear(hidden, 1)

    def forward(self, h):
        w = torch.softmax(self.score(h).squeeze(-1), dim=1)
        return (w.unsqueeze(-1) * h).sum(1), w


class IceThicknessModel(nn.Module):
    def __init__(self, n_feat, hidden, layers, dropout, attn):
        super().__init__()
        self.input_norm = nn.LayerNorm(n_feat)
        self.encoder = nn.LSTM(n_feat, hidden, num_layers=layers, batch_first=True,
                               dropout=dropout if layers > 1 else 0.0)
        self.attn = TemporalAttention(hidden) if attn else None
        self.output_norm = nn.LayerNorm(hidden)
        self.head = nn.Linear(hidden, 1)
        self.recon = nn.Linear(hidden, n_feat)

    def encode(self, x):
        h, _ = self.encoder(self.input_norm(x))
        return h

    def forward(self, x):
        h = self.encode(x)
        ctx = self.attn(h)[0] if self.attn is not None else h[:, -1]
        return self.head(self.output_norm(ctx)).squeeze(-1)

    def reconstruct(self, x):
        h = self.encode(x)
        return self.recon(self.output_norm(h))


def build_model(cfg):
    m = cfg["model"]
    return IceThicknessModel(len(cfg["features"]), m["hidden"], m["layers"], m["dropout"], m["attn"])


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------- metrics
def regression_metrics(pred, target):
    err = pred - target
    mae = err.abs().mean().item()
    rmse = math.sqrt((err ** 2).mean().item())
    var = ((target - target.mean()) ** 2).mean().item()
    r2 = 1 - (err ** 2).mean().item() / var if var > 0 else float("nan")
    return {"mae": mae, "rmse": rmse, "r2": r2}


class MetricTracker:
    def __init__(self):
        self.values = defaultdict(list)

    def add(self, prefix, metrics):
        for k, v in metrics.items():
            self.values[f"{prefix}/{k}"].append(v)

    def last(self, key):
        return self.values[key][-1]

    def summary(self):
        return {k: round(v[-1], 4) for k, v in self.values.items()}


# --------------------------------------------------------------------------- training
def train_one_epoch(model, optimizer, lakes, cfg, epoch):
    model.train()
    total, n = 0.0, 0
    for lake in lakes:
        for x, y in batches_for(lake, cfg, cfg["train"]["batches_per_lake"], shuffle_seed=epoch):
            optimizer.zero_grad()
            loss = F.smooth_l1_loss(model(x), y)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
            optimizer.step()
            total += loss.item() * x.size(0)
            n += x.size(0)
    return total / n


@torch.no_grad()
def evaluate(model, lakes, cfg):
    model.eval()
    preds, targets = [], []
    for lake in lakes:
        for x, y in batches_for(lake, cfg, 1):
            preds.append(model(x))
            targets.append(y)
    return regression_metrics(torch.cat(preds), torch.cat(targets))


def fit(model, train_lakes, val_lakes, cfg, tracker):
    optimizer = torch.optim.AdamW(model.parameters(), lr=cfg["optim"]["lr"],
                                  weight_decay=cfg["optim"]["weight_decay"])
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=cfg["train"]["epochs"])
    best, best_state, bad_epochs = float("inf"), None, 0
    for epoch in range(cfg["train"]["epochs"]):
        with Timer(f"epoch {epoch}"):
            tr = train_one_epoch(model, optimizer, train_lakes, cfg, epoch)
        scheduler.step()
        metrics = evaluate(model, val_lakes, cfg)
        tracker.add("val", metrics)
        LOG.info("epoch %d train %.4f val mae %.3f rmse %.3f", epoch, tr, metrics["mae"], metrics["rmse"])
        if metrics["mae"] < best:
            best, bad_epochs = metrics["mae"], 0
            best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
        else:
            bad_epochs += 1
            if bad_epochs >= cfg["train"]["patience"]:
                LOG.info("early stopping at epoch %d", epoch)
                break
    if best_state is not None:
        model.load_state_dict(best_state)
    return best


# --------------------------------------------------------------------------- test-time adaptation
def adaptation_parameters(model, which):
    """The lakes differ in sensor calibration, so only a normalisation layer is adapted."""
    layer = getattr(model, which)
    for p in model.parameters():
        p.requires_grad_(False)
    params = list(layer.parameters())
    for p in params:
        p.requires_grad_(True)
    return params


def masked_reconstruction_loss(model, x, rate=0.2, seed=0):
    g = torch.Generator().manual_seed(seed)
    mask = (torch.rand(x.shape[:2], generator=g) < rate).unsqueeze(-1)
    corrupted = x.masked_fill(mask, 0.0)
    recon = model.reconstruct(corrupted)
    return F.mse_loss(recon[:, :-1], x[:, 1:])


def adapt_to_lake(model, lake, cfg):
    params = adaptation_parameters(model, cfg["adapt"]["params"])
    opt = torch.optim.SGD(params, lr=cfg["adapt"]["lr"])
    history = []
    for step in range(cfg["adapt"]["steps"]):
        for i, (x, _) in enumerate(batches_for(lake, cfg, 1, shuffle_seed=step)):
            opt.zero_grad()
            loss = masked_reconstruction_loss(model, x, seed=step * 10 + i)
            loss.backward()  # TM001-here
            opt.step()
            history.append(loss.item())
    for p in model.parameters():
        p.requires_grad_(True)
    return history


def run_adaptation(model, held_out, cfg, tracker):
    snapshot = {k: v.clone() for k, v in model.state_dict().items()}
    results = {}
    for lake in held_out:
        model.load_state_dict(snapshot)
        before = evaluate(model, [lake], cfg)
        hist = adapt_to_lake(model, lake, cfg)
        after = evaluate(model, [lake], cfg)
        tracker.add(f"lake{lake}/before", before)
        tracker.add(f"lake{lake}/after", after)
        results[lake] = {"before_mae": before["mae"], "after_mae": after["mae"], "tta_loss": hist[-1]}
        LOG.info("lake %d: mae %.3f -> %.3f", lake, before["mae"], after["mae"])
    model.load_state_dict(snapshot)
    return results


# --------------------------------------------------------------------------- main
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--adapt-steps", type=int, default=None)
    p.add_argument("--adapt-params", choices=["input_norm", "output_norm"], default=None)
    p.add_argument("--config", type=str, default="{}", help="JSON overrides")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def resolve_config(args):
    cfg = merge(DEFAULT_CONFIG, json.loads(args.config))
    if args.epochs is not None:
        cfg["train"]["epochs"] = args.epochs
    if args.adapt_steps is not None:
        cfg["adapt"]["steps"] = args.adapt_steps
    if args.adapt_params is not None:
        cfg["adapt"]["params"] = args.adapt_params
    return cfg


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = resolve_config(args)
    set_seed(cfg["seed"])
    train_lakes, held_out = split_lakes(cfg)
    model = build_model(cfg)
    LOG.info("model with %d trainable parameters", count_parameters(model))
    tracker = MetricTracker()
    best = fit(model, train_lakes, train_lakes[-1:], cfg, tracker)
    LOG.info("best pooled val mae %.3f", best)
    results = run_adaptation(model, held_out, cfg, tracker)
    print(json.dumps({"results": results, "summary": tracker.summary()}, indent=1, default=float)[:400])


if __name__ == "__main__":
    main([])
