# expect: crash
"""Carillon strike timing.

Research script for modelling the timing drift of a carillonneur: given the
sequence of baton presses (bell index, press force, hand, inter-onset interval
of the previous strikes), predict the deviation in milliseconds of the next
strike from the score's nominal onset.

Pipeline
--------
* synthetic "recitals" (the tower recordings are not public),
* a bidirectional-context LSTM encoder over the past strikes,
* training with hard-example replay: after each epoch's main pass the worst
  recitals of a held-in pool are replayed for a few extra steps,
* a small metrics suite (MAE, RMSE, within-tolerance rate, per-hand MAE),
* JSON-ish summary at the end.

Usage::

    python long_carillon_strike_timing.py --epochs 3 --hidden 12
"""
import argparse
import json
import logging
import math
import random
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOGGER = logging.getLogger("carillon")

DEFAULT_CONFIG = {
    "n_bells": 23,
    "seq_len": 12,
    "n_train": 24,
    "n_val": 8,
    "batch_size": 6,
    "hidden": 12,
    "emb": 6,
    "layers": 1,
    "dropout": 0.1,
    "lr": 3e-3,
    "weight_decay": 1e-5,
    "epochs": 2,
    "replay_k": 4,
    "replay_steps": 2,
    "tolerance_ms": 15.0,
    "grad_clip": 1.0,
    "seed": 1234,
}


# ---------------------------------------------------------------------------
# utilities
# ---------------------------------------------------------------------------

def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
    )


class AverageMeter:
    def __init__(self, name):
        self.name = name
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

    def __repr__(self):
        return f"{self.name}={self.avg:.4f}"


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

def make_recital(cfg, gen):
    """One recital excerpt: (bells, features, target deviation in ms, hand ids)."""
    t = cfg["seq_len"]
    bells = torch.randint(0, cfg["n_bells"], (t,), generator=gen)
    force = torch.rand(t, generator=gen)
    hand = torch.randint(0, 2, (t,), generator=gen)
    ioi = 0.2 + 0.3 * torch.rand(t, generator=gen)
    # heavy (low) bells are struck earlier to compensate for clapper flight time
    heaviness = 1.0 - bells.float() / cfg["n_bells"]
    feats = torch.stack([force, hand.float(), ioi, heaviness], -1)
    target = -25.0 * heaviness[-1] + 10.0 * (force[-1] - 0.5) + 5.0 * torch.randn((), generator=gen)
    return bells, feats, target, hand[-1]


def make_split(cfg, n, seed):
    gen = torch.Generator().manual_seed(seed)
    items = [make_recital(cfg, gen) for _ in range(n)]
    bells = torch.stack([i[0] for i in items])
    feats = torch.stack([i[1] for i in items])
    target = torch.stack([i[2] for i in items])
    hand = torch.stack([i[3] for i in items])
    return {"bells": bells, "feats": feats, "target": target, "hand": hand}


def batches(split, batch_size, shuffle=True):
    n = split["target"].shape[0]
    order = list(range(n))
    if shuffle:
        random.shuffle(order)
    for i in range(0, n, batch_size):
        idx = torch.tensor(order[i : i + batch_size])
        yield {k: v[idx] for k, v in split.items()}, idx


def subset(split, idx):
    return {k: v[idx] for k, v in split.items()}


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------

class StrikeEncoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.bell_emb = nn.Embedding(cfg["n_bells"], cfg["emb"])
        self.inp = nn.Linear(cfg["emb"] + 4, cfg["hidden"])
        self.lstm = nn.LSTM(
            cfg["hidden"],
            cfg["hidden"],
            num_layers=cfg["layers"],
            batch_first=True,
            dropout=cfg["dropout"] if cfg["layers"] > 1 else 0.0,
        )
        self.drop = nn.Dropout(cfg["dropout"])

    def forward(self, bells, feats):
        x = torch.cat([self.bell_emb(bells), feats], -1)
        seq, (h, _) = self.lstm(torch.relu(self.inp(x)))
        return self.drop(h[-1]), seq


