# expect: crash
"""Tithe-barn grain spoilage forecasting.

Predicts, from hourly temperature / humidity / CO2 probes in a stored grain bay, whether the bay will
cross the spoilage threshold within the next week. Experiments for the barn-monitoring study.

Features
--------
* bidirectional GRU or LSTM encoder over probe windows, attention pooling, MLP head
* class-weighted cross entropy, label smoothing
* cosine LR schedule with warm-up
* early stopping on validation F1, with an extra gradient-norm criterion: once the gradient of the
  validation loss becomes small the run is considered converged
* metrics: accuracy, precision, recall, F1, Brier score
* JSON run summary written to a temp dir and removed at exit

Example
-------
    python tithe_barns_grain.py --epochs 4 --rnn gru --hidden 12
"""
import argparse
import json
import logging
import math
import os
import random
import shutil
import tempfile
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("tithe")

DEFAULT_CONFIG = {
    "data": {
        "n_train": 48,
        "n_valid": 16,
        "n_test": 16,
        "window": 12,
        "n_probes": 3,
        "spoil_rate": 0.35,
    },
    "model": {
        "rnn": "gru",
        "hidden": 12,
        "layers": 1,
        "bidirectional": True,
        "dropout": 0.1,
        "head_hidden": 8,
    },
    "optim": {
        "lr": 3e-3,
        "weight_decay": 1e-4,
        "warmup_steps": 4,
        "clip": 1.0,
        "label_smoothing": 0.05,
    },
    "train": {
        "epochs": 4,
        "batch_size": 8,
        "patience": 3,
        "grad_norm_tol": 1e-4,
        "log_every": 3,
        "seed": 17,
    },
}


# --------------------------------------------------------------------------------------------------
# configuration
# --------------------------------------------------------------------------------------------------
def deep_update(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_update(out[k], v)
        elif v is not None:
            out[k] = v
    return out


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int)
    p.add_argument("--batch-size", type=int)
    p.add_argument("--rnn", choices=["gru", "lstm"])
    p.add_argument("--hidden", type=int)
    p.add_argument("--lr", type=float)
    p.add_argument("--seed", type=int)
    p.add_argument("--no-bidirectional", action="store_true")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def build_config(args):
    override = {
        "model": {"rnn": args.rnn, "hidden": args.hidden},
        "optim": {"lr": args.lr},
        "train": {"epochs": args.epochs, "batch_size": args.batch_size, "seed": args.seed},
    }
    cfg = deep_update(DEFAULT_CONFIG, override)
    if args.no_bidirectional:
        cfg["model"]["bidirectional"] = False
    return cfg


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# --------------------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------------------
def synth_bays(n, window, n_probes, spoil_rate, gen):
    """Synthetic probe windows. Spoiling bays get a slow upward temperature / CO2 drift."""
    x = torch.randn(n, window, n_probes, generator=gen) * 0.5
    y = (torch.rand(n, generator=gen) < spoil_rate).long()
    drift = torch.linspace(0, 1.5, window).view(1, window, 1)
    x = x + y.view(n, 1, 1).float() * drift * torch.tensor([1.0, 0.2, 0.8])[:n_probes]
    return x, y


class BayDataset:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __len__(self):
        return len(self.y)

    def batches(self, batch_size, shuffle, gen=None):
        idx = torch.randperm(len(self), generator=gen) if shuffle else torch.arange(len(self))
        for s in range(0, len(self), batch_size):
            b = idx[s:s + batch_size]
            yield self.x[b], self.y[b]


def standardise(train, *others):
    mean = train.x.mean(dim=(0, 1), keepdim=True)
    std = train.x.std(dim=(0, 1), keepdim=True) + 1e-6
    for ds in (train,) + others:
        ds.x = (ds.x - mean) / std
    return mean, std


def make_datasets(cfg):
    d = cfg["data"]
    gen = torch.Generator().manual_seed(cfg["train"]["seed"])
    sets = [BayDataset(*synth_bays(d[k], d["window"], d["n_probes"], d["spoil_rate"], gen))
            for k in ("n_train", "n_valid", "n_test")]
    standardise(*sets)
    return sets


def class_weights(ds):
    counts = torch.bincount(ds.y, minlength=2).float().clamp_min(1)
    w = counts.sum() / (2 * counts)
    return w


