# expect: crash
"""Wind-chest pressure forecasting for pipe-organ building, with gradient-based pruning.

An LSTM forecaster predicts the next pressure reading of a wind chest from blower speed, stop
count and pallet activity.  Every epoch we validate, keep the best weights (early stopping with a
reload of the state dict), and compute first-order Taylor pruning scores on a validation batch to
decide which hidden units of the input projection can be removed.

    python organ_windchest_prune_long.py --epochs 3 --prune-frac 0.25
"""
import argparse
import copy
import io
import logging
import math
import random
import sys
from dataclasses import dataclass, field, asdict

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("windchest")

CONFIG = {
    "data": {"n_series": 20, "seq_len": 12, "n_feat": 4, "val_frac": 0.25},
    "model": {"hidden": 10, "proj": 8, "layers": 1, "dropout": 0.0},
    "optim": {"lr": 5e-3, "betas": (0.9, 0.99), "clip": 2.0},
    "train": {"epochs": 3, "batch_size": 5, "patience": 2, "seed": 11},
    "prune": {"frac": 0.25, "start_epoch": 1},
}


@dataclass
class EpochStats:
    epoch: int
    train_mse: float
    val_mse: float
    pruned: int = 0
    lr: float = 0.0
    notes: list = field(default_factory=list)


# ---------------------------------------------------------------------------
def get_args(argv=None):
    ap = argparse.ArgumentParser(description="wind-chest forecaster")
    ap.add_argument("--epochs", type=int, default=CONFIG["train"]["epochs"])
    ap.add_argument("--prune-frac", type=float, default=CONFIG["prune"]["frac"])
    ap.add_argument("--hidden", type=int, default=CONFIG["model"]["hidden"])
    ap.add_argument("--seed", type=int, default=CONFIG["train"]["seed"])
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args(argv)


def configure(args):
    cfg = copy.deepcopy(CONFIG)
    cfg["train"]["epochs"] = args.epochs
    cfg["train"]["seed"] = args.seed
    cfg["prune"]["frac"] = args.prune_frac
    cfg["model"]["hidden"] = args.hidden
    return cfg


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# ---------------------------------------------------------------------------
def synth_windchest(cfg):
    d = cfg["data"]
    t = torch.arange(d["seq_len"] + 1, dtype=torch.float32)
    blower = 1.0 + 0.2 * torch.rand(d["n_series"], 1)
    stops = torch.randint(1, 12, (d["n_series"], 1)).float() / 12
    pallets = (torch.rand(d["n_series"], d["seq_len"] + 1) > 0.6).float()
    pressure = blower * torch.cos(t / 3) - 0.3 * stops * pallets + 0.05 * torch.randn_like(pallets)
    feats = torch.stack([
        pressure,
        blower.expand_as(pressure),
        stops.expand_as(pressure),
        pallets,
    ], dim=-1)
    x = feats[:, :-1]
    y = pressure[:, 1:]
    return x, y


def train_val_split(x, y, frac):
    n_val = max(1, int(len(x) * frac))
    return (x[n_val:], y[n_val:]), (x[:n_val], y[:n_val])


def batches(data, bs, shuffle):
    x, y = data
    order = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i in range(0, len(order), bs):
        sel = order[i:i + bs]
        yield x[sel], y[sel]


# ---------------------------------------------------------------------------
class MaskedLinear(nn.Linear):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.register_buffer("mask", torch.ones(self.out_features))

    def forward(self, x):
        return F.linear(x, self.weight, self.bias) * self.mask