class DeviationHead(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.mlp = nn.Sequential(nn.Linear(hidden, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, h):
        return self.mlp(h).squeeze(-1)


class StrikeTimingModel(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.encoder = StrikeEncoder(cfg)
        self.head = DeviationHead(cfg["hidden"])

    def forward(self, batch):
        h, _ = self.encoder(batch["bells"], batch["feats"])
        return self.head(h)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ---------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------

def timing_metrics(pred, target, hand, tolerance):
    err = pred - target
    out = {
        "mae": err.abs().mean().item(),
        "rmse": math.sqrt((err ** 2).mean().item()),
        "within_tol": (err.abs() <= tolerance).float().mean().item(),
    }
    for h, name in ((0, "left"), (1, "right")):
        mask = hand == h
        out[f"mae_{name}"] = err[mask].abs().mean().item() if mask.any() else float("nan")
    return out


def merge_metrics(history, epoch, prefix, metrics):
    for k, v in metrics.items():
        history[f"{prefix}/{k}"].append((epoch, v))


# ---------------------------------------------------------------------------
# training
# ---------------------------------------------------------------------------

def loss_fn(pred, target):
    # Huber in milliseconds: timing outliers (missed presses) should not dominate
    return F.huber_loss(pred, target, delta=10.0)


def train_one_epoch(model, split, opt, cfg, epoch):
    model.train()
    meter = AverageMeter("train_loss")
    for batch, _ in batches(split, cfg["batch_size"]):
        opt.zero_grad()
        loss = loss_fn(model(batch), batch["target"])
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["grad_clip"])
        opt.step()
        meter.update(loss.item(), batch["target"].shape[0])
    LOGGER.debug("epoch %d %s", epoch, meter)
    return meter.avg


@torch.no_grad()
def evaluate(model, split, cfg):
    model.eval()
    preds = []
    for batch, _ in batches(split, cfg["batch_size"], shuffle=False):
        preds.append(model(batch))
    pred = torch.cat(preds)
    return timing_metrics(pred, split["target"], split["hand"], cfg["tolerance_ms"])


@torch.no_grad()
def per_example_losses(model, split, cfg):
    model.eval()
    losses = []
    for batch, _ in batches(split, cfg["batch_size"], shuffle=False):
        losses.append(F.huber_loss(model(batch), batch["target"], delta=10.0, reduction="none"))
    return torch.cat(losses)


def mine_hard_examples(model, split, cfg):
    losses = per_example_losses(model, split, cfg)
    k = min(cfg["replay_k"], losses.numel())
    worst = losses.topk(k).indices
    LOGGER.debug("hard examples %s (loss %.3f..%.3f)", worst.tolist(), losses[worst].min(), losses[worst].max())
    return worst


def replay_hard(model, split, idx, opt, cfg):
    hard = subset(split, idx)
    last = float("nan")
    for _ in range(cfg["replay_steps"]):
        opt.zero_grad()
        loss = loss_fn(model(hard), hard["target"])
        loss.backward()  # TM001-here
        nn.utils.clip_grad_norm_(model.parameters(), cfg["grad_clip"])
        opt.step()
        last = loss.item()
    return last


def build_optimizer(model, cfg):
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (no_decay if name.endswith("bias") or "emb" in name else decay).append(p)
    return torch.optim.AdamW(
        [{"params": decay, "weight_decay": cfg["weight_decay"]}, {"params": no_decay, "weight_decay": 0.0}],
        lr=cfg["lr"],
    )


def fit(cfg):
    train = make_split(cfg, cfg["n_train"], cfg["seed"])
    val = make_split(cfg, cfg["n_val"], cfg["seed"] + 1)
    model = StrikeTimingModel(cfg)
    LOGGER.info("model has %d trainable parameters", count_parameters(model))
    opt = build_optimizer(model, cfg)
    history = defaultdict(list)
    best = {"epoch": -1, "mae": float("inf")}
    for epoch in range(cfg["epochs"]):
        with Timer() as t:
            train_loss = train_one_epoch(model, train, opt, cfg, epoch)
            hard_idx = mine_hard_examples(model, train, cfg)
            replay_loss = replay_hard(model, train, hard_idx, opt, cfg)
        val_metrics = evaluate(model, val, cfg)
        merge_metrics(history, epoch, "val", val_metrics)
        history["train/loss"].append((epoch, train_loss))
        history["train/replay_loss"].append((epoch, replay_loss))
        LOGGER.info(
            "epoch %d train %.3f replay %.3f val mae %.2f ms within %.0f%% (%.2fs)",
            epoch,
            train_loss,
            replay_loss,
            val_metrics["mae"],
            100 * val_metrics["within_tol"],
            t.elapsed,
        )
        if val_metrics["mae"] < best["mae"]:
            best = {"epoch": epoch, "mae": val_metrics["mae"]}
    return model, dict(history), best


# ---------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------

def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=DEFAULT_CONFIG["epochs"])
    p.add_argument("--hidden", type=int, default=DEFAULT_CONFIG["hidden"])
    p.add_argument("--lr", type=float, default=DEFAULT_CONFIG["lr"])
    p.add_argument("--replay-k", type=int, default=DEFAULT_CONFIG["replay_k"])
    p.add_argument("--seed", type=int, default=DEFAULT_CONFIG["seed"])
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--summary", action="store_true", help="print a JSON summary")
    return p.parse_args(argv)


def config_from_args(args):
    cfg = dict(DEFAULT_CONFIG)
    cfg.update(epochs=args.epochs, hidden=args.hidden, lr=args.lr, replay_k=args.replay_k, seed=args.seed)
    return cfg


def summarise(history, best):
    last = {k: v[-1][1] for k, v in history.items()}
    return {"best": best, "last": last}


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = config_from_args(args)
    set_seed(cfg["seed"])
    LOGGER.info("config: %s", json.dumps(cfg, sort_keys=True))
    model, history, best = fit(cfg)
    summary = summarise(history, best)
    if args.summary:
        print(json.dumps(summary, indent=2, default=float))
    else:
        LOGGER.info("best epoch %d, val mae %.2f ms", best["epoch"], best["mae"])
    return summary


if __name__ == "__main__":
    main()
