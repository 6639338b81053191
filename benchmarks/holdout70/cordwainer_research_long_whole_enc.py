# expect: clean
"""Cordwainer: last-wear forecasting from insole pressure sequences.

Research script: argparse, logging, a config dict, metrics, partial freezing by module name
after a warm-up phase, then fine-tuning with a cosine schedule and early stopping.
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
from torch import nn

LOG = logging.getLogger("cordwainer")

DEFAULT_CONFIG = {
    "seed": 7,
    "n_sensors": 6,
    "seq_len": 10,
    "hidden": 8,
    "emb_dim": 4,
    "n_wearers": 5,
    "batch_size": 4,
    "n_train_batches": 3,
    "n_val_batches": 2,
    "warmup_epochs": 1,
    "finetune_epochs": 2,
    "lr": 5e-3,
    "finetune_lr": 1e-3,
    "weight_decay": 1e-4,
    "clip": 1.0,
    "patience": 2,
    "freeze_patterns": ["wearer", "pressure_enc"],
    "dropout": 0.1,
}


# ----------------------------------------------------------------------------- utils
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--config", type=str, default=None, help="JSON file overriding the defaults")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--finetune-epochs", type=int, default=None)
    ap.add_argument("--log-level", default="WARNING")
    ap.add_argument("--dump-metrics", action="store_true")
    return ap.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULT_CONFIG)
    if args.config:
        with open(args.config) as fh:
            cfg.update(json.load(fh))
    if args.seed is not None:
        cfg["seed"] = args.seed
    if args.finetune_epochs is not None:
        cfg["finetune_epochs"] = args.finetune_epochs
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


def mae(pred, target):
    return (pred - target).abs().mean().item()


def rmse(pred, target):
    return math.sqrt(((pred - target) ** 2).mean().item())


def smape(pred, target, eps=1e-6):
    num = (pred - target).abs()
    den = (pred.abs() + target.abs()).clamp_min(eps)
    return (2 * num / den).mean().item()


METRICS = {"mae": mae, "rmse": rmse, "smape": smape}


# ----------------------------------------------------------------------------- data
def synth_batch(cfg, generator):
    b, t, s = cfg["batch_size"], cfg["seq_len"], cfg["n_sensors"]
    pressure = torch.randn(b, t, s, generator=generator)
    wearer = torch.randint(0, cfg["n_wearers"], (b,), generator=generator)
    wear = pressure.abs().mean((1, 2)) + 0.1 * wearer.float()
    return pressure, wearer, wear


def make_split(cfg, n_batches, seed):
    g = torch.Generator().manual_seed(seed)
    return [synth_batch(cfg, g) for _ in range(n_batches)]


def describe_split(split):
    sizes = [b[0].shape[0] for b in split]
    return {"batches": len(split), "examples": sum(sizes)}


# ----------------------------------------------------------------------------- model
class PressureEncoder(nn.Module):
    def __init__(self, n_sensors, hidden, dropout):
        super().__init__()
        self.inp = nn.Linear(n_sensors, hidden)
        self.drop = nn.Dropout(dropout)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)

    def forward(self, x):
        h, _ = self.rnn(self.drop(torch.relu(self.inp(x))))
        return h


class LastWearModel(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.wearer = nn.Embedding(cfg["n_wearers"], cfg["emb_dim"])
        self.pressure_enc = PressureEncoder(cfg["n_sensors"], cfg["hidden"], cfg["dropout"])
        self.attn = nn.Linear(cfg["hidden"], 1)
        self.head = nn.Sequential(
            nn.Linear(cfg["hidden"] + cfg["emb_dim"], cfg["hidden"]),
            nn.ReLU(),
            nn.Linear(cfg["hidden"], 1),
        )

    def forward(self, pressure, wearer):
        h = self.pressure_enc(pressure)
        w = torch.softmax(self.attn(h), dim=1)
        pooled = (w * h).sum(1)
        z = torch.cat([pooled, self.wearer(wearer)], dim=-1)
        return self.head(z).squeeze(-1)


def count_parameters(model, trainable_only=False):
    return sum(p.numel() for p in model.parameters() if p.requires_grad or not trainable_only)


def freeze_by_name(model, patterns):
    frozen = []
    for name, module in model.named_modules():
        if name and any(name == pat or name.startswith(pat + ".") for pat in patterns):
            for p in module.parameters(recurse=False):
                p.requires_grad_(False)
            module.eval()
            frozen.append(name)
    return frozen


# ----------------------------------------------------------------------------- loops
def train_epoch(model, batches, opt, cfg, scheduler=None):
    meter = AverageMeter()
    for pressure, wearer, wear in batches:
        pred = model(pressure, wearer)
        loss = nn.functional.smooth_l1_loss(pred, wear)
        opt.zero_grad()
        loss.backward()
        if cfg["clip"]:
            nn.utils.clip_grad_norm_([p for p in model.parameters() if p.requires_grad], cfg["clip"])
        opt.step()
        if scheduler is not None:
            scheduler.step()
        meter.update(loss.item(), pressure.shape[0])
    return meter.avg


@torch.no_grad()
def evaluate(model, batches):
    was_training = model.training
    model.eval()
    preds, targets = [], []
    for pressure, wearer, wear in batches:
        preds.append(model(pressure, wearer))
        targets.append(wear)
    model.train(was_training)
    pred, target = torch.cat(preds), torch.cat(targets)
    return {name: fn(pred, target) for name, fn in METRICS.items()}


class EarlyStopper:
    def __init__(self, patience, path):
        self.patience = patience
        self.path = path
        self.best = float("inf")
        self.bad = 0

    def step(self, value, model):
        if value < self.best:
            self.best = value
            self.bad = 0
            torch.save(model.state_dict(), self.path)
            return False
        self.bad += 1
        return self.bad >= self.patience

    def restore(self, model):
        if os.path.exists(self.path):
            model.load_state_dict(torch.load(self.path))


def warmup(model, train, val, cfg, history):
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    for epoch in range(cfg["warmup_epochs"]):
        model.train()
        loss = train_epoch(model, train, opt, cfg)
        metrics = evaluate(model, val)
        history["warmup"].append({"epoch": epoch, "loss": loss, **metrics})
        LOG.info("warmup %d loss %.4f mae %.4f", epoch, loss, metrics["mae"])


def finetune(model, train, val, cfg, history, ckpt_path):
    frozen = freeze_by_name(model, cfg["freeze_patterns"])
    LOG.info("frozen modules: %s", frozen)
    LOG.info("trainable params: %d / %d", count_parameters(model, True), count_parameters(model))
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=cfg["finetune_lr"])
    total = cfg["finetune_epochs"] * len(train)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: 0.5 * (1 + math.cos(math.pi * s / max(total, 1))))
    stopper = EarlyStopper(cfg["patience"], ckpt_path)
    for epoch in range(cfg["finetune_epochs"]):
        model.train()
        freeze_by_name(model, cfg["freeze_patterns"])  # keep frozen parts deterministic
        loss = train_epoch(model, train, opt, cfg, sched)
        metrics = evaluate(model, val)
        history["finetune"].append({"epoch": epoch, "loss": loss, **metrics})
        LOG.info("finetune %d loss %.4f rmse %.4f", epoch, loss, metrics["rmse"])
        if stopper.step(metrics["mae"], model):
            LOG.info("early stop at %d", epoch)
            break
    stopper.restore(model)


def summarise(history):
    out = {}
    for phase, rows in history.items():
        if rows:
            out[phase] = {k: rows[-1][k] for k in ("loss", "mae", "rmse", "smape")}
    return out


# ----------------------------------------------------------------------------- main
def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level.upper(), logging.WARNING))
    cfg = build_config(args)
    set_seed(cfg["seed"])
    train = make_split(cfg, cfg["n_train_batches"], cfg["seed"])
    val = make_split(cfg, cfg["n_val_batches"], cfg["seed"] + 1)
    LOG.info("train %s val %s", describe_split(train), describe_split(val))
    model = LastWearModel(cfg)
    history = defaultdict(list)
    fd, ckpt_path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    os.remove(ckpt_path)
    start = time.time()
    try:
        warmup(model, train, val, cfg, history)
        finetune(model, train, val, cfg, history, ckpt_path)
    finally:
        if os.path.exists(ckpt_path):
            os.remove(ckpt_path)
    summary = summarise(history)
    if args.dump_metrics:
        print(json.dumps(summary, indent=2))
    LOG.info("finished in %.2fs", time.time() - start)
    print("done")


if __name__ == "__main__":
    main()