# --------------------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------------------
class AttentionPool(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.score = nn.Linear(dim, 1)

    def forward(self, h):
        a = self.score(h).softmax(dim=1)
        return (a * h).sum(1), a.squeeze(-1)


class SpoilageNet(nn.Module):
    def __init__(self, n_probes, rnn, hidden, layers, bidirectional, dropout, head_hidden):
        super().__init__()
        cls = {"gru": nn.GRU, "lstm": nn.LSTM}[rnn]
        self.encoder = cls(n_probes, hidden, num_layers=layers, batch_first=True,
                           bidirectional=bidirectional, dropout=dropout if layers > 1 else 0.0)
        out_dim = hidden * (2 if bidirectional else 1)
        self.pool = AttentionPool(out_dim)
        self.head = nn.Sequential(nn.Linear(out_dim, head_hidden), nn.GELU(), nn.Dropout(dropout),
                                  nn.Linear(head_hidden, 2))

    def forward(self, x, return_attention=False):
        h, _ = self.encoder(x)
        pooled, att = self.pool(h)
        logits = self.head(pooled)
        return (logits, att) if return_attention else logits


def build_model(cfg):
    m = cfg["model"]
    return SpoilageNet(cfg["data"]["n_probes"], m["rnn"], m["hidden"], m["layers"], m["bidirectional"],
                       m["dropout"], m["head_hidden"])


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------------------------------
# optimisation
# --------------------------------------------------------------------------------------------------
def build_optimizer(model, cfg):
    o = cfg["optim"]
    decay, no_decay = [], []
    for n, p in model.named_parameters():
        (no_decay if n.endswith("bias") else decay).append(p)
    return torch.optim.AdamW([{"params": decay, "weight_decay": o["weight_decay"]},
                              {"params": no_decay, "weight_decay": 0.0}], lr=o["lr"])


def build_scheduler(opt, cfg, steps_per_epoch):
    total = cfg["train"]["epochs"] * steps_per_epoch
    warm = cfg["optim"]["warmup_steps"]

    def lr_lambda(step):
        if step < warm:
            return (step + 1) / warm
        progress = (step - warm) / max(1, total - warm)
        return 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))

    return torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda)


def loss_fn(logits, y, weights, smoothing):
    return F.cross_entropy(logits, y, weight=weights, label_smoothing=smoothing)


# --------------------------------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------------------------------
class MetricTracker:
    def __init__(self):
        self.reset()

    def reset(self):
        self.tp = self.fp = self.fn = self.tn = 0
        self.brier = 0.0
        self.n = 0

    def update(self, logits, y):
        prob = logits.softmax(-1)[:, 1]
        pred = (prob > 0.5).long()
        self.tp += ((pred == 1) & (y == 1)).sum().item()
        self.fp += ((pred == 1) & (y == 0)).sum().item()
        self.fn += ((pred == 0) & (y == 1)).sum().item()
        self.tn += ((pred == 0) & (y == 0)).sum().item()
        self.brier += ((prob - y.float()) ** 2).sum().item()
        self.n += len(y)

    def compute(self):
        prec = self.tp / max(1, self.tp + self.fp)
        rec = self.tp / max(1, self.tp + self.fn)
        f1 = 2 * prec * rec / max(1e-9, prec + rec)
        return {
            "acc": (self.tp + self.tn) / max(1, self.n),
            "precision": prec,
            "recall": rec,
            "f1": f1,
            "brier": self.brier / max(1, self.n),
        }


# --------------------------------------------------------------------------------------------------
# train / eval
# --------------------------------------------------------------------------------------------------
def train_one_epoch(model, ds, opt, sched, cfg, weights, epoch, gen):
    model.train()
    tracker = MetricTracker()
    running = 0.0
    for i, (x, y) in enumerate(ds.batches(cfg["train"]["batch_size"], shuffle=True, gen=gen)):
        opt.zero_grad()
        logits = model(x)
        loss = loss_fn(logits, y, weights, cfg["optim"]["label_smoothing"])
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        opt.step()
        sched.step()
        running += loss.item()
        tracker.update(logits.detach(), y)
        if i % cfg["train"]["log_every"] == 0:
            logger.debug("epoch %d it %d loss %.4f lr %.2e", epoch, i, loss.item(), sched.get_last_lr()[0])
    out = tracker.compute()
    out["loss"] = running / max(1, i + 1)
    return out


