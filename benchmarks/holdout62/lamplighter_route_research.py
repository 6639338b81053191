# expect: crash
"""Lamplighter route timing: predict how long a gas-lamp round takes from the sequence of
lamp-to-lamp walking times and weather readings.

Research script: argparse options, a config dict, logging, metrics, early stopping that
reloads the best state dict, temperature calibration every few epochs and a saliency
summary at the end.  Everything runs on tiny random data.
"""
import argparse
import copy
import json
import logging
import math
import os
import random
import sys
import tempfile
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("lamplighter")

DEFAULTS = {
    "n_lamps": 7,
    "n_feat": 4,
    "hidden": 12,
    "layers": 1,
    "n_classes": 3,  # short / normal / long round
    "batch_size": 4,
    "n_train_batches": 4,
    "n_val_batches": 2,
    "epochs": 3,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "clip": 1.0,
    "patience": 2,
    "calib_every": 2,
    "seed": 13,
    "log_every": 2,
}


# ----------------------------------------------------------------------------- options
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=DEFAULTS["epochs"])
    p.add_argument("--hidden", type=int, default=DEFAULTS["hidden"])
    p.add_argument("--lr", type=float, default=DEFAULTS["lr"])
    p.add_argument("--calib-every", type=int, default=DEFAULTS["calib_every"],
                   help="fit a softmax temperature every N epochs (0 disables)")
    p.add_argument("--patience", type=int, default=DEFAULTS["patience"])
    p.add_argument("--seed", type=int, default=DEFAULTS["seed"])
    p.add_argument("--out", default=None, help="write a JSON summary here")
    p.add_argument("--quiet", action="store_true")
    return p.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULTS)
    cfg.update(epochs=args.epochs, hidden=args.hidden, lr=args.lr, calib_every=args.calib_every,
               patience=args.patience, seed=args.seed)
    return cfg


def setup_logging(quiet):
    logging.basicConfig(level=logging.WARNING if quiet else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stdout)


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# ----------------------------------------------------------------------------- data
def synth_round(cfg, g):
    x = torch.randn(cfg["n_lamps"], cfg["n_feat"], generator=g)
    total = x[:, 0].sum().item()
    label = 0 if total < -1.0 else (2 if total > 1.0 else 1)
    return x, label


def make_batches(cfg, n_batches, seed):
    g = torch.Generator().manual_seed(seed)
    batches = []
    for _ in range(n_batches):
        xs, ys = zip(*(synth_round(cfg, g) for _ in range(cfg["batch_size"])))
        batches.append((torch.stack(xs), torch.tensor(ys)))
    return batches


def describe(batches):
    counts = defaultdict(int)
    for _, y in batches:
        for v in y.tolist():
            counts[v] += 1
    return dict(sorted(counts.items()))


# ----------------------------------------------------------------------------- model
class RoundEncoder(nn.Module):
    def __init__(self, n_feat, hidden, layers):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.rnn = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.inp(x)))
        return h


