# expect: crash
"""Farrier hoof-wear study: predict days until a horse needs re-shoeing.

An LSTM regressor over weekly gait-sensor summaries.  Stage 1 trains with early stopping
that keeps a copy of the best model; stage 2 continues from that copy with a lower learning
rate on the combined train+val data (the usual "refit on everything" step); stage 3 reports
per-horse errors.

Usage:
    python farrier_hoof_research.py --max-epochs 4 --patience 1
"""
import argparse
import copy
import csv
import io
import logging
import math
import random
import sys
from dataclasses import dataclass, asdict

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("farrier")

CFG = dict(
    seed=33,
    n_horses=6,
    weeks=7,
    n_feats=5,
    hidden=12,
    layers=2,
    dropout=0.2,
    batch=4,
    lr=4e-3,
    refit_lr=1e-3,
    refit_epochs=2,
    max_epochs=4,
    patience=1,
    min_delta=1e-4,
    target_scale=30.0,
)


# ------------------------------------------------------------------------------- setup
def cli(argv=None):
    ap = argparse.ArgumentParser(description="farrier hoof-wear regression")
    ap.add_argument("--max-epochs", type=int, default=CFG["max_epochs"])
    ap.add_argument("--patience", type=int, default=CFG["patience"])
    ap.add_argument("--hidden", type=int, default=CFG["hidden"])
    ap.add_argument("--seed", type=int, default=CFG["seed"])
    ap.add_argument("--csv", action="store_true", help="print the per-horse table as CSV")
    return ap.parse_args(argv)


def make_config(ns):
    cfg = dict(CFG)
    cfg["max_epochs"] = ns.max_epochs
    cfg["patience"] = ns.patience
    cfg["hidden"] = ns.hidden
    cfg["seed"] = ns.seed
    return cfg


def init_logging():
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(name)s | %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)


# ------------------------------------------------------------------------------- data
@dataclass
class Horse:
    name: str
    breed: str
    workload: float


BREEDS = ["shire", "cob", "hunter", "arab"]


def make_stable(cfg, rng):
    names = ["Bramble", "Clover", "Dandy", "Ember", "Flint", "Gorse", "Hazel", "Ivy"]
    return [Horse(names[i % len(names)], rng.choice(BREEDS), rng.uniform(0.5, 1.5))
            for i in range(cfg["n_horses"])]


def gait_features(horse, cfg, gen):
    base = torch.randn(cfg["weeks"], cfg["n_feats"], generator=gen) * 0.3
    trend = torch.linspace(0, horse.workload, cfg["weeks"]).unsqueeze(1)
    return base + trend * torch.linspace(0.5, 1.0, cfg["n_feats"])


def days_left(horse, feats, cfg):
    wear = feats[:, 0].sum().item() * horse.workload
    return max(1.0, cfg["target_scale"] - 4.0 * wear)


def build_dataset(stable, cfg, gen, samples_per_horse=4):
    xs, ys, owners = [], [], []
    for idx, horse in enumerate(stable):
        for _ in range(samples_per_horse):
            f = gait_features(horse, cfg, gen)
            xs.append(f)
            ys.append(days_left(horse, f, cfg) / cfg["target_scale"])
            owners.append(idx)
    return torch.stack(xs), torch.tensor(ys), torch.tensor(owners)


def split(x, y, owners, val_frac=0.25, gen=None):
    n = x.size(0)
    perm = torch.randperm(n, generator=gen)
    k = int(n * val_frac)
    v, t = perm[:k], perm[k:]
    return (x[t], y[t], owners[t]), (x[v], y[v], owners[v])


def minibatches(x, y, bs, gen):
    perm = torch.randperm(x.size(0), generator=gen)
    for i in range(0, len(perm), bs):
        j = perm[i:i + bs]
        yield x[j], y[j]


