# expect: crash
"""
Peat-bog CO2 / CH4 flux gap-filling experiment.

Eddy-covariance towers over a raised bog leave gaps in the half-hourly flux record
(rain on the sonic anemometer, low turbulence at night, ...).  This script trains a small
sequence model on meteorological drivers to predict the fluxes, with:

  * a config dict that argparse can override,
  * z-scored drivers and per-gas targets,
  * early stopping on a validation split that *restores the best weights and keeps
    training* with a reduced learning rate ("patience restarts"),
  * RMSE / MAE / R^2 / bias metrics per gas,
  * a tiny marginal-distribution sampling baseline for comparison.

Everything is synthetic and tiny so that it runs in seconds on a laptop CPU.
"""
import argparse
import copy
import json
import logging
import math
import os
import random
import sys
import time
from collections import OrderedDict, defaultdict

import torch
from torch import nn

LOG = logging.getLogger("peatflux")

DEFAULTS = {
    "seed": 11,
    "n_days": 6,
    "steps_per_day": 8,
    "window": 6,
    "drivers": ["air_temp", "soil_temp", "par", "vpd", "water_table", "u_star"],
    "gases": ["nee", "ch4"],
    "hidden": 12,
    "layers": 1,
    "dropout": 0.0,
    "batch_size": 8,
    "lr": 5e-3,
    "weight_decay": 1e-5,
    "max_epochs": 6,
    "patience": 1,
    "restarts": 1,
    "scheduled_restart": 1,
    "lr_decay_on_restart": 0.3,
    "clip": 1.0,
    "val_fraction": 0.25,
    "gap_fraction": 0.2,
    "out_json": "",
}


# --------------------------------------------------------------------------------------
# config / cli
# --------------------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    p.add_argument("--seed", type=int, default=DEFAULTS["seed"])
    p.add_argument("--hidden", type=int, default=DEFAULTS["hidden"])
    p.add_argument("--layers", type=int, default=DEFAULTS["layers"])
    p.add_argument("--max-epochs", type=int, default=DEFAULTS["max_epochs"])
    p.add_argument("--patience", type=int, default=DEFAULTS["patience"])
    p.add_argument("--restarts", type=int, default=DEFAULTS["restarts"])
    p.add_argument("--lr", type=float, default=DEFAULTS["lr"])
    p.add_argument("--out-json", default=DEFAULTS["out_json"])
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULTS)
    for key, value in vars(args).items():
        key = key.replace("-", "_")
        if key in cfg:
            cfg[key] = value
    cfg["n_drivers"] = len(cfg["drivers"])
    cfg["n_gases"] = len(cfg["gases"])
    return cfg


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)-5s %(name)s | %(message)s",
        datefmt="%H:%M:%S",
        stream=sys.stdout,
    )


# --------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------
def synth_tower_record(cfg):
    """Half-hourly drivers and fluxes with a diurnal cycle."""
    n = cfg["n_days"] * cfg["steps_per_day"]
    t = torch.arange(n, dtype=torch.float32)
    phase = 2 * math.pi * t / cfg["steps_per_day"]
    air = 10 + 6 * torch.sin(phase) + torch.randn(n)
    soil = 8 + 2 * torch.sin(phase - 0.8) + 0.3 * torch.randn(n)
    par = torch.clamp(torch.sin(phase), min=0) * 1500 + 20 * torch.rand(n)
    vpd = torch.clamp(air - 6, min=0) * 0.1 + 0.05 * torch.rand(n)
    wt = -0.1 + 0.02 * torch.randn(n).cumsum(0) / math.sqrt(n)
    ustar = 0.1 + 0.3 * torch.rand(n)
    drivers = torch.stack([air, soil, par, vpd, wt, ustar], dim=-1)
    nee = 2.0 * torch.exp(0.07 * soil) - 0.004 * par + 0.3 * torch.randn(n)
    ch4 = 0.05 * torch.exp(0.1 * soil) * (1 + 3 * wt) + 0.01 * torch.randn(n)
    fluxes = torch.stack([nee, ch4], dim=-1)
    return drivers, fluxes


