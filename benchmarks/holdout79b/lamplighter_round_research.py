# expect: crash
"""Lamplighter rounds: forecast the minutes each gas lamp on a round takes to light,
from the previous nights' weather and wick readings.

Research script. Two stages:
  1. train on the training nights with early stopping on validation MAE,
     reloading the best weights when patience runs out;
  2. fine-tune the best weights on train+validation for a few epochs at a low LR,
     then report test metrics.

    python lamplighter_round_research.py --epochs 3 --hidden 12
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

log = logging.getLogger("lamplighter")

CONFIG = {
    "seed": 11,
    "n_lamps": 9,
    "n_feat": 4,
    "seq_len": 8,
    "batch_size": 4,
    "hidden": 10,
    "layers": 1,
    "dropout": 0.0,
    "lr": 5e-3,
    "ft_lr": 1e-3,
    "weight_decay": 1e-5,
    "epochs": 3,
    "ft_epochs": 2,
    "patience": 1,
    "clip": 1.0,
    "n_train": 24,
    "n_val": 8,
    "n_test": 8,
}


# --------------------------------------------------------------------------- utils
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.sum, self.n = 0.0, 0

    def update(self, value, n=1):
        self.sum += value * n
        self.n += n

    @property
    def avg(self):
        return self.sum / max(self.n, 1)


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.t0
        return False


# --------------------------------------------------------------------------- data
def synth_nights(n, cfg, gen):
    """Weather + wick features per night, target = minutes to light each lamp."""
    x = torch.randn(n, cfg["seq_len"], cfg["n_feat"], generator=gen)
    lamp = torch.randint(0, cfg["n_lamps"], (n, cfg["seq_len"]), generator=gen)
    wind = x[..., 0].abs()
    y = 2.0 + 0.5 * wind + 0.1 * lamp.float() + 0.05 * torch.randn(n, cfg["seq_len"], generator=gen)
    return x, lamp, y


def batches(data, bs, shuffle, gen=None):
    x, lamp, y = data
    idx = torch.randperm(x.size(0), generator=gen) if shuffle else torch.arange(x.size(0))
    for i in range(0, x.size(0), bs):
        j = idx[i:i + bs]
        yield x[j], lamp[j], y[j]


def concat(a, b):
    return tuple(torch.cat([u, v]) for u, v in zip(a, b))


def normalise(train, *others):
    mu = train[0].mean(dim=(0, 1), keepdim=True)
    sd = train[0].std(dim=(0, 1), keepdim=True) + 1e-6
    out = [(train[0] - mu) / sd, train[1], train[2]]
    rest = [((o[0] - mu) / sd, o[1], o[2]) for o in others]
    return (tuple(out), *rest)


# --------------------------------------------------------------------------- model
class LampEmbedding(nn.Module):
    def __init__(self, n_lamps, dim):
        super().__init__()
        self.emb = nn.Embedding(n_lamps, dim)

    def forward(self, lamp):
        return self.emb(lamp)


class RoundForecaster(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        h = cfg["hidden"]
        self.lamp = LampEmbedding(cfg["n_lamps"], 4)
        self.inp = nn.Linear(cfg["n_feat"] + 4, h)
        self.rnn = nn.LSTM(h, h, num_layers=cfg["layers"], dropout=cfg["dropout"], batch_first=True)
        self.norm = nn.LayerNorm(h)
        self.out = nn.Linear(h, 1)

    def forward(self, x, lamp):
        z = torch.relu(self.inp(torch.cat([x, self.lamp(lamp)], -1)))
        h, _ = self.rnn(z)
        return self.out(self.norm(h)).squeeze(-1)


def count_params(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------- metrics
def mae(pred, y):
    return (pred - y).abs().mean().item()


def rmse(pred, y):
    return math.sqrt(F.mse_loss(pred, y).item())


def within(pred, y, tol=0.25):
    return ((pred - y).abs() < tol).float().mean().item()


METRICS = {"mae": mae, "rmse": rmse, "within_0.25": within}


# --------------------------------------------------------------------------- loops
def train_one_epoch(model, data, opt, cfg, gen):
    model.train()
    meter = AverageMeter()
    for x, lamp, y in batches(data, cfg["batch_size"], True, gen):
        opt.zero_grad()
        loss = F.smooth_l1_loss(model(x, lamp), y)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        meter.update(loss.item(), x.size(0))
    return meter.avg


@torch.no_grad()
def evaluate(model, data, cfg):
    model.eval()
    preds, ys = [], []
    for x, lamp, y in batches(data, cfg["batch_size"], False):
        preds.append(model(x, lamp))
        ys.append(y)
    pred, y = torch.cat(preds), torch.cat(ys)
    return {k: fn(pred, y) for k, fn in METRICS.items()}


class EarlyStopper:
    def __init__(self, patience, path):
        self.patience = patience
        self.path = path
        self.best = float("inf")
        self.bad = 0

    def step(self, model, score):
        if score < self.best - 1e-6:
            self.best, self.bad = score, 0
            torch.save(model.state_dict(), self.path)
            return False
        self.bad += 1
        return self.bad > self.patience

    def restore(self, model):
        model.load_state_dict(torch.load(self.path))
        return model


def finetune(model, data, cfg, gen):
    """Low-LR pass over train+val with the restored weights."""
    opt = torch.optim.SGD(model.parameters(), lr=cfg["ft_lr"], momentum=0.9)
    hist = []
    for ep in range(cfg["ft_epochs"]):
        meter = AverageMeter()
        for x, lamp, y in batches(data, cfg["batch_size"], True, gen):
            opt.zero_grad()
            loss = F.smooth_l1_loss(model(x, lamp), y)
            loss.backward()  # TM001-here
            opt.step()
            meter.update(loss.item(), x.size(0))
        hist.append(meter.avg)
        log.info("finetune epoch %d loss %.4f", ep, meter.avg)
    return hist


# --------------------------------------------------------------------------- reporting
def summarise(history):
    out = defaultdict(list)
    for row in history:
        for k, v in row.items():
            out[k].append(v)
    return {k: (min(v), max(v)) for k, v in out.items() if isinstance(v[0], float)}


def write_report(path, payload):
    with open(path, "w") as f:
        json.dump(payload, f, indent=2, sort_keys=True)
    return os.path.getsize(path)


# --------------------------------------------------------------------------- main
def parse_args():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    p.add_argument("--ft-epochs", type=int, default=CONFIG["ft_epochs"])
    p.add_argument("--hidden", type=int, default=CONFIG["hidden"])
    p.add_argument("--lr", type=float, default=CONFIG["lr"])
    p.add_argument("--patience", type=int, default=CONFIG["patience"])
    p.add_argument("--seed", type=int, default=CONFIG["seed"])
    p.add_argument("--verbose", action="store_true")
    return p.parse_args()


def build_config(args):
    cfg = dict(CONFIG)
    cfg.update(epochs=args.epochs, ft_epochs=args.ft_epochs, hidden=args.hidden,
               lr=args.lr, patience=args.patience, seed=args.seed)
    return cfg


def main():
    args = parse_args()
    setup_logging(args.verbose)
    cfg = build_config(args)
    set_seed(cfg["seed"])
    gen = torch.Generator().manual_seed(cfg["seed"])

    train = synth_nights(cfg["n_train"], cfg, gen)
    val = synth_nights(cfg["n_val"], cfg, gen)
    test = synth_nights(cfg["n_test"], cfg, gen)
    train, val, test = normalise(train, val, test)

    model = RoundForecaster(cfg)
    log.info("model has %d parameters", count_params(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])

    workdir = tempfile.mkdtemp(prefix="lamplighter_")
    ckpt = os.path.join(workdir, "best.pt")
    stopper = EarlyStopper(cfg["patience"], ckpt)
    history = []
    try:
        with Timer() as t:
            for epoch in range(cfg["epochs"]):
                tr_loss = train_one_epoch(model, train, opt, cfg, gen)
                val_metrics = evaluate(model, val, cfg)
                row = {"epoch": epoch, "train_loss": tr_loss, **{f"val_{k}": v for k, v in val_metrics.items()}}
                history.append(row)
                log.info("epoch %d train %.4f val_mae %.4f", epoch, tr_loss, val_metrics["mae"])
                if stopper.step(model, val_metrics["mae"]):
                    log.info("early stop at epoch %d", epoch)
                    break
        log.info("stage 1 took %.2fs, best val mae %.4f", t.elapsed, stopper.best)

        stopper.restore(model)
        before = evaluate(model, test, cfg)
        ft_hist = finetune(model, concat(train, val), cfg, gen)
        after = evaluate(model, test, cfg)

        report = {
            "config": cfg,
            "ranges": summarise(history),
            "test_before_ft": before,
            "test_after_ft": after,
            "ft_loss": ft_hist,
        }
        size = write_report(os.path.join(workdir, "report.json"), report)
        log.info("report written (%d bytes)", size)
        print(json.dumps({"before": before, "after": after}, indent=1))
    finally:
        for name in ("best.pt", "report.json"):
            path = os.path.join(workdir, name)
            if os.path.exists(path):
                os.remove(path)
        os.rmdir(workdir)


if __name__ == "__main__":
    main()
