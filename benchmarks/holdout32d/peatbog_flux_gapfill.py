# expect: crash
"""Peat-bog flux gap-filling.

Eddy-covariance towers on raised bogs lose 30-60 % of half-hourly CO2/CH4 flux
records to rain, low turbulence and instrument faults. This script trains a
bidirectional GRU gap-filler on synthetic half-hourly drivers (air temperature,
water-table depth, PAR, friction velocity, soil temperature, VPD) and reports
gap-filling skill per flux, plus a driver-attribution table computed from input
gradients at the end of each epoch.

Usage:
    python peatbog_flux_gapfill.py --epochs 2 --hidden 12
"""
import argparse
import json
import logging
import math
import os
import random
import sys
import tempfile
import time
from collections import OrderedDict, defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("peatflux")

DEFAULT_CONFIG = {
    "data": {
        "drivers": ["tair", "wtd", "par", "ustar", "tsoil", "vpd"],
        "fluxes": ["nee", "ch4"],
        "window": 12,
        "n_train": 48,
        "n_val": 16,
        "gap_fraction": 0.4,
        "ustar_threshold": 0.1,
    },
    "model": {
        "hidden": 12,
        "layers": 1,
        "dropout": 0.0,
        "bidirectional": True,
    },
    "optim": {
        "lr": 3e-3,
        "weight_decay": 1e-5,
        "clip": 1.0,
        "warmup_steps": 3,
    },
    "train": {
        "epochs": 2,
        "batch_size": 8,
        "log_every": 4,
        "seed": 11,
    },
    "report": {
        "attribution_samples": 4,
        "save_json": True,
    },
}


# --------------------------------------------------------------------------
# configuration helpers
# --------------------------------------------------------------------------
def deep_update(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_update(out[k], v)
        else:
            out[k] = v
    return out


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--batch-size", type=int, default=None)
    p.add_argument("--gap-fraction", type=float, default=None)
    p.add_argument("--no-attribution", action="store_true")
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("-v", "--verbose", action="store_true")
    return p.parse_args(argv)


def config_from_args(args):
    override = {"model": {}, "optim": {}, "train": {}, "data": {}}
    if args.epochs is not None:
        override["train"]["epochs"] = args.epochs
    if args.hidden is not None:
        override["model"]["hidden"] = args.hidden
    if args.lr is not None:
        override["optim"]["lr"] = args.lr
    if args.batch_size is not None:
        override["train"]["batch_size"] = args.batch_size
    if args.gap_fraction is not None:
        override["data"]["gap_fraction"] = args.gap_fraction
    if args.seed is not None:
        override["train"]["seed"] = args.seed
    cfg = deep_update(DEFAULT_CONFIG, override)
    cfg["report"]["attribution"] = not args.no_attribution
    return cfg


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
        stream=sys.stdout,
    )


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# --------------------------------------------------------------------------
# synthetic tower data
# --------------------------------------------------------------------------
def diurnal(t, phase=0.0):
    return torch.sin(2 * math.pi * (t / 48.0) + phase)


def synth_tower(n, cfg):
    d = cfg["data"]
    t = torch.arange(d["window"]).float().unsqueeze(0) + torch.randint(0, 48, (n, 1)).float()
    tair = 8 + 6 * diurnal(t) + torch.randn(n, d["window"]) * 0.5
    wtd = -0.2 + 0.05 * torch.randn(n, 1).expand(n, d["window"])
    par = torch.relu(diurnal(t, -math.pi / 2)) * 1200
    ustar = torch.rand(n, d["window"]) * 0.4
    tsoil = 6 + 2 * diurnal(t, -0.5)
    vpd = torch.relu(tair - 5) * 0.1
    drivers = torch.stack([tair, wtd, par / 1000, ustar, tsoil, vpd], dim=-1)
    nee = 2.0 * torch.exp(0.07 * tsoil) / 3 - 0.004 * par * (1 + wtd)
    ch4 = 0.05 * torch.exp(0.1 * tsoil) * (1 + 3 * wtd.clamp(min=-0.3))
    fluxes = torch.stack([nee, ch4], dim=-1)
    return drivers, fluxes


def make_gaps(fluxes, drivers, cfg):
    d = cfg["data"]
    rain = torch.rand(fluxes.shape[:2]) < d["gap_fraction"]
    low_turb = drivers[..., 3] < d["ustar_threshold"]
    mask = ~(rain | low_turb)
    return mask


