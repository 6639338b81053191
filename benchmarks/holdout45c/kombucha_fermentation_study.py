# expect: crash
"""Kombucha fermentation study.

Predict how many more days a batch of kombucha needs to reach the target acidity
(pH 3.0 +/- 0.1) from the first week of pH, temperature, sugar (Brix) and
dissolved-oxygen readings, sampled twice a day.

Several forecasters are compared; the recurrent ones can be warm-started from the
"house culture" model fitted on last year's brewing logs.  Everything runs on tiny
random data so the script finishes in seconds.

    python kombucha_fermentation_study.py --arch lstm --epochs 3
"""
import argparse
import copy
import json
import logging
import math
import random
import time
from collections import defaultdict

import torch
from torch import nn

LOG = logging.getLogger("kombucha")

CONFIG = {
    "seed": 13,
    "arch": "lstm",
    "hidden": 10,
    "n_features": 4,
    "steps": 14,
    "batch_size": 6,
    "n_train": 36,
    "n_val": 12,
    "lr": 3e-3,
    "weight_decay": 1e-5,
    "epochs": 3,
    "patience": 2,
    "clip": 1.0,
    "target_ph": 3.0,
    "warm_start": True,
}

FEATURES = ("ph", "temp_c", "brix", "dissolved_o2")


# --------------------------------------------------------------------------- data


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


class BrewLogDataset(torch.utils.data.Dataset):
    """Synthetic brewing logs: a slow pH decline whose rate depends on temperature and sugar."""

    def __init__(self, n, steps, seed):
        g = torch.Generator().manual_seed(seed)
        temp = 22 + 4 * torch.rand(n, 1, generator=g)
        brix = 6 + 3 * torch.rand(n, 1, generator=g)
        rate = 0.02 * (temp - 18) * (brix / 8)
        t = torch.arange(steps).float()[None, :]
        ph = 4.2 - rate * t + 0.03 * torch.randn(n, steps, generator=g)
        o2 = 6 - 0.1 * t + 0.2 * torch.randn(n, steps, generator=g)
        self.x = torch.stack(
            [ph, temp.expand(-1, steps), brix.expand(-1, steps) - 0.05 * t, o2], dim=-1
        )
        remaining = (ph[:, -1] - CONFIG["target_ph"]).clamp(min=0) / (2 * rate.squeeze(1))
        self.y = remaining.clamp(max=30.0)

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return self.x[i], self.y[i]


def standardise(train_ds, *others):
    mu = train_ds.x.mean(dim=(0, 1), keepdim=True)
    sd = train_ds.x.std(dim=(0, 1), keepdim=True) + 1e-6
    for ds in (train_ds, *others):
        ds.x = (ds.x - mu) / sd
    return mu, sd


def make_loaders(cfg):
    train_ds = BrewLogDataset(cfg["n_train"], cfg["steps"], seed=cfg["seed"])
    val_ds = BrewLogDataset(cfg["n_val"], cfg["steps"], seed=cfg["seed"] + 1)
    standardise(train_ds, val_ds)
    train_dl = torch.utils.data.DataLoader(train_ds, batch_size=cfg["batch_size"], shuffle=True)
    val_dl = torch.utils.data.DataLoader(val_ds, batch_size=cfg["batch_size"])
    return train_dl, val_dl


# --------------------------------------------------------------------------- models


class MeanBaseline(nn.Module):
    """Predicts from the mean reading only; a sanity floor for the recurrent models."""

    def __init__(self, n_features):
        super().__init__()
        self.fc = nn.Linear(n_features, 1)

    def forward(self, x):
        return self.fc(x.mean(dim=1)).squeeze(-1)


class LSTMForecaster(nn.Module):
    def __init__(self, n_features, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_features, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1]).squeeze(-1)

    @classmethod
    def from_house_culture(cls, n_features, hidden, seed=0):
        """Warm start from last year's logs (here: a short fit on another synthetic year)."""
        model = cls(n_features, hidden)
        _fit_house_culture(model, seed)
        return model.eval()


class GRUForecaster(nn.Module):
    def __init__(self, n_features, hidden):
        super().__init__()
        self.gru = nn.GRU(n_features, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out[:, -1]).squeeze(-1)


def _fit_house_culture(model, seed, steps=3):
    ds = BrewLogDataset(24, CONFIG["steps"], seed=100 + seed)
    standardise(ds)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        opt.zero_grad()
        nn.functional.mse_loss(model(ds.x), ds.y).backward()
        opt.step()