def make_gaps(fluxes, fraction, generator=None):
    mask = torch.rand(fluxes.shape[0], generator=generator) > fraction
    return mask


class Standardiser:
    def __init__(self):
        self.mean = None
        self.std = None

    def fit(self, x):
        self.mean = x.mean(0, keepdim=True)
        self.std = x.std(0, keepdim=True).clamp(min=1e-6)
        return self

    def transform(self, x):
        return (x - self.mean) / self.std

    def inverse(self, x):
        return x * self.std + self.mean


def windows(drivers, fluxes, mask, window):
    xs, ys = [], []
    for end in range(window, drivers.shape[0] + 1):
        if not bool(mask[end - 1]):
            continue
        xs.append(drivers[end - window:end])
        ys.append(fluxes[end - 1])
    return torch.stack(xs), torch.stack(ys)


def split(x, y, val_fraction):
    n_val = max(2, int(round(x.shape[0] * val_fraction)))
    return (x[:-n_val], y[:-n_val]), (x[-n_val:], y[-n_val:])


def batches(x, y, batch_size, shuffle=True):
    idx = torch.randperm(x.shape[0]) if shuffle else torch.arange(x.shape[0])
    for start in range(0, x.shape[0], batch_size):
        sel = idx[start:start + batch_size]
        yield x[sel], y[sel]


# --------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------
class FluxLSTM(nn.Module):
    def __init__(self, n_drivers, n_gases, hidden, layers=1, dropout=0.0):
        super().__init__()
        self.inp = nn.Linear(n_drivers, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True,
                            dropout=dropout if layers > 1 else 0.0)
        self.heads = nn.ModuleDict({g: nn.Linear(hidden, 1) for g in ("nee", "ch4")[:n_gases]})

    def forward(self, x):
        h, _ = self.lstm(torch.tanh(self.inp(x)))
        last = h[:, -1]
        return torch.cat([head(last) for head in self.heads.values()], dim=-1)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------------------
def rmse(pred, obs):
    return torch.sqrt(((pred - obs) ** 2).mean(0))


def mae(pred, obs):
    return (pred - obs).abs().mean(0)


def r2(pred, obs):
    ss_res = ((obs - pred) ** 2).sum(0)
    ss_tot = ((obs - obs.mean(0)) ** 2).sum(0).clamp(min=1e-9)
    return 1 - ss_res / ss_tot


def bias(pred, obs):
    return (pred - obs).mean(0)


METRICS = OrderedDict(rmse=rmse, mae=mae, r2=r2, bias=bias)


def metric_table(pred, obs, gases):
    out = {}
    for name, fn in METRICS.items():
        vals = fn(pred, obs)
        for g, v in zip(gases, vals.tolist()):
            out[f"{g}/{name}"] = v
    return out


def format_metrics(m):
    return " ".join(f"{k}={v:.3f}" for k, v in sorted(m.items()))


# --------------------------------------------------------------------------------------
# baseline
# --------------------------------------------------------------------------------------
def mds_baseline(train_x, train_y, val_x, k=3):
    """Marginal distribution sampling: mean flux of the k nearest windows by last-step drivers."""
    a = train_x[:, -1]
    b = val_x[:, -1]
    d = torch.cdist(b, a)
    nn_idx = d.topk(min(k, a.shape[0]), largest=False).indices
    return train_y[nn_idx].mean(1)


# --------------------------------------------------------------------------------------
# training
# --------------------------------------------------------------------------------------
class EarlyStopper:
    def __init__(self, patience):
        self.patience = patience
        self.best = float("inf")
        self.best_state = None
        self.bad_epochs = 0

    def update(self, value, model):
        if value < self.best - 1e-6:
            self.best = value
            self.best_state = copy.deepcopy(model)
            self.bad_epochs = 0
            return False
        self.bad_epochs += 1
        return self.bad_epochs > self.patience


