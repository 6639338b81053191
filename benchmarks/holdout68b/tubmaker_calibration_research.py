# expect: clean
"""
tubmaker -- washtub seam-failure classifier with early stopping and temperature scaling.

Research script. An LSTM classifier over seam-pressure sequences is trained with
callbacks (early stopping that reloads the best state dict, a metrics logger),
then its confidence is calibrated by fitting a single temperature on held-out
logits (Guo et al. style), and the expected calibration error is reported.

Usage:
    python tubmaker_calibration_research.py --epochs 3 --patience 1
"""
import argparse
import copy
import json
import logging
import math
import random
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("tubmaker.calib")

CONFIG = {
    "seed": 21,
    "n_feat": 4,
    "seq_len": 7,
    "hidden": 10,
    "layers": 1,
    "n_classes": 3,
    "batch_size": 8,
    "n_train": 3,
    "n_val": 2,
    "lr": 5e-3,
    "epochs": 3,
    "patience": 1,
    "temp_steps": 20,
    "temp_lr": 0.05,
    "ece_bins": 5,
}


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def configure_logging(level):
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
    log.addHandler(handler)
    log.setLevel(level)


def fmt(d):
    return ", ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in d.items())


def expected_calibration_error(probs, labels, n_bins):
    conf, pred = probs.max(-1)
    ece = torch.zeros(())
    edges = torch.linspace(0, 1, n_bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (conf > lo) & (conf <= hi)
        if m.any():
            acc = (pred[m] == labels[m]).float().mean()
            ece += m.float().mean() * (conf[m].mean() - acc).abs()
    return ece.item()


def negative_log_likelihood(logits, labels):
    return F.cross_entropy(logits, labels).item()


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------

def make_split(cfg, n_batches, offset):
    g = torch.Generator().manual_seed(cfg["seed"] + offset)
    out = []
    for _ in range(n_batches):
        y = torch.randint(0, cfg["n_classes"], (cfg["batch_size"],), generator=g)
        base = y.float().view(-1, 1, 1) / cfg["n_classes"]
        x = base + 0.3 * torch.randn(cfg["batch_size"], cfg["seq_len"], cfg["n_feat"], generator=g)
        out.append((x, y))
    return out


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------

class SeamLSTM(nn.Module):
    def __init__(self, n_feat, hidden, layers, n_classes):
        super().__init__()
        self.norm = nn.LayerNorm(n_feat)
        self.lstm = nn.LSTM(n_feat, hidden, num_layers=layers, batch_first=True)
        self.head = nn.Linear(hidden, n_classes)

    def forward(self, x):
        o, _ = self.lstm(self.norm(x))
        return self.head(o[:, -1])


class TemperatureScaler(nn.Module):
    def __init__(self):
        super().__init__()
        self.log_t = nn.Parameter(torch.zeros(1))

    @property
    def temperature(self):
        return self.log_t.exp()

    def forward(self, logits):
        return logits / self.temperature


# ---------------------------------------------------------------------------
# callbacks
# ---------------------------------------------------------------------------

class Callback:
    def on_epoch_end(self, trainer, epoch, metrics):
        pass

    def on_fit_end(self, trainer):
        pass


class MetricsLogger(Callback):
    def __init__(self):
        self.rows = []

    def on_epoch_end(self, trainer, epoch, metrics):
        self.rows.append(dict(epoch=epoch, **metrics))
        log.info("epoch %d | %s", epoch, fmt(metrics))


class EarlyStopping(Callback):
    def __init__(self, patience, monitor="val_loss"):
        self.patience = patience
        self.monitor = monitor
        self.best = math.inf
        self.best_state = None
        self.bad = 0

    def on_epoch_end(self, trainer, epoch, metrics):
        value = metrics[self.monitor]
        if value < self.best:
            self.best = value
            self.best_state = copy.deepcopy(trainer.model.state_dict())
            self.bad = 0
        else:
            self.bad += 1
            if self.bad > self.patience:
                trainer.stop = True

    def on_fit_end(self, trainer):
        if self.best_state is not None:
            trainer.model.load_state_dict(self.best_state)
            log.info("restored best weights (%s=%.4f)", self.monitor, self.best)


# ---------------------------------------------------------------------------
# trainer
# ---------------------------------------------------------------------------

class Trainer:
    def __init__(self, model, cfg, callbacks):
        self.model = model
        self.cfg = cfg
        self.callbacks = callbacks
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
        self.stop = False

    def _emit(self, name, *args):
        for cb in self.callbacks:
            getattr(cb, name)(self, *args)

    def train_epoch(self, batches):
        self.model.train()
        total, n = 0.0, 0
        for x, y in batches:
            loss = F.cross_entropy(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            total += loss.item() * y.numel()
            n += y.numel()
        return total / n

    @torch.no_grad()
    def predict(self, batches):
        self.model.eval()
        logits, labels = [], []
        for x, y in batches:
            logits.append(self.model(x))
            labels.append(y)
        return torch.cat(logits), torch.cat(labels)

    def fit(self, train, val):
        for epoch in range(self.cfg["epochs"]):
            t0 = time.time()
            tr_loss = self.train_epoch(train)
            logits, labels = self.predict(val)
            metrics = {
                "train_loss": tr_loss,
                "val_loss": negative_log_likelihood(logits, labels),
                "val_acc": (logits.argmax(-1) == labels).float().mean().item(),
                "secs": time.time() - t0,
            }
            self._emit("on_epoch_end", epoch, metrics)
            if self.stop:
                log.info("early stop at epoch %d", epoch)
                break
        self._emit("on_fit_end")


# ---------------------------------------------------------------------------
# calibration
# ---------------------------------------------------------------------------

def fit_temperature(trainer, val, cfg):
    """Fit T on frozen validation logits; the classifier itself is not differentiated."""
    logits, labels = trainer.predict(val)  # eval mode, no_grad: plain tensors
    scaler = TemperatureScaler()
    opt = torch.optim.Adam(scaler.parameters(), lr=cfg["temp_lr"])
    for step in range(cfg["temp_steps"]):
        loss = F.cross_entropy(scaler(logits), labels)
        opt.zero_grad()
        loss.backward()
        opt.step()
    log.info("temperature %.3f", scaler.temperature.item())
    return scaler, logits, labels


def calibration_report(scaler, logits, labels, cfg):
    with torch.no_grad():
        before = F.softmax(logits, -1)
        after = F.softmax(scaler(logits), -1)
    return {
        "ece_before": expected_calibration_error(before, labels, cfg["ece_bins"]),
        "ece_after": expected_calibration_error(after, labels, cfg["ece_bins"]),
        "nll_before": negative_log_likelihood(logits, labels),
        "nll_after": F.cross_entropy(scaler(logits), labels).item(),
    }


def reliability_table(probs, labels, n_bins):
    """Text reliability diagram: one row per confidence bin."""
    conf, pred = probs.max(-1)
    rows = []
    edges = torch.linspace(0, 1, n_bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (conf > lo) & (conf <= hi)
        if not m.any():
            rows.append(f"{lo:.1f}-{hi:.1f}: empty")
            continue
        acc = (pred[m] == labels[m]).float().mean().item()
        rows.append(f"{lo:.1f}-{hi:.1f}: n={int(m.sum())} conf={conf[m].mean():.2f} acc={acc:.2f}")
    return "\n".join(rows)


def per_class_accuracy(logits, labels, n_classes):
    pred = logits.argmax(-1)
    out = {}
    for c in range(n_classes):
        m = labels == c
        out[c] = (pred[m] == c).float().mean().item() if m.any() else float("nan")
    return out


# ---------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------

def get_args(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    ap.add_argument("--patience", type=int, default=CONFIG["patience"])
    ap.add_argument("--hidden", type=int, default=CONFIG["hidden"])
    ap.add_argument("--temp-steps", type=int, default=CONFIG["temp_steps"])
    ap.add_argument("--log-level", default="INFO")
    return ap.parse_args(argv)


def main(argv=None):
    args = get_args(argv)
    configure_logging(args.log_level)
    cfg = dict(CONFIG, epochs=args.epochs, patience=args.patience, hidden=args.hidden,
               temp_steps=args.temp_steps)
    seed_everything(cfg["seed"])
    train = make_split(cfg, cfg["n_train"], 0)
    val = make_split(cfg, cfg["n_val"], 1)

    model = SeamLSTM(cfg["n_feat"], cfg["hidden"], cfg["layers"], cfg["n_classes"])
    logger_cb = MetricsLogger()
    trainer = Trainer(model, cfg, [logger_cb, EarlyStopping(cfg["patience"])])
    trainer.fit(train, val)

    scaler, logits, labels = fit_temperature(trainer, val, cfg)
    report = calibration_report(scaler, logits, labels, cfg)
    report["per_class_acc"] = per_class_accuracy(logits, labels, cfg["n_classes"])
    with torch.no_grad():
        log.info("reliability after scaling:\n%s",
                 reliability_table(F.softmax(scaler(logits), -1), labels, cfg["ece_bins"]))
    print(json.dumps({"history": logger_cb.rows, "calibration": report}, indent=1, default=float)[:400])


if __name__ == "__main__":
    main()