def build_model(cfg):
    arch = cfg["arch"]
    if arch == "mean":
        model = MeanBaseline(cfg["n_features"])
    elif arch == "lstm" and cfg["warm_start"]:
        model = LSTMForecaster.from_house_culture(cfg["n_features"], cfg["hidden"])
    elif arch == "lstm":
        model = LSTMForecaster(cfg["n_features"], cfg["hidden"])
    elif arch == "gru":
        model = GRUForecaster(cfg["n_features"], cfg["hidden"])
    else:
        raise ValueError(f"unknown arch {arch!r}")
    n_params = sum(p.numel() for p in model.parameters())
    LOG.info("built %s with %d parameters", type(model).__name__, n_params)
    return model


# --------------------------------------------------------------------------- metrics


class RunningMetrics:
    def __init__(self):
        self.sums = defaultdict(float)
        self.count = 0

    def update(self, pred, target):
        err = pred.detach() - target
        n = len(target)
        self.sums["abs"] += err.abs().sum().item()
        self.sums["sq"] += err.pow(2).sum().item()
        self.sums["within_1d"] += (err.abs() <= 1.0).float().sum().item()
        self.count += n

    def compute(self):
        n = max(self.count, 1)
        return {
            "mae": self.sums["abs"] / n,
            "rmse": math.sqrt(self.sums["sq"] / n),
            "within_1d": self.sums["within_1d"] / n,
        }


class EarlyStopping:
    def __init__(self, patience):
        self.patience = patience
        self.best = float("inf")
        self.best_state = None
        self.bad_epochs = 0

    def step(self, value, model):
        if value < self.best - 1e-4:
            self.best = value
            self.best_state = copy.deepcopy(model.state_dict())
            self.bad_epochs = 0
            return False
        self.bad_epochs += 1
        return self.bad_epochs > self.patience


# --------------------------------------------------------------------------- loops


def evaluate(model, loader):
    was_training = model.training
    model.eval()
    metrics = RunningMetrics()
    with torch.no_grad():
        for x, y in loader:
            metrics.update(model(x), y)
    model.train(was_training)
    return metrics.compute()


def train_one_epoch(model, loader, optimizer, cfg):
    metrics = RunningMetrics()
    total = 0.0
    for x, y in loader:
        pred = model(x)
        loss = nn.functional.smooth_l1_loss(pred, y)
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        optimizer.step()
        metrics.update(pred, y)
        total += loss.item() * len(y)
    out = metrics.compute()
    out["loss"] = total / max(metrics.count, 1)
    return out


def fit(model, train_dl, val_dl, cfg):
    optimizer = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
    stopper = EarlyStopping(cfg["patience"])
    history = []
    baseline = evaluate(model, val_dl)
    LOG.info("before fine-tuning: %s", json.dumps({k: round(v, 3) for k, v in baseline.items()}))
    for epoch in range(cfg["epochs"]):
        t0 = time.perf_counter()
        train_m = train_one_epoch(model, train_dl, optimizer, cfg)
        val_m = evaluate(model, val_dl)
        scheduler.step()
        history.append({"epoch": epoch, "train": train_m, "val": val_m})
        LOG.info(
            "epoch %d  loss %.3f  val mae %.3f  within1d %.2f  (%.2fs)",
            epoch, train_m["loss"], val_m["mae"], val_m["within_1d"], time.perf_counter() - t0,
        )
        if stopper.step(val_m["mae"], model):
            LOG.info("early stop at epoch %d", epoch)
            break
    if stopper.best_state is not None:
        model.load_state_dict(stopper.best_state)
    return history


def summarise(history):
    best = min(history, key=lambda h: h["val"]["mae"])
    return {
        "epochs_run": len(history),
        "best_epoch": best["epoch"],
        "best_val_mae": round(best["val"]["mae"], 4),
        "best_val_rmse": round(best["val"]["rmse"], 4),
    }


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--arch", default=CONFIG["arch"], choices=["mean", "lstm", "gru"])
    ap.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    ap.add_argument("--hidden", type=int, default=CONFIG["hidden"])
    ap.add_argument("--lr", type=float, default=CONFIG["lr"])
    ap.add_argument("--no-warm-start", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    return ap.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
    )
    cfg = dict(CONFIG)
    cfg.update(arch=args.arch, epochs=args.epochs, hidden=args.hidden, lr=args.lr)
    if args.no_warm_start:
        cfg["warm_start"] = False
    set_seed(cfg["seed"])
    train_dl, val_dl = make_loaders(cfg)
    model = build_model(cfg)
    history = fit(model, train_dl, val_dl, cfg)
    report = summarise(history)
    report["arch"] = cfg["arch"]
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