def make_optimizer(model, cfg, lr=None):
    return torch.optim.AdamW(model.parameters(), lr=lr or cfg["lr"], weight_decay=cfg["weight_decay"])


def train_one_epoch(model, opt, data, cfg, stats):
    loss_fn = nn.MSELoss()
    total, n = 0.0, 0
    for xb, yb in batches(*data, cfg["batch_size"]):
        pred = model(xb)
        loss = loss_fn(pred, yb)
        opt.zero_grad()
        loss.backward()  # TM001-here
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        total += loss.item() * xb.shape[0]
        n += xb.shape[0]
        stats["steps"] += 1
    return total / max(n, 1)


def evaluate(model, data, stopper=None):
    model.eval()
    with torch.no_grad():
        pred = model(data[0])
        val_loss = nn.functional.mse_loss(pred, data[1]).item()
    stop = stopper.update(val_loss, model) if stopper is not None else False
    model.train()
    return val_loss, pred, stop


def fit(model, train_data, val_data, cfg):
    stats = defaultdict(int)
    history = []
    opt = make_optimizer(model, cfg)
    stopper = EarlyStopper(cfg["patience"])
    restarts_left = cfg["restarts"]
    lr = cfg["lr"]
    model.train()
    for epoch in range(cfg["max_epochs"]):
        t0 = time.perf_counter()
        tr = train_one_epoch(model, opt, train_data, cfg, stats)
        va, _, stop = evaluate(model, val_data, stopper)
        history.append({"epoch": epoch, "train": tr, "val": va, "lr": lr,
                        "secs": time.perf_counter() - t0})
        LOG.info("epoch %d train=%.4f val=%.4f lr=%.2e", epoch, tr, va, lr)
        if stop or epoch == cfg["scheduled_restart"]:
            if restarts_left == 0:
                LOG.info("early stop at epoch %d", epoch)
                break
            restarts_left -= 1
            lr *= cfg["lr_decay_on_restart"]
            LOG.info("restoring best (val=%.4f) and continuing with lr=%.2e", stopper.best, lr)
            model = stopper.best_state
            opt = make_optimizer(model, cfg, lr=lr)
            stopper.bad_epochs = 0
    return stopper.best_state or model, history, dict(stats)


# --------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------
def run(cfg):
    set_seed(cfg["seed"])
    drivers, fluxes = synth_tower_record(cfg)
    mask = make_gaps(fluxes, cfg["gap_fraction"])
    xs, ys = Standardiser().fit(drivers), Standardiser().fit(fluxes)
    x, y = windows(xs.transform(drivers), ys.transform(fluxes), mask, cfg["window"])
    train_data, val_data = split(x, y, cfg["val_fraction"])
    LOG.info("windows: train=%d val=%d", train_data[0].shape[0], val_data[0].shape[0])

    model = FluxLSTM(cfg["n_drivers"], cfg["n_gases"], cfg["hidden"], cfg["layers"], cfg["dropout"])
    LOG.info("parameters: %d", count_parameters(model))
    best, history, stats = fit(model, train_data, val_data, cfg)

    _, pred, _ = evaluate(best, val_data)
    model_metrics = metric_table(ys.inverse(pred), ys.inverse(val_data[1]), cfg["gases"])
    base = mds_baseline(*train_data, val_data[0])
    base_metrics = metric_table(ys.inverse(base), ys.inverse(val_data[1]), cfg["gases"])
    LOG.info("model    %s", format_metrics(model_metrics))
    LOG.info("baseline %s", format_metrics(base_metrics))
    result = {"history": history, "stats": stats, "model": model_metrics, "baseline": base_metrics}
    if cfg["out_json"]:
        with open(cfg["out_json"], "w") as fh:
            json.dump(result, fh, indent=2)
        os.remove(cfg["out_json"])
    return result


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = build_config(args)
    LOG.debug("config %s", json.dumps(cfg))
    run(cfg)


if __name__ == "__main__":
    main()
