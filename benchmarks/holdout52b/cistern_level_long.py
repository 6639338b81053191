# expect: clean
"""Cistern level forecasting for rain-fed village cisterns.

A bidirectional LSTM encoder reads rainfall / draw-off / evaporation histories
and a small MLP head forecasts the next-day level. Training uses a callback
list (validation, early stopping with a state-dict reload, a hidden-unit
saliency logger, a CSV logger that cleans up after itself).

    python cistern_level_long.py --epochs 3 --patience 2
"""
import argparse
import copy
import csv
import io
import logging
import math
import os
import random
import tempfile
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("cistern")

DEFAULTS = {
    "seed": 21,
    "features": 3,
    "hidden": 6,
    "head_hidden": 8,
    "window": 10,
    "batch": 4,
    "train_batches": 3,
    "val_batches": 2,
    "epochs": 3,
    "patience": 2,
    "lr": 5e-3,
    "weight_decay": 1e-4,
    "saliency_top_k": 3,
}


# ---------------------------------------------------------------- data ----
def rain_series(batch, window, features):
    days = torch.arange(window, dtype=torch.float32)
    season = torch.sin(2 * math.pi * days / 7.0)[None, :, None]
    rain = F.relu(season + 0.5 * torch.randn(batch, window, 1))
    draw = 0.3 + 0.1 * torch.randn(batch, window, 1)
    evap = 0.2 * torch.rand(batch, window, 1)
    x = torch.cat([rain, draw, evap], dim=-1)[..., :features]
    level = torch.cumsum(rain - draw - evap, dim=1)[:, -1, 0]
    return x, level


def make_split(n, cfg):
    return [rain_series(cfg["batch"], cfg["window"], cfg["features"]) for _ in range(n)]


