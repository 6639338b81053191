# expect: crash
"""Paragliding launch logs: flight-duration and cloudbase prediction.

Research code for the club's launch-window study. Each sample is the
30-minute sequence of launch-site readings (wind speed, wind direction as
sin/cos, thermal index, temperature) before a pilot launched; the targets
are the flight duration in minutes and whether the pilot reached cloudbase.

    python paragliding_launch_logs.py --epochs 3 --hidden 12

Everything is synthetic here; the real logs are not public.
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

logger = logging.getLogger("launchlogs")

DEFAULT_CONFIG = {
    "data": {
        "n_train": 48,
        "n_val": 12,
        "n_test": 12,
        "n_recent": 8,
        "seq_len": 10,
        "n_features": 5,
        "noise": 0.1,
    },
    "model": {
        "hidden": 12,
        "layers": 1,
        "dropout": 0.0,
        "attn_pool": True,
    },
    "optim": {
        "lr": 3e-3,
        "weight_decay": 1e-4,
        "clip": 1.0,
        "batch_size": 8,
    },
    "loss": {
        "duration_weight": 1.0,
        "cloudbase_weight": 0.5,
    },
    "schedule": {
        "epochs": 3,
        "patience": 2,
        "finetune_steps": 2,
        "finetune_lr": 5e-4,
    },
    "seed": 17,
}

FEATURES = ["wind_speed", "wind_sin", "wind_cos", "thermal_index", "temperature"]


# ---------------------------------------------------------------------------
# utilities
# ---------------------------------------------------------------------------

def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def merge_config(base, overrides):
    out = copy.deepcopy(base)
    for key, value in overrides.items():
        section, _, name = key.partition(".")
        if name:
            out[section][name] = value
        else:
            out[section] = value
    return out


def config_from_args(args):
    overrides = {}
    if args.epochs is not None:
        overrides["schedule.epochs"] = args.epochs
    if args.hidden is not None:
        overrides["model.hidden"] = args.hidden
    if args.lr is not None:
        overrides["optim.lr"] = args.lr
    if args.seed is not None:
        overrides["seed"] = args.seed
    return merge_config(DEFAULT_CONFIG, overrides)


class AverageMeter:
    def __init__(self):
        self.sum = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.sum += float(value) * n
        self.count += n

    @property
    def avg(self):
        return self.sum / max(self.count, 1)


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.t0
        return False


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------

def synth_launches(n, seq_len, noise, site_bias=0.0):
    t = torch.linspace(0, 1, seq_len)
    speed = 3 + 2 * torch.rand(n, 1) + 0.5 * torch.randn(n, seq_len)
    angle = torch.rand(n, 1) * 2 * math.pi + 0.2 * torch.randn(n, seq_len)
    thermal = torch.sigmoid(4 * (t - torch.rand(n, 1))) + site_bias
    temp = 15 + 10 * torch.rand(n, 1) + 2 * t
    x = torch.stack([speed / 5, torch.sin(angle), torch.cos(angle), thermal, temp / 25], dim=-1)
    x = x + noise * torch.randn_like(x)
    head_wind = (speed * torch.cos(angle)).mean(1)
    duration = 20 + 40 * thermal[:, -1] + 3 * head_wind.clamp(min=0) - 4 * (speed.mean(1) - 4).clamp(min=0)
    cloudbase = (thermal[:, -1] + 0.1 * torch.randn(n) > 0.6).float()
    return x, duration, cloudbase


class LaunchDataset(torch.utils.data.Dataset):
    def __init__(self, x, duration, cloudbase):
        self.x, self.duration, self.cloudbase = x, duration, cloudbase

    def __len__(self):
        return len(self.x)

    def __getitem__(self, i):
        return self.x[i], self.duration[i], self.cloudbase[i]


def build_loaders(cfg):
    d = cfg["data"]
    bs = cfg["optim"]["batch_size"]
    splits = {}
    for name, n, bias in [("train", d["n_train"], 0.0), ("val", d["n_val"], 0.0),
                          ("test", d["n_test"], 0.0), ("recent", d["n_recent"], 0.15)]:
        ds = LaunchDataset(*synth_launches(n, d["seq_len"], d["noise"], site_bias=bias))
        splits[name] = torch.utils.data.DataLoader(ds, batch_size=bs, shuffle=(name == "train"))
    return splits


def feature_stats(loader):
    xs = torch.cat([x for x, _, _ in loader])
    return xs.mean(dim=(0, 1)), xs.std(dim=(0, 1)) + 1e-6


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------

class AttentionPool(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.score = nn.Linear(dim, 1)

    def forward(self, h):
        w = torch.softmax(self.score(h).squeeze(-1), dim=1)
        return (w.unsqueeze(-1) * h).sum(1), w


class LaunchWindowModel(nn.Module):
    def __init__(self, n_features, hidden, layers=1, dropout=0.0, attn_pool=True, mean=None, std=None):
        super().__init__()
        self.register_buffer("mean", mean if mean is not None else torch.zeros(n_features))
        self.register_buffer("std", std if std is not None else torch.ones(n_features))
        self.rnn = nn.LSTM(n_features, hidden, num_layers=layers, batch_first=True,
                           dropout=dropout if layers > 1 else 0.0)
        self.attn_pool = attn_pool
        self.pool = AttentionPool(hidden)
        self.duration_head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))
        self.cloudbase_head = nn.Linear(hidden, 1)

    def forward(self, x, return_attn=False):
        x = (x - self.mean) / self.std
        h, _ = self.rnn(x)
        if self.attn_pool:
            z, w = self.pool(h)
        else:
            z, w = h[:, -1], None
        out = self.duration_head(z).squeeze(-1), self.cloudbase_head(z).squeeze(-1)
        return (out, w) if return_attn else out


def build_model(cfg, mean, std):
    m = cfg["model"]
    return LaunchWindowModel(cfg["data"]["n_features"], m["hidden"], m["layers"], m["dropout"],
                             m["attn_pool"], mean, std)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ---------------------------------------------------------------------------
# losses and metrics
# ---------------------------------------------------------------------------

def multitask_loss(outputs, duration, cloudbase, cfg):
    pred_dur, logit_cb = outputs
    l_dur = F.smooth_l1_loss(pred_dur, duration / 60.0)
    l_cb = F.binary_cross_entropy_with_logits(logit_cb, cloudbase)
    w = cfg["loss"]
    return w["duration_weight"] * l_dur + w["cloudbase_weight"] * l_cb, {"dur": l_dur.item(), "cb": l_cb.item()}


def regression_metrics(pred, target):
    err = pred - target
    return {"mae": err.abs().mean().item(), "rmse": err.pow(2).mean().sqrt().item()}


def brier_and_ece(prob, target, n_bins=5):
    brier = (prob - target).pow(2).mean().item()
    bins = torch.linspace(0, 1, n_bins + 1)
    ece = 0.0
    for lo, hi in zip(bins[:-1], bins[1:]):
        m = (prob >= lo) & (prob < hi)
        if m.any():
            ece += m.float().mean().item() * abs(prob[m].mean().item() - target[m].mean().item())
    return {"brier": brier, "ece": ece}


# ---------------------------------------------------------------------------
# train / eval
# ---------------------------------------------------------------------------

def train_one_epoch(model, loader, optimizer, cfg, epoch):
    model.train()
    meters = defaultdict(AverageMeter)
    for step, (x, dur, cb) in enumerate(loader):
        loss, parts = multitask_loss(model(x), dur, cb, cfg)
        optimizer.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        optimizer.step()
        meters["loss"].update(loss.item(), len(x))
        for k, v in parts.items():
            meters[k].update(v, len(x))
    logger.info("epoch %d train loss %.4f", epoch, meters["loss"].avg)
    return {k: m.avg for k, m in meters.items()}


@torch.no_grad()
def evaluate(model, loader, cfg, split="val"):
    model.eval()
    preds, probs, durs, cbs = [], [], [], []
    loss_meter = AverageMeter()
    for x, dur, cb in loader:
        outputs = model(x)
        loss, _ = multitask_loss(outputs, dur, cb, cfg)
        loss_meter.update(loss.item(), len(x))
        preds.append(outputs[0] * 60.0)
        probs.append(torch.sigmoid(outputs[1]))
        durs.append(dur)
        cbs.append(cb)
    metrics = {"loss": loss_meter.avg}
    metrics.update(regression_metrics(torch.cat(preds), torch.cat(durs)))
    metrics.update(brier_and_ece(torch.cat(probs), torch.cat(cbs)))
    logger.info("%s: %s", split, json.dumps({k: round(v, 4) for k, v in metrics.items()}))
    return metrics


def feature_importance(model, loader):
    """Mean |d duration / d input| per feature, cuDNN off for the gradient pass."""
    totals = torch.zeros(len(FEATURES))
    was_training = model.training
    model.eval()
    with torch.backends.cudnn.flags(enabled=False):
        for x, _, _ in loader:
            x = x.clone().requires_grad_(True)
            dur, _ = model(x)
            (g,) = torch.autograd.grad(dur.sum(), x)
            totals += g.abs().mean(dim=(0, 1))
    model.train(was_training)
    return dict(zip(FEATURES, (totals / len(loader)).tolist()))


def attention_profile(model, loader):
    model.eval()
    with torch.no_grad():
        ws = [model(x, return_attn=True)[1] for x, _, _ in loader]
    if ws[0] is None:
        return None
    return torch.cat(ws).mean(0).tolist()


class EarlyStopping:
    def __init__(self, patience, path):
        self.patience = patience
        self.path = path
        self.best = float("inf")
        self.bad_epochs = 0

    def step(self, value, model):
        if value < self.best - 1e-6:
            self.best = value
            self.bad_epochs = 0
            torch.save(model.state_dict(), self.path)
            return False
        self.bad_epochs += 1
        return self.bad_epochs >= self.patience

    def restore(self, model):
        model.load_state_dict(torch.load(self.path))


def finetune_recent(model, loader, cfg):
    """A couple of low-LR steps on launches from the new take-off, this season."""
    opt = torch.optim.SGD(model.parameters(), lr=cfg["schedule"]["finetune_lr"], momentum=0.9)
    history = []
    for _ in range(cfg["schedule"]["finetune_steps"]):
        for x, dur, cb in loader:
            loss, _ = multitask_loss(model(x), dur, cb, cfg)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            history.append(loss.item())
    return history


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--no-finetune", action="store_true")
    p.add_argument("--log-level", default="INFO")
    return p.parse_args()


def run(cfg, do_finetune=True):
    set_seed(cfg["seed"])
    loaders = build_loaders(cfg)
    mean, std = feature_stats(loaders["train"])
    model = build_model(cfg, mean, std)
    logger.info("model has %d parameters", count_parameters(model))
    optimizer = torch.optim.AdamW(model.parameters(), lr=cfg["optim"]["lr"],
                                  weight_decay=cfg["optim"]["weight_decay"])
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=cfg["schedule"]["epochs"])

    fd, ckpt_path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    stopper = EarlyStopping(cfg["schedule"]["patience"], ckpt_path)
    results = {"epochs": []}
    try:
        for epoch in range(cfg["schedule"]["epochs"]):
            with Timer() as t:
                train_stats = train_one_epoch(model, loaders["train"], optimizer, cfg, epoch)
                val_stats = evaluate(model, loaders["val"], cfg, "val")
            scheduler.step()
            results["epochs"].append({"epoch": epoch, "train": train_stats, "val": val_stats,
                                      "seconds": round(t.elapsed, 3)})
            if stopper.step(val_stats["loss"], model):
                logger.info("early stop at epoch %d", epoch)
                break
        stopper.restore(model)
        results["importance"] = feature_importance(model, loaders["val"])
        results["test"] = evaluate(model, loaders["test"], cfg, "test")
        results["attention"] = attention_profile(model, loaders["test"])
        if do_finetune:
            results["finetune"] = finetune_recent(model, loaders["recent"], cfg)
            results["recent"] = evaluate(model, loaders["recent"], cfg, "recent")
    finally:
        os.remove(ckpt_path)
    return results


def summarise(results):
    lines = []
    best = min(results["epochs"], key=lambda r: r["val"]["loss"])
    lines.append(f"best epoch {best['epoch']} val loss {best['val']['loss']:.4f}")
    lines.append(f"test MAE {results['test']['mae']:.2f} min, brier {results['test']['brier']:.3f}")
    top = sorted(results["importance"].items(), key=lambda kv: -kv[1])[:2]
    lines.append("top features: " + ", ".join(f"{k}={v:.3f}" for k, v in top))
    if "recent" in results:
        lines.append(f"recent-site MAE after finetune {results['recent']['mae']:.2f}")
    return "\n".join(lines)


def main():
    args = parse_args()
    logging.basicConfig(level=getattr(logging, args.log_level), format="%(levelname)s %(name)s: %(message)s")
    cfg = config_from_args(args)
    logger.info("config: %s", json.dumps(cfg))
    results = run(cfg, do_finetune=not args.no_finetune)
    print(summarise(results))


if __name__ == "__main__":
    main()
