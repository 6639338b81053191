# expect: clean
"""Pedlar footfall research: classify market-day type from hourly footfall with test-time training.

A GRU encoder is shared by a classification head and a self-supervised next-hour
prediction head. At test time every batch gets a few gradient steps on the
self-supervised loss (TTT) on a copy of the model before it is classified.
Synthetic data; a distribution shift (scaled + offset counts) is applied to the test split.
"""
import argparse
import copy
import logging
import math
import random
import statistics
import sys
from dataclasses import dataclass, field, asdict

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("pedlar.ttt")

CONFIG = {
    "seed": 21,
    "hours": 12,
    "channels": 3,
    "classes": 3,
    "hidden": 10,
    "n_train": 40,
    "n_test": 16,
    "batch": 8,
    "epochs": 3,
    "lr": 4e-3,
    "aux_weight": 0.5,
    "ttt_steps": 2,
    "ttt_lr": 1e-2,
    "shift_scale": 1.4,
    "shift_offset": 0.3,
}


# --------------------------------------------------------------------------- config

@dataclass
class RunConfig:
    seed: int
    hours: int
    channels: int
    classes: int
    hidden: int
    n_train: int
    n_test: int
    batch: int
    epochs: int
    lr: float
    aux_weight: float
    ttt_steps: int
    ttt_lr: float
    shift_scale: float
    shift_offset: float
    tags: list = field(default_factory=list)

    @classmethod
    def from_dict(cls, d, **overrides):
        merged = {**d, **{k: v for k, v in overrides.items() if v is not None}}
        return cls(**merged)