class AttentionPool(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.score = nn.Linear(hidden, 1)

    def forward(self, h):
        w = self.score(h).softmax(dim=1)
        return (w * h).sum(1), w.squeeze(-1)


class RoundClassifier(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.encoder = RoundEncoder(cfg["n_feat"], cfg["hidden"], cfg["layers"])
        self.pool = AttentionPool(cfg["hidden"])
        self.head = nn.Linear(cfg["hidden"], cfg["n_classes"])
        self.register_buffer("temperature", torch.ones(1))

    def forward(self, x, return_attn=False):
        pooled, attn = self.pool(self.encoder(x))
        logits = self.head(pooled) / self.temperature
        return (logits, attn) if return_attn else logits


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ----------------------------------------------------------------------------- metrics
class Meter:
    def __init__(self):
        self.sum = 0.0
        self.n = 0

    def update(self, value, n=1):
        self.sum += value * n
        self.n += n

    @property
    def avg(self):
        return self.sum / max(self.n, 1)


def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def expected_calibration_error(probs, y, n_bins=5):
    conf, pred = probs.max(-1)
    ece = 0.0
    edges = torch.linspace(0, 1, n_bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (conf > lo) & (conf <= hi)
        if mask.any():
            acc = (pred[mask] == y[mask]).float().mean()
            ece += mask.float().mean().item() * abs(acc.item() - conf[mask].mean().item())
    return ece


def macro_f1(pred, y, n_classes):
    f1s = []
    for c in range(n_classes):
        tp = ((pred == c) & (y == c)).sum().item()
        fp = ((pred == c) & (y != c)).sum().item()
        fn = ((pred != c) & (y == c)).sum().item()
        denom = 2 * tp + fp + fn
        f1s.append(0.0 if denom == 0 else 2 * tp / denom)
    return sum(f1s) / len(f1s)


# ----------------------------------------------------------------------------- training
def train_one_epoch(model, batches, opt, cfg, epoch):
    loss_m, acc_m = Meter(), Meter()
    for i, (x, y) in enumerate(batches):
        logits = model(x)
        loss = F.cross_entropy(logits, y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        loss_m.update(loss.item(), y.numel())
        acc_m.update(accuracy(logits.detach(), y), y.numel())
        if (i + 1) % cfg["log_every"] == 0:
            LOG.info("epoch %d batch %d loss %.4f", epoch, i + 1, loss_m.avg)
    return {"loss": loss_m.avg, "acc": acc_m.avg}


def evaluate(model, batches, cfg):
    was_training = model.training
    model.eval()
    all_logits, all_y = [], []
    with torch.no_grad():
        for x, y in batches:
            all_logits.append(model(x))
            all_y.append(y)
    model.train(was_training)
    logits, y = torch.cat(all_logits), torch.cat(all_y)
    probs = logits.softmax(-1)
    return {
        "loss": F.cross_entropy(logits, y).item(),
        "acc": accuracy(logits, y),
        "f1": macro_f1(logits.argmax(-1), y, cfg["n_classes"]),
        "ece": expected_calibration_error(probs, y),
    }


def fit_temperature(model, batches, steps=20):
    """Fit a single softmax temperature on held-out batches (LBFGS-free, plain grid search)."""
    model.eval()
    with torch.no_grad():
        logits = torch.cat([model(x) * model.temperature for x, _ in batches])
        y = torch.cat([y for _, y in batches])
    best_t, best_nll = 1.0, math.inf
    for t in torch.linspace(0.5, 3.0, steps).tolist():
        nll = F.cross_entropy(logits / t, y).item()
        if nll < best_nll:
            best_t, best_nll = t, nll
    model.temperature.fill_(best_t)
    return best_t, best_nll


class EarlyStopping:
    def __init__(self, patience):
        self.patience = patience
        self.best = -math.inf
        self.best_state = None
        self.bad = 0

    def step(self, score, model):
        if score > self.best:
            self.best = score
            self.best_state = copy.deepcopy(model.state_dict())
            self.bad = 0
            return False
        self.bad += 1
        return self.bad > self.patience

    def restore(self, model):
        if self.best_state is not None:
            model.load_state_dict(self.best_state)


def saliency_summary(model, batches):
    """Mean |d logit / d input| per lamp position, computed with cuDNN off."""
    sal = None
    with torch.backends.cudnn.flags(enabled=False):
        for x, y in batches:
            x = x.clone().requires_grad_(True)
            out = model(x).gather(1, y[:, None]).sum()
            (g,) = torch.autograd.grad(out, x)
            s = g.abs().mean(dim=(0, 2))
            sal = s if sal is None else sal + s
    return (sal / len(batches)).tolist()


def run(cfg, out_path=None):
    seed_everything(cfg["seed"])
    train_batches = make_batches(cfg, cfg["n_train_batches"], cfg["seed"])
    val_batches = make_batches(cfg, cfg["n_val_batches"], cfg["seed"] + 1)
    LOG.info("train labels %s val labels %s", describe(train_batches), describe(val_batches))

    model = RoundClassifier(cfg)
    LOG.info("model has %d trainable parameters", count_parameters(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    stopper = EarlyStopping(cfg["patience"])
    history = []

    model.train()
    t0 = time.time()
    for epoch in range(cfg["epochs"]):
        tr = train_one_epoch(model, train_batches, opt, cfg, epoch)
        va = evaluate(model, val_batches, cfg)
        if cfg["calib_every"] and epoch % cfg["calib_every"] == 0:
            t, nll = fit_temperature(model, val_batches)
            LOG.info("epoch %d temperature %.2f nll %.4f", epoch, t, nll)
        history.append({"epoch": epoch, "train": tr, "val": va})
        LOG.info("epoch %d train %s val %s", epoch, json.dumps(tr), json.dumps(va))
        if stopper.step(va["f1"], model):
            LOG.info("early stop at epoch %d", epoch)
            break
    stopper.restore(model)
    summary = {
        "best_f1": stopper.best,
        "epochs_run": len(history),
        "seconds": round(time.time() - t0, 2),
        "saliency": saliency_summary(model, val_batches),
        "history": history,
    }
    if out_path:
        with open(out_path, "w") as fh:
            json.dump(summary, fh)
    return summary


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.quiet)
    cfg = build_config(args)
    out_path = args.out
    cleanup = False
    if out_path is None:
        fd, out_path = tempfile.mkstemp(suffix=".json", prefix="lamplighter_")
        os.close(fd)
        cleanup = True
    try:
        summary = run(cfg, out_path)
        print("best f1", round(summary["best_f1"], 3), "epochs", summary["epochs_run"])
    finally:
        if cleanup and os.path.exists(out_path):
            os.remove(out_path)


if __name__ == "__main__":
    main()