def standardise(drivers, stats=None):
    if stats is None:
        mu = drivers.mean(dim=(0, 1), keepdim=True)
        sd = drivers.std(dim=(0, 1), keepdim=True).clamp(min=1e-4)
        stats = (mu, sd)
    return (drivers - stats[0]) / stats[1], stats


class TowerSet:
    def __init__(self, n, cfg, stats=None):
        drivers, fluxes = synth_tower(n, cfg)
        self.mask = make_gaps(fluxes, drivers, cfg)
        self.drivers, self.stats = standardise(drivers, stats)
        self.fluxes = fluxes

    def __len__(self):
        return self.drivers.shape[0]

    def batches(self, size, shuffle=True):
        idx = list(range(len(self)))
        if shuffle:
            random.shuffle(idx)
        for i in range(0, len(idx), size):
            j = torch.tensor(idx[i:i + size])
            yield self.drivers[j], self.fluxes[j], self.mask[j]


# --------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------
class GapFiller(nn.Module):
    def __init__(self, n_drivers, n_fluxes, hidden, layers, dropout, bidirectional):
        super().__init__()
        self.inp = nn.Linear(n_drivers, hidden)
        self.rnn = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True,
                          dropout=dropout if layers > 1 else 0.0, bidirectional=bidirectional)
        width = hidden * (2 if bidirectional else 1)
        self.norm = nn.LayerNorm(width)
        self.head = nn.Linear(width, n_fluxes)

    def forward(self, drivers):
        h, _ = self.rnn(F.gelu(self.inp(drivers)))
        return self.head(self.norm(h))


def build_model(cfg):
    m = cfg["model"]
    d = cfg["data"]
    return GapFiller(len(d["drivers"]), len(d["fluxes"]), m["hidden"], m["layers"], m["dropout"], m["bidirectional"])


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------
# losses and metrics
# --------------------------------------------------------------------------
def masked_mse(pred, target, mask):
    m = mask.unsqueeze(-1).float()
    return ((pred - target) ** 2 * m).sum() / m.sum().clamp(min=1.0) / pred.shape[-1]


def r2_score(pred, target):
    ss_res = ((target - pred) ** 2).sum()
    ss_tot = ((target - target.mean()) ** 2).sum().clamp(min=1e-8)
    return 1.0 - (ss_res / ss_tot).item()


def gap_metrics(pred, target, mask, names):
    out = OrderedDict()
    gaps = ~mask
    for k, name in enumerate(names):
        p, t = pred[..., k][gaps], target[..., k][gaps]
        if p.numel() == 0:
            continue
        out[f"{name}_rmse"] = math.sqrt(F.mse_loss(p, t).item())
        out[f"{name}_bias"] = (p - t).mean().item()
        out[f"{name}_r2"] = r2_score(p, t)
    return out


class RunningMean:
    def __init__(self):
        self.total, self.n = 0.0, 0

    def add(self, v, k=1):
        self.total += v * k
        self.n += k

    @property
    def value(self):
        return self.total / max(self.n, 1)


# --------------------------------------------------------------------------
# optimisation
# --------------------------------------------------------------------------
def build_optimizer(model, cfg):
    o = cfg["optim"]
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (no_decay if name.endswith("bias") or "norm" in name else decay).append(p)
    return torch.optim.AdamW(
        [{"params": decay, "weight_decay": o["weight_decay"]}, {"params": no_decay, "weight_decay": 0.0}],
        lr=o["lr"],
    )


def warmup_lambda(warmup):
    def f(step):
        return min(1.0, (step + 1) / max(warmup, 1))
    return f


def train_one_epoch(model, opt, sched, data, cfg, epoch):
    model.train()
    meter = RunningMean()
    for step, (x, y, mask) in enumerate(data.batches(cfg["train"]["batch_size"])):
        # the tower's own records train the filler only where they exist
        pred = model(x)
        loss = masked_mse(pred, y, mask)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        opt.step()
        sched.step()
        meter.add(loss.item(), x.shape[0])
        if step % cfg["train"]["log_every"] == 0:
            LOG.debug("epoch %d step %d loss %.4f lr %.2e", epoch, step, loss.item(), sched.get_last_lr()[0])
    return meter.value