@torch.no_grad()
def evaluate(model, ds, cfg, weights):
    model.eval()
    tracker = MetricTracker()
    total, n = 0.0, 0
    for x, y in ds.batches(cfg["train"]["batch_size"], shuffle=False):
        logits = model(x)
        total += loss_fn(logits, y, weights, 0.0).item() * len(y)
        n += len(y)
        tracker.update(logits, y)
    out = tracker.compute()
    out["loss"] = total / max(1, n)
    return out


def validation_grad_norm(model, ds, cfg, weights):
    """L2 norm of the gradient of the full validation loss (used as a convergence signal)."""
    model.zero_grad()
    n = len(ds)
    for x, y in ds.batches(cfg["train"]["batch_size"], shuffle=False):
        loss = loss_fn(model(x), y, weights, 0.0) * len(y) / n
        loss.backward()  # TM001-here
    norm = torch.sqrt(sum((p.grad ** 2).sum() for p in model.parameters() if p.grad is not None))
    model.zero_grad()
    return norm.item()


class EarlyStopper:
    def __init__(self, patience, grad_norm_tol):
        self.patience = patience
        self.grad_norm_tol = grad_norm_tol
        self.best = -float("inf")
        self.bad_epochs = 0
        self.best_state = None

    def step(self, model, f1, grad_norm):
        if f1 > self.best:
            self.best = f1
            self.bad_epochs = 0
            self.best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
        else:
            self.bad_epochs += 1
        if grad_norm < self.grad_norm_tol:
            logger.info("validation gradient norm %.2e below tolerance; stopping", grad_norm)
            return True
        return self.bad_epochs >= self.patience


# --------------------------------------------------------------------------------------------------
# reporting
# --------------------------------------------------------------------------------------------------
def format_metrics(prefix, m):
    return " ".join(f"{prefix}_{k}={v:.3f}" for k, v in sorted(m.items()))


def write_summary(run_dir, cfg, history, test_metrics):
    path = os.path.join(run_dir, "summary.json")
    with open(path, "w") as fh:
        json.dump({"config": cfg, "history": history, "test": test_metrics}, fh, indent=2)
    return path


# --------------------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------------------
def run(cfg):
    set_seed(cfg["train"]["seed"])
    train_ds, valid_ds, test_ds = make_datasets(cfg)
    weights = class_weights(train_ds)
    model = build_model(cfg)
    logger.info("model has %d trainable parameters", count_parameters(model))
    opt = build_optimizer(model, cfg)
    steps = math.ceil(len(train_ds) / cfg["train"]["batch_size"])
    sched = build_scheduler(opt, cfg, steps)
    stopper = EarlyStopper(cfg["train"]["patience"], cfg["train"]["grad_norm_tol"])
    gen = torch.Generator().manual_seed(cfg["train"]["seed"] + 1)
    history = defaultdict(list)

    for epoch in range(cfg["train"]["epochs"]):
        t0 = time.time()
        tr = train_one_epoch(model, train_ds, opt, sched, cfg, weights, epoch, gen)
        va = evaluate(model, valid_ds, cfg, weights)
        gnorm = validation_grad_norm(model, valid_ds, cfg, weights)
        for k, v in tr.items():
            history[f"train_{k}"].append(v)
        for k, v in va.items():
            history[f"valid_{k}"].append(v)
        history["valid_grad_norm"].append(gnorm)
        logger.info("epoch %d (%.1fs) %s %s gnorm=%.2e", epoch, time.time() - t0,
                    format_metrics("tr", tr), format_metrics("va", va), gnorm)
        if stopper.step(model, va["f1"], gnorm):
            logger.info("early stop at epoch %d", epoch)
            break

    if stopper.best_state is not None:
        model.load_state_dict(stopper.best_state)
    te = evaluate(model, test_ds, cfg, weights)
    logger.info("test %s", format_metrics("te", te))
    return dict(history), te


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(message)s")
    cfg = build_config(args)
    run_dir = tempfile.mkdtemp(prefix="tithe_")
    try:
        history, test_metrics = run(cfg)
        path = write_summary(run_dir, cfg, history, test_metrics)
        logger.info("summary written to %s", path)
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