class WindChestLSTM(nn.Module):
    def __init__(self, n_feat, proj, hidden, layers, dropout):
        super().__init__()
        self.proj = MaskedLinear(n_feat, proj)
        self.lstm = nn.LSTM(proj, hidden, num_layers=layers, dropout=dropout, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        self._proj_act = torch.tanh(self.proj(x))
        if self._proj_act.requires_grad:
            self._proj_act.retain_grad()
        h, _ = self.lstm(self._proj_act)
        return self.out(h).squeeze(-1)


def build(cfg):
    m = cfg["model"]
    return WindChestLSTM(cfg["data"]["n_feat"], m["proj"], m["hidden"], m["layers"], m["dropout"])


# ---------------------------------------------------------------------------
class EarlyStopper:
    def __init__(self, patience):
        self.patience = patience
        self.best = math.inf
        self.bad = 0
        self.buffer = None

    def step(self, model, val):
        if val < self.best - 1e-6:
            self.best, self.bad = val, 0
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


class Forecaster:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        o = cfg["optim"]
        self.opt = torch.optim.Adam(model.parameters(), lr=o["lr"], betas=o["betas"])
        self.stopper = EarlyStopper(cfg["train"]["patience"])
        self.scheduler = WarmupScheduler(self.opt)
        self.history = []

    # -- hooks ---------------------------------------------------------------
    def on_epoch_start(self, epoch):
        lr = self.scheduler.step(epoch)
        logger.debug("epoch %d lr %.5f", epoch, lr)

    def on_validation_end(self, epoch, val_data, stats):
        pass

    # -- loops ---------------------------------------------------------------
    def train_epoch(self, data):
        self.model.train()
        total, n = 0.0, 0
        for x, y in batches(data, self.cfg["train"]["batch_size"], True):
            self.opt.zero_grad()
            loss = F.mse_loss(self.model(x), y)
            loss.backward()
            nn.utils.clip_grad_norm_(self.model.parameters(), self.cfg["optim"]["clip"])
            self.opt.step()
            total += loss.item() * len(x)
            n += len(x)
        return total / n

    def validate(self, data):
        self.model.eval()
        total, n = 0.0, 0
        with torch.no_grad():
            for x, y in batches(data, self.cfg["train"]["batch_size"], False):
                total += F.mse_loss(self.model(x), y, reduction="sum").item() / y.shape[1]
                n += len(x)
        return total / n

    def fit(self, train_data, val_data):
        for epoch in range(self.cfg["train"]["epochs"]):
            self.on_epoch_start(epoch)
            tr = self.train_epoch(train_data)
            va = self.validate(val_data)
            stats = EpochStats(epoch, tr, va, lr=self.opt.param_groups[0]["lr"])
            self.on_validation_end(epoch, val_data, stats)
            self.history.append(stats)
            logger.info("epoch %d train %.4f val %.4f pruned %d", epoch, tr, va, stats.pruned)
            if self.stopper.step(self.model, va):
                stats.notes.append("early stop")
                break
        self.stopper.restore(self.model)
        return self.history


class PruningForecaster(Forecaster):
    """Adds Taylor pruning of the input projection after validation."""

    def taylor_scores(self, x, y):
        self.model.zero_grad()
        loss = F.mse_loss(self.model(x), y)
        loss.backward()  # TM001-here
        act = self.model._proj_act
        return (act * act.grad).abs().mean(dim=(0, 1))

    def on_validation_end(self, epoch, val_data, stats):
        pc = self.cfg["prune"]
        if epoch < pc["start_epoch"]:
            return
        x, y = next(batches(val_data, self.cfg["train"]["batch_size"], False))
        scores = self.taylor_scores(x, y)
        mask = self.model.proj.mask
        alive = mask.nonzero().flatten()
        k = int(len(alive) * pc["frac"])
        if k == 0:
            return
        order = scores[alive].argsort()[:k]
        mask[alive[order]] = 0.0
        stats.pruned = int((mask == 0).sum())
        self.model.zero_grad()


# ---------------------------------------------------------------------------
class WarmupScheduler:
    """Linear warm-up over the first epochs, then a step decay."""

    def __init__(self, opt, warmup=1, gamma=0.7):
        self.opt = opt
        self.warmup = warmup
        self.gamma = gamma
        self.base = [g["lr"] for g in opt.param_groups]

    def step(self, epoch):
        for g, base in zip(self.opt.param_groups, self.base):
            if epoch < self.warmup:
                g["lr"] = base * (epoch + 1) / (self.warmup + 1)
            else:
                g["lr"] = base * self.gamma ** (epoch - self.warmup)
        return self.opt.param_groups[0]["lr"]


def sparsity_report(model):
    mask = model.proj.mask
    dead = int((mask == 0).sum())
    return {"units": int(mask.numel()), "dead": dead, "density": 1 - dead / mask.numel()}


def residual_summary(model, data, bs):
    """Mean and spread of one-step residuals per series (no gradients)."""
    model.eval()
    res = []
    with torch.no_grad():
        for x, y in batches(data, bs, False):
            res.append((model(x) - y).abs().mean(dim=1))
    res = torch.cat(res)
    return {"mae": res.mean().item(), "mae_std": res.std().item() if len(res) > 1 else 0.0}


# ---------------------------------------------------------------------------
def report(history):
    rows = [asdict(s) for s in history]
    width = max(len(k) for k in rows[0])
    for r in rows:
        logger.info(" | ".join(f"{k:>{width}}={v}" for k, v in r.items() if k != "notes"))
    return rows


def sanity_checks(model, data):
    x, _ = data
    model.eval()
    with torch.no_grad():
        out = model(x[:2])
    assert out.shape == (2, x.shape[1]), out.shape
    assert torch.isfinite(out).all()


def main(argv=None):
    args = get_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="[%(levelname)s] %(message)s", stream=sys.stdout)
    cfg = configure(args)
    seed_everything(cfg["train"]["seed"])
    x, y = synth_windchest(cfg)
    train_data, val_data = train_val_split(x, y, cfg["data"]["val_frac"])
    model = build(cfg)
    trainer = PruningForecaster(model, cfg)
    history = trainer.fit(train_data, val_data)
    sanity_checks(model, val_data)
    rows = report(history)
    logger.info("sparsity %s", sparsity_report(model))
    logger.info("residuals %s", residual_summary(model, val_data, cfg["train"]["batch_size"]))
    print("final val mse", round(rows[-1]["val_mse"], 4), "pruned", rows[-1]["pruned"])


if __name__ == "__main__":
    main()
