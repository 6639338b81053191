# expect: clean
"""
Lighthouse lens rotation: predict the drift of the lens carriage period from
the clockwork log (weight height, mercury-bath temperature, wind load on the
lantern, last beat intervals).

Research script. Features:
  * config dict with command-line overrides (argparse),
  * a quick learning-rate range test on a throwaway copy,
  * a curriculum that switches from short to long windows mid-epoch,
  * periodic evaluation inside the batch loop,
  * early stopping that restores the best weights and keeps training with a
    lower learning rate,
  * logging of metrics as JSON lines to a temporary file (deleted at exit).
"""
import argparse
import copy
import functools
import json
import logging
import math
import os
import random
import tempfile

import torch
from torch import nn
from torch.nn import functional as F

log = logging.getLogger("lens")

CONFIG = {
    "seed": 41,
    "n_features": 4,
    "short_len": 6,
    "long_len": 14,
    "hidden": 12,
    "layers": 2,
    "dropout": 0.1,
    "batch_size": 4,
    "train_size": 24,
    "val_size": 8,
    "epochs": 4,
    "lr": 3e-3,
    "eval_every": 2,
    "patience": 0,
    "curriculum_switch": 0.5,   # fraction of an epoch spent on short windows
    "lr_decay_on_restore": 0.5,
    "lr_finder_steps": 6,
}


# ---------------------------------------------------------------- utilities
def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def preserve_mode(fn):
    """Run `fn(model, ...)` and put the model back in the mode it was in."""

    @functools.wraps(fn)
    def wrapper(model, *args, **kwargs):
        was_training = model.training
        try:
            return fn(model, *args, **kwargs)
        finally:
            model.train(was_training)

    return wrapper


class JsonlLogger:
    def __init__(self):
        fd, self.path = tempfile.mkstemp(suffix=".jsonl", prefix="lens_")
        os.close(fd)

    def write(self, **record):
        with open(self.path, "a") as f:
            f.write(json.dumps(record) + "\n")

    def read(self):
        with open(self.path) as f:
            return [json.loads(line) for line in f]

    def close(self):
        if os.path.exists(self.path):
            os.remove(self.path)


class RunningMean:
    def __init__(self):
        self.total, self.n = 0.0, 0

    def add(self, v, k=1):
        self.total += v * k
        self.n += k

    def value(self):
        return self.total / max(self.n, 1)


# --------------------------------------------------------------------- data
def clockwork_log(n, length, n_features, generator):
    x = torch.randn(n, length, n_features, generator=generator)
    temp_effect = 0.4 * x[..., 1].mean(1)
    wind_effect = 0.3 * x[..., 2].abs().mean(1)
    weight_effect = -0.2 * x[:, -1, 0]
    y = temp_effect + wind_effect + weight_effect
    return x, y


class Windows:
    def __init__(self, cfg, size, seed):
        g = torch.Generator().manual_seed(seed)
        self.short = clockwork_log(size, cfg["short_len"], cfg["n_features"], g)
        self.long = clockwork_log(size, cfg["long_len"], cfg["n_features"], g)
        self.size = size

    def batches(self, batch_size, which):
        x, y = self.short if which == "short" else self.long
        for i in range(0, self.size, batch_size):
            yield x[i:i + batch_size], y[i:i + batch_size]

    def n_batches(self, batch_size):
        return math.ceil(self.size / batch_size)


# -------------------------------------------------------------------- model
class LensDrift(nn.Module):
    def __init__(self, n_features, hidden, layers, dropout):
        super().__init__()
        self.input_norm = nn.LayerNorm(n_features)
        self.lstm = nn.LSTM(n_features, hidden, num_layers=layers, batch_first=True, dropout=dropout)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.lstm(self.input_norm(x))
        return self.head(h[:, -1]).squeeze(-1)


# ------------------------------------------------------------------ metrics
def mae(pred, y):
    return (pred - y).abs().mean().item()


def r2(pred, y):
    ss_res = (pred - y).pow(2).sum()
    ss_tot = (y - y.mean()).pow(2).sum() + 1e-12
    return (1 - ss_res / ss_tot).item()


@preserve_mode
@torch.no_grad()
def evaluate(model, data, cfg):
    model.eval()
    preds, ys = [], []
    for x, y in data.batches(cfg["batch_size"], "long"):
        preds.append(model(x))
        ys.append(y)
    p, t = torch.cat(preds), torch.cat(ys)
    return {"mse": F.mse_loss(p, t).item(), "mae": mae(p, t), "r2": r2(p, t)}