# ------------------------------------------------------------------------------- model
class HoofWear(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.lstm = nn.LSTM(cfg["n_feats"], cfg["hidden"], num_layers=cfg["layers"],
                            dropout=cfg["dropout"], batch_first=True)
        self.head = nn.Sequential(nn.Linear(cfg["hidden"], cfg["hidden"]), nn.GELU(),
                                  nn.Linear(cfg["hidden"], 1))

    def forward(self, x):
        out, (h, _) = self.lstm(x)
        return torch.sigmoid(self.head(h[-1])).squeeze(-1)


# ------------------------------------------------------------------------------- metrics
def mae_days(pred, y, cfg):
    return (pred - y).abs().mean().item() * cfg["target_scale"]


def rmse_days(pred, y, cfg):
    return math.sqrt(F.mse_loss(pred, y).item()) * cfg["target_scale"]


def within(pred, y, cfg, days=3.0):
    return ((pred - y).abs() * cfg["target_scale"] <= days).float().mean().item()


# ------------------------------------------------------------------------------- training
class EarlyStopping:
    def __init__(self, patience, min_delta):
        self.patience = patience
        self.min_delta = min_delta
        self.best = float("inf")
        self.best_model = None
        self.bad_epochs = 0

    def step(self, metric, model):
        if metric < self.best - self.min_delta:
            self.best = metric
            self.best_model = copy.deepcopy(model)
            self.bad_epochs = 0
            return False
        self.bad_epochs += 1
        return self.bad_epochs > self.patience


def train_epoch(model, opt, data, cfg, gen):
    model.train()
    total, n = 0.0, 0
    for xb, yb in minibatches(data[0], data[1], cfg["batch"], gen):
        loss = F.mse_loss(model(xb), yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item() * xb.size(0)
        n += xb.size(0)
    return total / n


def validate(model, data, cfg):
    model.eval()
    with torch.no_grad():
        pred = model(data[0])
    return {"mae": mae_days(pred, data[1], cfg), "rmse": rmse_days(pred, data[1], cfg),
            "within3": within(pred, data[1], cfg)}


def continue_training(model, data, cfg, gen):
    """Refit on all data with a small LR; the model comes from stage 1 already set up."""
    opt = torch.optim.Adam(model.parameters(), lr=cfg["refit_lr"])
    losses = []
    for _ in range(cfg["refit_epochs"]):
        for xb, yb in minibatches(data[0], data[1], cfg["batch"], gen):
            loss = F.mse_loss(model(xb), yb)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            losses.append(loss.item())
    return sum(losses) / len(losses)


# ------------------------------------------------------------------------------- baselines
def mean_baseline(train, val, cfg):
    """Predict the training mean for every sample: the bar any model must clear."""
    pred = torch.full_like(val[1], train[1].mean().item())
    return {"mae": mae_days(pred, val[1], cfg), "rmse": rmse_days(pred, val[1], cfg)}


def last_week_baseline(val, cfg):
    """A farrier's rule of thumb: the last week's first feature, rescaled."""
    raw = val[0][:, -1, 0]
    pred = torch.clamp(1.0 - 0.1 * raw, 0.0, 1.0)
    return {"mae": mae_days(pred, val[1], cfg), "rmse": rmse_days(pred, val[1], cfg)}


def breed_counts(stable):
    counts = {}
    for h in stable:
        counts[h.breed] = counts.get(h.breed, 0) + 1
    return dict(sorted(counts.items()))


def warmup_factor(step, warmup=3):
    return min(1.0, (step + 1) / warmup)


# ------------------------------------------------------------------------------- reporting
def per_horse_table(model, data, stable, cfg):
    model.eval()
    with torch.no_grad():
        pred = model(data[0])
    rows = []
    for idx, horse in enumerate(stable):
        m = data[2] == idx
        if m.any():
            rows.append({"horse": horse.name, "breed": horse.breed,
                         "n": int(m.sum()), "mae": round(mae_days(pred[m], data[1][m], cfg), 2)})
    return rows


def print_table(rows, as_csv=False):
    if as_csv:
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
        print(buf.getvalue().strip())
        return
    for r in rows:
        print(f"{r['horse']:<8} {r['breed']:<7} n={r['n']:<2} mae={r['mae']:.2f} days")


def describe_stable(stable):
    for h in stable:
        logger.info("  %s", asdict(h))


# ------------------------------------------------------------------------------- main
def main(argv=None):
    ns = cli(argv)
    cfg = make_config(ns)
    init_logging()
    rng = random.Random(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    gen = torch.Generator().manual_seed(cfg["seed"])

    stable = make_stable(cfg, rng)
    describe_stable(stable)
    x, y, owners = build_dataset(stable, cfg, gen)
    train, val = split(x, y, owners, gen=gen)
    logger.info("train=%d val=%d", train[0].size(0), val[0].size(0))
    logger.info("breeds: %s", breed_counts(stable))
    logger.info("mean baseline: %s", mean_baseline(train, val, cfg))
    logger.info("last-week baseline: %s", last_week_baseline(val, cfg))

    model = HoofWear(cfg)
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    stopper = EarlyStopping(cfg["patience"], cfg["min_delta"])

    # stage 1
    for epoch in range(cfg["max_epochs"]):
        tr = train_epoch(model, opt, train, cfg, gen)
        metrics = validate(model, val, cfg)
        logger.info("epoch %d train_mse=%.4f val_mae=%.2fd rmse=%.2fd within3=%.2f",
                    epoch, tr, metrics["mae"], metrics["rmse"], metrics["within3"])
        if stopper.step(metrics["mae"], model):
            logger.info("early stop at epoch %d", epoch)
            break
    model = stopper.best_model or model

    # stage 2: refit on everything
    everything = tuple(torch.cat([a, b]) for a, b in zip(train, val))
    refit = continue_training(model, everything, cfg, gen)
    logger.info("refit mse %.4f", refit)

    # stage 3: report
    print_table(per_horse_table(model, val, stable, cfg), as_csv=ns.csv)


if __name__ == "__main__":
    main()