def get_args(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int)
    ap.add_argument("--ttt-steps", dest="ttt_steps", type=int)
    ap.add_argument("--no-ttt", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args(argv)


# --------------------------------------------------------------------------- data

def make_split(cfg, n, shift=False, seed_offset=0):
    g = torch.Generator().manual_seed(cfg.seed + seed_offset)
    labels = torch.randint(0, cfg.classes, (n,), generator=g)
    t = torch.arange(cfg.hours).float()
    peaks = torch.tensor([3.0, 6.0, 9.0])[labels]
    base = torch.exp(-0.5 * ((t.view(1, -1) - peaks.view(-1, 1)) / 1.5) ** 2)
    x = base.unsqueeze(-1).repeat(1, 1, cfg.channels)
    x = x + 0.2 * torch.randn(n, cfg.hours, cfg.channels, generator=g)
    if shift:
        x = x * cfg.shift_scale + cfg.shift_offset
    return x, labels


def batches(x, y, size, shuffle, rng=None):
    idx = list(range(len(x)))
    if shuffle:
        (rng or random).shuffle(idx)
    for i in range(0, len(idx), size):
        sel = torch.tensor(idx[i:i + size])
        yield x[sel], y[sel]


# --------------------------------------------------------------------------- model

class Encoder(nn.Module):
    def __init__(self, channels, hidden):
        super().__init__()
        self.norm = nn.LayerNorm(channels)
        self.rnn = nn.GRU(channels, hidden, batch_first=True)

    def forward(self, x):
        h, _ = self.rnn(self.norm(x))
        return h


class FootfallModel(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.encoder = Encoder(cfg.channels, cfg.hidden)
        self.cls_head = nn.Sequential(nn.Dropout(0.3), nn.Linear(cfg.hidden, cfg.classes))
        self.aux_head = nn.Sequential(nn.Dropout(0.3), nn.Linear(cfg.hidden, cfg.channels))

    def forward(self, x):
        h = self.encoder(x)
        return self.cls_head(h[:, -1]), self.aux_head(h[:, :-1])

    def aux_loss(self, x):
        _, nxt = self(x)
        return F.mse_loss(nxt, x[:, 1:])


# --------------------------------------------------------------------------- metrics

def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def macro_f1(logits, y, n_classes):
    pred = logits.argmax(-1)
    f1s = []
    for c in range(n_classes):
        tp = ((pred == c) & (y == c)).sum().item()
        fp = ((pred == c) & (y != c)).sum().item()
        fn = ((pred != c) & (y == c)).sum().item()
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return statistics.mean(f1s)


def expected_calibration_error(logits, y, bins=5):
    probs = logits.softmax(-1)
    conf, pred = probs.max(-1)
    ece = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        m = (conf > lo) & (conf <= hi)
        if m.any():
            ece += m.float().mean().item() * abs(conf[m].mean().item() - (pred[m] == y[m]).float().mean().item())
    return ece


# --------------------------------------------------------------------------- callbacks

class Callback:
    def on_epoch_end(self, epoch, logs):
        pass

    def on_test_batch_end(self, idx, logs):
        pass


class PrintLogger(Callback):
    def on_epoch_end(self, epoch, logs):
        logger.info("epoch %d %s", epoch, " ".join(f"{k}={v:.4f}" for k, v in logs.items()))

    def on_test_batch_end(self, idx, logs):
        logger.debug("test batch %d %s", idx, logs)


class LossHistory(Callback):
    def __init__(self):
        self.losses = []

    def on_epoch_end(self, epoch, logs):
        self.losses.append(logs["loss"])


# --------------------------------------------------------------------------- train

def train(model, cfg, x, y, callbacks):
    opt = torch.optim.Adam(model.parameters(), lr=cfg.lr)
    rng = random.Random(cfg.seed)
    for epoch in range(cfg.epochs):
        model.train()
        tot, n = 0.0, 0
        for xb, yb in batches(x, y, cfg.batch, True, rng):
            logits, nxt = model(xb)
            loss = F.cross_entropy(logits, yb) + cfg.aux_weight * F.mse_loss(nxt, xb[:, 1:])
            opt.zero_grad()
            loss.backward()
            opt.step()
            tot += loss.item() * len(xb)
            n += len(xb)
        for cb in callbacks:
            cb.on_epoch_end(epoch, {"loss": tot / n})
    return model


# --------------------------------------------------------------------------- TTT

def ttt_adapt(model, xb, cfg):
    """A few self-supervised steps on a copy of the model for one test batch."""
    adapted = copy.deepcopy(model)
    adapted.eval()               # heads: no dropout while adapting
    adapted.encoder.rnn.train()  # recurrent encoder keeps its training path
    params = list(adapted.encoder.parameters())
    opt = torch.optim.SGD(params, lr=cfg.ttt_lr)
    for _ in range(cfg.ttt_steps):
        loss = adapted.aux_loss(xb)
        opt.zero_grad()
        loss.backward()
        opt.step()
    adapted.eval()
    return adapted


def test(model, cfg, x, y, callbacks, use_ttt=True):
    model.eval()
    all_logits, all_y = [], []
    for idx, (xb, yb) in enumerate(batches(x, y, cfg.batch, False)):
        m = ttt_adapt(model, xb, cfg) if use_ttt else model
        with torch.no_grad():
            logits, _ = m(xb)
        all_logits.append(logits)
        all_y.append(yb)
        for cb in callbacks:
            cb.on_test_batch_end(idx, {"acc": accuracy(logits, yb)})
    logits, ys = torch.cat(all_logits), torch.cat(all_y)
    return {
        "acc": accuracy(logits, ys),
        "macro_f1": macro_f1(logits, ys, cfg.classes),
        "ece": expected_calibration_error(logits, ys),
        "nll": F.cross_entropy(logits, ys).item(),
    }


def confusion_matrix(logits, y, n_classes):
    cm = torch.zeros(n_classes, n_classes, dtype=torch.long)
    for t, p in zip(y.tolist(), logits.argmax(-1).tolist()):
        cm[t, p] += 1
    return cm


def bootstrap_ci(values, n_boot=200, alpha=0.1, seed=0):
    rng = random.Random(seed)
    means = []
    for _ in range(n_boot):
        sample = [rng.choice(values) for _ in values]
        means.append(sum(sample) / len(sample))
    means.sort()
    lo = means[int(alpha / 2 * n_boot)]
    hi = means[int((1 - alpha / 2) * n_boot) - 1]
    return lo, hi


def results_table(rows):
    keys = list(rows[0][1].keys())
    header = "| run | " + " | ".join(keys) + " |"
    sep = "|" + "---|" * (len(keys) + 1)
    body = ["| " + name + " | " + " | ".join(f"{m[k]:.3f}" for k in keys) + " |" for name, m in rows]
    return "\n".join([header, sep] + body)


def report(name, metrics):
    line = ", ".join(f"{k}: {v:.3f}" for k, v in metrics.items())
    logger.info("%s -> %s", name, line)
    return line


def main(argv=None):
    args = get_args(argv or [])
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
    cfg = RunConfig.from_dict(CONFIG, epochs=args.epochs, ttt_steps=args.ttt_steps)
    cfg.tags.append("ttt" if not args.no_ttt else "plain")
    torch.manual_seed(cfg.seed)
    random.seed(cfg.seed)
    logger.info("config %s", asdict(cfg))

    xtr, ytr = make_split(cfg, cfg.n_train)
    xte, yte = make_split(cfg, cfg.n_test, shift=True, seed_offset=1)

    history = LossHistory()
    callbacks = [PrintLogger(), history]
    model = train(FootfallModel(cfg), cfg, xtr, ytr, callbacks)

    plain = test(model, cfg, xte, yte, callbacks, use_ttt=False)
    adapted = test(model, cfg, xte, yte, callbacks, use_ttt=not args.no_ttt)
    report("no-ttt", plain)
    report("ttt", adapted)
    print(results_table([("no-ttt", plain), ("ttt", adapted)]))
    lo, hi = bootstrap_ci(history.losses)
    logger.info("train-loss bootstrap interval [%.4f, %.4f]", lo, hi)
    gain = adapted["acc"] - plain["acc"]
    logger.info("ttt accuracy gain %.3f; final train loss %.4f", gain, history.losses[-1])
    assert math.isfinite(adapted["nll"])
    return gain


if __name__ == "__main__":
    main(sys.argv[1:])