# --------------------------------------------------------------------------
# end-of-epoch callbacks
# --------------------------------------------------------------------------
class ValidationCallback:
    name = "validation"

    def __init__(self, val_set, cfg):
        self.val_set, self.cfg = val_set, cfg

    def __call__(self, model, epoch, record):
        model.eval()
        preds, targets, masks = [], [], []
        with torch.no_grad():
            for x, y, mask in self.val_set.batches(self.cfg["train"]["batch_size"], shuffle=False):
                preds.append(model(x))
                targets.append(y)
                masks.append(mask)
        metrics = gap_metrics(torch.cat(preds), torch.cat(targets), torch.cat(masks), self.cfg["data"]["fluxes"])
        record.update({f"val_{k}": v for k, v in metrics.items()})


class DriverAttributionCallback:
    """Mean |d flux / d driver| over a few validation windows (gradient saliency)."""

    name = "attribution"

    def __init__(self, val_set, cfg):
        self.val_set, self.cfg = val_set, cfg

    def saliency(self, model, x, flux_index):
        x = x.clone().requires_grad_(True)
        out = model(x)[..., flux_index].sum()
        (g,) = torch.autograd.grad(out, x)  # TM001-here
        return g.abs().mean(dim=(0, 1))

    def __call__(self, model, epoch, record):
        if not self.cfg["report"].get("attribution", True):
            return
        n = self.cfg["report"]["attribution_samples"]
        x = self.val_set.drivers[:n]
        for k, flux in enumerate(self.cfg["data"]["fluxes"]):
            s = self.saliency(model, x, k)
            for name, v in zip(self.cfg["data"]["drivers"], s.tolist()):
                record[f"attr_{flux}_{name}"] = v


class TimingCallback:
    name = "timing"

    def __init__(self):
        self.t0 = time.time()

    def __call__(self, model, epoch, record):
        record["elapsed_s"] = round(time.time() - self.t0, 3)


# --------------------------------------------------------------------------
# reporting
# --------------------------------------------------------------------------
def format_record(record):
    keys = sorted(k for k in record if k.startswith("val_"))
    return " ".join(f"{k[4:]}={record[k]:.3f}" for k in keys)


def top_drivers(record, flux, k=3):
    items = [(key.split("_", 2)[2], v) for key, v in record.items() if key.startswith(f"attr_{flux}_")]
    return sorted(items, key=lambda t: -t[1])[:k]


def save_history(history):
    fd, path = tempfile.mkstemp(suffix=".json", prefix="peatflux_")
    with os.fdopen(fd, "w") as fh:
        json.dump(history, fh, indent=1)
    size = os.path.getsize(path)
    os.remove(path)
    return size


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
def run(cfg):
    seed_everything(cfg["train"]["seed"])
    train_set = TowerSet(cfg["data"]["n_train"], cfg)
    val_set = TowerSet(cfg["data"]["n_val"], cfg, stats=train_set.stats)
    LOG.info("train windows %d (%.0f%% gaps), val windows %d",
             len(train_set), 100 * (1 - train_set.mask.float().mean().item()), len(val_set))

    model = build_model(cfg)
    LOG.info("gap filler with %d parameters", count_parameters(model))
    opt = build_optimizer(model, cfg)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, warmup_lambda(cfg["optim"]["warmup_steps"]))

    callbacks = [ValidationCallback(val_set, cfg), DriverAttributionCallback(val_set, cfg), TimingCallback()]
    history = defaultdict(list)
    for epoch in range(cfg["train"]["epochs"]):
        record = {"epoch": epoch}
        record["train_loss"] = train_one_epoch(model, opt, sched, train_set, cfg, epoch)
        for cb in callbacks:
            cb(model, epoch, record)
        LOG.info("epoch %d loss %.4f %s", epoch, record["train_loss"], format_record(record))
        for flux in cfg["data"]["fluxes"]:
            LOG.info("  %s drivers: %s", flux, top_drivers(record, flux))
        for k, v in record.items():
            history[k].append(v)
    if cfg["report"]["save_json"]:
        LOG.info("history json: %d bytes (not kept)", save_history(history))
    return history


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = config_from_args(args)
    history = run(cfg)
    print("final", {k: round(v[-1], 4) for k, v in history.items() if k.startswith("val_nee")})


if __name__ == "__main__":
    main()
