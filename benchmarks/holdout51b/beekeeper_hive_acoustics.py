# expect: crash
"""Hive acoustics: detect swarming intent (queen piping) from the hum of a beehive.

Each sample is a sequence of short-time band energies (8 mel-like bands) recorded by
a microphone under the crown board. A bidirectional LSTM classifies a window into
{calm, pre-swarm, queenless}. The script:

  1. simulates a small dataset (no audio on disk is needed here),
  2. trains with early stopping on macro-F1,
  3. keeps a copy of the best model,
  4. fine-tunes that copy on the most recent apiary's windows (domain shift: a new
     microphone), and
  5. writes a short report.

Usage:
    python beekeeper_hive_acoustics.py --epochs 3 --finetune-steps 2
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

LOG = logging.getLogger("hive")

CLASSES = ("calm", "pre_swarm", "queenless")

DEFAULTS = {
    "n_bands": 8,
    "window": 16,
    "hidden": 12,
    "layers": 2,
    "dropout": 0.2,
    "batch_size": 6,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "epochs": 3,
    "patience": 2,
    "n_train": 36,
    "n_val": 12,
    "n_recent": 12,
    "finetune_steps": 2,
    "finetune_lr": 1e-3,
    "seed": 7,
    "grad_clip": 1.0,
}


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------
def _band_profile(label, n_bands):
    """A class-dependent spectral tilt: piping adds energy to the upper bands."""
    base = torch.linspace(1.0, 0.3, n_bands)
    if label == 1:
        base = base + torch.linspace(0.0, 0.6, n_bands)
    elif label == 2:
        base = base * 0.7 + 0.2 * torch.sin(torch.arange(n_bands, dtype=torch.float))
    return base


def simulate_windows(n, cfg, mic_gain=1.0, gen=None):
    xs, ys = [], []
    for _ in range(n):
        y = int(torch.randint(0, len(CLASSES), (1,), generator=gen))
        prof = _band_profile(y, cfg["n_bands"])
        t = torch.arange(cfg["window"], dtype=torch.float)[:, None]
        wobble = 0.1 * torch.sin(t / 3.0 + y)
        noise = 0.15 * torch.randn(cfg["window"], cfg["n_bands"], generator=gen)
        xs.append(mic_gain * (prof[None, :] + wobble) + noise)
        ys.append(y)
    return torch.stack(xs), torch.tensor(ys)


def iterate(x, y, batch_size, shuffle=True, gen=None):
    idx = torch.randperm(len(x), generator=gen) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), batch_size):
        j = idx[i:i + batch_size]
        yield x[j], y[j]


def standardise(train_x, *others):
    mu = train_x.mean(dim=(0, 1), keepdim=True)
    sd = train_x.std(dim=(0, 1), keepdim=True) + 1e-6
    return [(a - mu) / sd for a in (train_x,) + others], (mu, sd)


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------
class HiveNet(nn.Module):
    def __init__(self, n_bands, hidden, layers, dropout, n_classes=len(CLASSES)):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(n_bands, hidden), nn.GELU())
        self.lstm = nn.LSTM(hidden, hidden, num_layers=layers, dropout=dropout,
                            batch_first=True, bidirectional=True)
        self.attn = nn.Linear(2 * hidden, 1)
        self.drop = nn.Dropout(dropout)
        self.cls = nn.Linear(2 * hidden, n_classes)

    def forward(self, x, return_attn=False):
        h, _ = self.lstm(self.inp(x))
        w = torch.softmax(self.attn(h).squeeze(-1), dim=1)
        pooled = (w.unsqueeze(-1) * h).sum(1)
        logits = self.cls(self.drop(pooled))
        return (logits, w) if return_attn else logits


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ---------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------
def confusion(pred, true, k=len(CLASSES)):
    m = torch.zeros(k, k, dtype=torch.long)
    for p, t in zip(pred.tolist(), true.tolist()):
        m[t, p] += 1
    return m


def macro_f1(conf):
    f1s = []
    for c in range(conf.size(0)):
        tp = conf[c, c].item()
        fp = conf[:, c].sum().item() - tp
        fn = conf[c, :].sum().item() - tp
        denom = 2 * tp + fp + fn
        f1s.append(0.0 if denom == 0 else 2 * tp / denom)
    return sum(f1s) / len(f1s)


def expected_calibration_error(probs, labels, n_bins=5):
    conf, pred = probs.max(-1)
    ece = 0.0
    edges = torch.linspace(0, 1, n_bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (conf > lo) & (conf <= hi)
        if mask.any():
            acc = (pred[mask] == labels[mask]).float().mean()
            ece += mask.float().mean() * (conf[mask].mean() - acc).abs()
    return float(ece)


class RunningMean:
    def __init__(self):
        self.total = 0.0
        self.n = 0

    def update(self, value, n=1):
        self.total += value * n
        self.n += n

    @property
    def value(self):
        return self.total / max(self.n, 1)


# ---------------------------------------------------------------------------
# training / evaluation
# ---------------------------------------------------------------------------
def train_one_epoch(model, opt, x, y, cfg, gen):
    model.train()
    meter = RunningMean()
    for xb, yb in iterate(x, y, cfg["batch_size"], gen=gen):
        logits = model(xb)
        loss = F.cross_entropy(logits, yb, label_smoothing=0.05)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["grad_clip"])
        opt.step()
        meter.update(loss.item(), len(yb))
    return meter.value


@torch.no_grad()
def evaluate(model, x, y, cfg):
    model.eval()
    preds, probs = [], []
    meter = RunningMean()
    for xb, yb in iterate(x, y, cfg["batch_size"], shuffle=False):
        logits = model(xb)
        meter.update(F.cross_entropy(logits, yb).item(), len(yb))
        probs.append(logits.softmax(-1))
        preds.append(logits.argmax(-1))
    probs, preds = torch.cat(probs), torch.cat(preds)
    conf = confusion(preds, y)
    return {
        "loss": meter.value,
        "acc": float((preds == y).float().mean()),
        "macro_f1": macro_f1(conf),
        "ece": expected_calibration_error(probs, y),
        "confusion": conf.tolist(),
    }


class EarlyStopper:
    def __init__(self, patience):
        self.patience = patience
        self.best = -math.inf
        self.bad = 0
        self.best_model = None
        self.best_epoch = -1

    def step(self, model, score, epoch):
        if score > self.best:
            self.best = score
            self.bad = 0
            self.best_epoch = epoch
            self.best_model = copy.deepcopy(model)
            return False
        self.bad += 1
        return self.bad > self.patience


def fit(model, data, cfg, gen):
    (xtr, ytr), (xva, yva) = data
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=max(cfg["epochs"], 1))
    stopper = EarlyStopper(cfg["patience"])
    history = defaultdict(list)
    for epoch in range(cfg["epochs"]):
        t0 = time.time()
        tr_loss = train_one_epoch(model, opt, xtr, ytr, cfg, gen)
        metrics = evaluate(model, xva, yva, cfg)
        sched.step()
        history["train_loss"].append(tr_loss)
        for k in ("loss", "acc", "macro_f1", "ece"):
            history["val_" + k].append(metrics[k])
        LOG.info("epoch %d  train %.4f  val f1 %.3f  acc %.3f  ece %.3f  (%.2fs)", epoch, tr_loss,
                 metrics["macro_f1"], metrics["acc"], metrics["ece"], time.time() - t0)
        if stopper.step(model, metrics["macro_f1"], epoch):
            LOG.info("early stop at epoch %d (best %d)", epoch, stopper.best_epoch)
            break
    return stopper.best_model, dict(history)


def finetune_recent(model, x, y, cfg):
    """Adapt the input projection and classifier to a new microphone; the LSTM stays
    frozen to keep what it learnt about piping."""
    for p in model.lstm.parameters():
        p.requires_grad_(False)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.SGD(params, lr=cfg["finetune_lr"], momentum=0.9)
    losses = []
    for step in range(cfg["finetune_steps"]):
        for xb, yb in iterate(x, y, cfg["batch_size"], shuffle=False):
            loss = F.cross_entropy(model(xb), yb)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            losses.append(loss.item())
        LOG.info("finetune step %d loss %.4f", step, losses[-1])
    return losses


def attention_summary(model, x):
    with torch.no_grad():
        _, w = model(x, return_attn=True)
    peak = w.argmax(1).float()
    return {"mean_peak_frame": float(peak.mean()), "std_peak_frame": float(peak.std())}


# ---------------------------------------------------------------------------
# reporting
# ---------------------------------------------------------------------------
def write_report(path, cfg, history, final):
    with open(path, "w") as fh:
        json.dump({"config": cfg, "history": history, "final": final}, fh, indent=1)
    LOG.info("report written to %s (%d bytes)", path, os.path.getsize(path))


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=DEFAULTS["epochs"])
    ap.add_argument("--hidden", type=int, default=DEFAULTS["hidden"])
    ap.add_argument("--lr", type=float, default=DEFAULTS["lr"])
    ap.add_argument("--finetune-steps", type=int, default=DEFAULTS["finetune_steps"])
    ap.add_argument("--seed", type=int, default=DEFAULTS["seed"])
    ap.add_argument("--no-finetune", action="store_true")
    ap.add_argument("--verbose", "-v", action="store_true")
    return ap.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULTS)
    cfg.update(epochs=args.epochs, hidden=args.hidden, lr=args.lr,
               finetune_steps=args.finetune_steps, seed=args.seed)
    return cfg


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)
    return torch.Generator().manual_seed(seed)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    cfg = build_config(args)
    gen = seed_everything(cfg["seed"])

    xtr, ytr = simulate_windows(cfg["n_train"], cfg, gen=gen)
    xva, yva = simulate_windows(cfg["n_val"], cfg, gen=gen)
    xre, yre = simulate_windows(cfg["n_recent"], cfg, mic_gain=1.4, gen=gen)
    (xtr, xva, xre), _ = standardise(xtr, xva, xre)
    LOG.info("data: train %s val %s recent %s", tuple(xtr.shape), tuple(xva.shape), tuple(xre.shape))

    model = HiveNet(cfg["n_bands"], cfg["hidden"], cfg["layers"], cfg["dropout"])
    LOG.info("HiveNet with %d parameters", count_parameters(model))

    best, history = fit(model, ((xtr, ytr), (xva, yva)), cfg, gen)
    final = {"before_finetune": evaluate(best, xre, yre, cfg)}
    final["attention"] = attention_summary(best, xva)

    if not args.no_finetune:
        history["finetune_loss"] = finetune_recent(best, xre, yre, cfg)
        final["after_finetune"] = evaluate(best, xre, yre, cfg)

    fd, path = tempfile.mkstemp(suffix=".json", prefix="hive_report_")
    os.close(fd)
    try:
        write_report(path, cfg, history, final)
    finally:
        os.remove(path)
    LOG.info("recent-apiary f1 before %.3f", final["before_finetune"]["macro_f1"])
    return final


if __name__ == "__main__":
    main()