# --------------------------------------------------------------- model ----
class LevelForecaster(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.encoder = nn.LSTM(cfg["features"], cfg["hidden"], batch_first=True, bidirectional=True)
        self.head = nn.Sequential(
            nn.Linear(2 * cfg["hidden"], cfg["head_hidden"]),
            nn.Tanh(),
            nn.Dropout(0.1),
            nn.Linear(cfg["head_hidden"], 1),
        )

    def encode(self, x):
        h, _ = self.encoder(x)
        return h[:, -1]

    def forward(self, x):
        return self.head(self.encode(x)).squeeze(-1)


# ------------------------------------------------------------ metrics ----
def mae(pred, target):
    return (pred - target).abs().mean().item()


def rmse(pred, target):
    return torch.sqrt(((pred - target) ** 2).mean()).item()


def nse(pred, target):
    """Nash-Sutcliffe efficiency, the usual hydrology score."""
    denom = ((target - target.mean()) ** 2).sum().clamp_min(1e-8)
    return 1.0 - (((pred - target) ** 2).sum() / denom).item()


METRICS = {"mae": mae, "rmse": rmse, "nse": nse}


# ------------------------------------------------------------ trainer ----
@dataclass
class TrainState:
    epoch: int = 0
    stop: bool = False
    logs: dict = field(default_factory=dict)
    history: list = field(default_factory=list)


class Callback:
    def on_train_begin(self, trainer):
        pass

    def on_epoch_begin(self, trainer):
        pass

    def on_validation_end(self, trainer):
        pass

    def on_epoch_end(self, trainer):
        pass

    def on_train_end(self, trainer):
        pass


class Trainer:
    def __init__(self, model, cfg, callbacks=()):
        self.model = model
        self.cfg = cfg
        self.callbacks = list(callbacks)
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
        self.state = TrainState()

    def _fire(self, hook):
        for cb in self.callbacks:
            getattr(cb, hook)(self)

    def train_epoch(self, batches):
        self.model.train()
        total = 0.0
        for x, y in batches:
            loss = F.smooth_l1_loss(self.model(x), y)
            self.optimizer.zero_grad()
            loss.backward()
            self.optimizer.step()
            total += loss.item()
        return total / len(batches)

    @torch.no_grad()
    def predict(self, batches):
        self.model.eval()
        preds, targets = [], []
        for x, y in batches:
            preds.append(self.model(x))
            targets.append(y)
        return torch.cat(preds), torch.cat(targets)

    def fit(self, train, val):
        self.val = val
        self._fire("on_train_begin")
        for epoch in range(self.cfg["epochs"]):
            self.state.epoch = epoch
            self._fire("on_epoch_begin")
            self.state.logs = {"epoch": epoch, "train_loss": self.train_epoch(train)}
            pred, target = self.predict(val)
            for name, fn in METRICS.items():
                self.state.logs[f"val_{name}"] = fn(pred, target)
            self._fire("on_validation_end")
            self._fire("on_epoch_end")
            self.state.history.append(dict(self.state.logs))
            if self.state.stop:
                logger.info("early stop at epoch %d", epoch)
                break
        self._fire("on_train_end")
        return self.state.history


# ---------------------------------------------------------- callbacks ----
class EarlyStopping(Callback):
    def __init__(self, monitor="val_mae", patience=2):
        self.monitor = monitor
        self.patience = patience
        self.best = float("inf")
        self.wait = 0
        self.buffer = None

    def on_validation_end(self, trainer):
        value = trainer.state.logs[self.monitor]
        if value < self.best:
            self.best = value
            self.wait = 0
            self.buffer = io.BytesIO()
            torch.save(trainer.model.state_dict(), self.buffer)
        else:
            self.wait += 1
            if self.wait >= self.patience:
                trainer.state.stop = True

    def on_train_end(self, trainer):
        if self.buffer is not None:
            self.buffer.seek(0)
            trainer.model.load_state_dict(torch.load(self.buffer))
            logger.info("restored best weights (%s=%.4f)", self.monitor, self.best)


class HiddenSaliencyLogger(Callback):
    """Which encoder units drive the forecast: |d y / d h| * |h| on a validation batch.

    The encoder output is taken as a leaf, so gradients stop at the head."""

    def __init__(self, top_k=3):
        self.top_k = top_k
        self.records = []

    def on_validation_end(self, trainer):
        x, _ = trainer.val[0]
        with torch.no_grad():
            h = trainer.model.encode(x)
        h = h.clone().requires_grad_(True)
        out = trainer.model.head(h).sum()
        out.backward()
        score = (h.grad.abs() * h.detach().abs()).mean(0)
        top = score.topk(self.top_k).indices.tolist()
        trainer.state.logs["salient_units"] = top
        self.records.append(top)


class CsvLogger(Callback):
    def __init__(self):
        self.path = None
        self.rows = 0

    def on_train_begin(self, trainer):
        fd, self.path = tempfile.mkstemp(prefix="cistern_", suffix=".csv")
        os.close(fd)
        with open(self.path, "w", newline="") as fh:
            csv.writer(fh).writerow(["epoch", "train_loss", "val_mae", "val_rmse", "val_nse"])

    def on_epoch_end(self, trainer):
        logs = trainer.state.logs
        with open(self.path, "a", newline="") as fh:
            csv.writer(fh).writerow([logs["epoch"], round(logs["train_loss"], 5), round(logs["val_mae"], 5),
                                     round(logs["val_rmse"], 5), round(logs["val_nse"], 5)])
        self.rows += 1

    def on_train_end(self, trainer):
        with open(self.path) as fh:
            logger.info("csv rows: %d", sum(1 for _ in fh) - 1)
        os.remove(self.path)


class LrDecay(Callback):
    def __init__(self, factor=0.5, every=2):
        self.factor = factor
        self.every = every

    def on_epoch_end(self, trainer):
        if (trainer.state.epoch + 1) % self.every == 0:
            for group in trainer.optimizer.param_groups:
                group["lr"] *= self.factor


# --------------------------------------------------------------- main ----
def parse_args(argv=None):
    p = argparse.ArgumentParser(description="cistern level forecaster")
    p.add_argument("--epochs", type=int, default=DEFAULTS["epochs"])
    p.add_argument("--patience", type=int, default=DEFAULTS["patience"])
    p.add_argument("--hidden", type=int, default=DEFAULTS["hidden"])
    p.add_argument("--seed", type=int, default=DEFAULTS["seed"])
    p.add_argument("--quiet", action="store_true")
    return p.parse_args(argv)


def baseline_persistence(val):
    preds, targets = [], []
    for x, y in val:
        preds.append(torch.cumsum(x[:, :, 0] - x[:, :, 1] - x[:, :, 2], 1)[:, -2])
        targets.append(y)
    return {name: fn(torch.cat(preds), torch.cat(targets)) for name, fn in METRICS.items()}


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, format="%(levelname)s %(message)s")
    cfg = dict(DEFAULTS, epochs=args.epochs, patience=args.patience, hidden=args.hidden, seed=args.seed)
    random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    train, val, test = make_split(cfg["train_batches"], cfg), make_split(cfg["val_batches"], cfg), make_split(2, cfg)
    model = LevelForecaster(cfg)
    saliency = HiddenSaliencyLogger(cfg["saliency_top_k"])
    trainer = Trainer(model, cfg, callbacks=[EarlyStopping(patience=cfg["patience"]), saliency, CsvLogger(), LrDecay()])
    history = trainer.fit(train, val)
    for row in history:
        logger.info("epoch %(epoch)d train %(train_loss).4f val_mae %(val_mae).4f", row)
    final = copy.deepcopy(model)
    pred, target = Trainer(final, cfg).predict(test)
    scores = {name: round(fn(pred, target), 4) for name, fn in METRICS.items()}
    print("test", scores, "persistence", {k: round(v, 4) for k, v in baseline_persistence(test).items()})
    print("salient units per epoch", saliency.records)


if __name__ == "__main__":
    main()