# --------------------------------------------------------------- lr finder
def lr_range_test(model, data, cfg, lo=1e-4, hi=1e-1):
    """Exponentially increase the LR on a throwaway copy and return the LR with
    the steepest loss decrease."""
    probe = copy.deepcopy(model)
    probe.train()
    opt = torch.optim.SGD(probe.parameters(), lr=lo)
    steps = cfg["lr_finder_steps"]
    factor = (hi / lo) ** (1 / max(steps - 1, 1))
    lrs, losses = [], []
    batches = list(data.batches(cfg["batch_size"], "short"))
    for i in range(steps):
        x, y = batches[i % len(batches)]
        loss = F.mse_loss(probe(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        lrs.append(opt.param_groups[0]["lr"])
        losses.append(loss.item())
        for g in opt.param_groups:
            g["lr"] *= factor
    drops = [losses[i] - losses[i + 1] for i in range(len(losses) - 1)]
    best = max(range(len(drops)), key=drops.__getitem__) if drops else 0
    return lrs[best]


# ------------------------------------------------------------ early stopping
class BestWeights:
    def __init__(self, patience):
        self.patience = patience
        self.best = float("inf")
        self.state = None
        self.bad = 0

    def update(self, model, metric):
        if metric < self.best:
            self.best = metric
            self.state = copy.deepcopy(model.state_dict())
            self.bad = 0
            return False
        self.bad += 1
        return self.bad > self.patience

    def restore(self, model):
        model.load_state_dict(self.state)
        self.bad = 0


# ------------------------------------------------------------------- train
def train(cfg, logger):
    seed_everything(cfg["seed"])
    train_data = Windows(cfg, cfg["train_size"], seed=1)
    val_data = Windows(cfg, cfg["val_size"], seed=2)
    model = LensDrift(cfg["n_features"], cfg["hidden"], cfg["layers"], cfg["dropout"])

    suggested = lr_range_test(model, train_data, cfg)
    lr = min(cfg["lr"], suggested)
    log.info("lr finder suggested %.2e, using %.2e", suggested, lr)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    stopper = BestWeights(cfg["patience"])

    n_batches = train_data.n_batches(cfg["batch_size"])
    switch_at = int(cfg["curriculum_switch"] * n_batches)
    step = 0
    for epoch in range(cfg["epochs"]):
        model.train()
        meter = RunningMean()
        short_iter = train_data.batches(cfg["batch_size"], "short")
        long_iter = train_data.batches(cfg["batch_size"], "long")
        for b in range(n_batches):
            # curriculum: short windows first, long windows for the rest
            source = short_iter if b < switch_at else long_iter
            x, y = next(source)
            if b >= switch_at:
                next(short_iter, None)
            else:
                next(long_iter, None)
            loss = F.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            meter.add(loss.item(), len(y))
            step += 1

            if step % cfg["eval_every"] == 0:
                metrics = evaluate(model, val_data, cfg)
                logger.write(step=step, epoch=epoch, train=meter.value(), **metrics)
                if stopper.update(model, metrics["mse"]):
                    stopper.restore(model)
                    for g in opt.param_groups:
                        g["lr"] *= cfg["lr_decay_on_restore"]
                    log.info("step %d: restored best weights (mse %.4f), lr -> %.2e",
                             step, stopper.best, opt.param_groups[0]["lr"])
        log.info("epoch %d train %.4f", epoch, meter.value())
    return model, stopper.best


def summarise(records):
    """Per-epoch summary of the periodic evaluations: best and last values."""
    by_epoch = {}
    for r in records:
        row = by_epoch.setdefault(r["epoch"], {"evals": 0, "best_mse": float("inf"), "last_r2": None})
        row["evals"] += 1
        row["best_mse"] = min(row["best_mse"], r["mse"])
        row["last_r2"] = r["r2"]
    return by_epoch


def format_table(summary):
    lines = ["epoch | evals | best mse | last r2", "------+-------+----------+--------"]
    for epoch in sorted(summary):
        row = summary[epoch]
        lines.append(f"{epoch:5d} | {row['evals']:5d} | {row['best_mse']:8.4f} | {row['last_r2']:7.3f}")
    return "\n".join(lines)


def parse_args():
    p = argparse.ArgumentParser(description="lighthouse lens drift")
    for key in ("epochs", "hidden", "eval_every", "patience", "seed"):
        p.add_argument(f"--{key.replace('_', '-')}", type=int, default=CONFIG[key])
    p.add_argument("--lr", type=float, default=CONFIG["lr"])
    p.add_argument("--curriculum-switch", type=float, default=CONFIG["curriculum_switch"])
    p.add_argument("--quiet", action="store_true")
    p.add_argument("--no-table", action="store_true", help="do not print the per-epoch table")
    return p.parse_args()


def main():
    args = parse_args()
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="[%(levelname)s] %(message)s")
    cfg = dict(CONFIG)
    cfg.update({k: v for k, v in vars(args).items() if k in cfg})
    logger = JsonlLogger()
    try:
        model, best = train(cfg, logger)
        records = logger.read()
        log.info("%d evaluation records, best val mse %.4f", len(records), best)
        if not args.no_table:
            print(format_table(summarise(records)))
        final = evaluate(model, Windows(cfg, cfg["val_size"], seed=3), cfg)
        print(json.dumps({k: round(v, 4) for k, v in final.items()}))
    finally:
        logger.close()


if __name__ == "__main__":
    main()
