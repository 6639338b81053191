# expect: crash
"""Ice-cream parlour demand regimes as a joint energy model (JEM-style).

A GRU classifier over two weeks of (temperature, sunshine, footfall, weekday)
readings predicts the demand regime of the next day (low / normal / rush).  Its
logits double as an energy  E(x) = -logsumexp f(x),  and a replay buffer of
SGLD samples gives the generative term of the loss.

    python ice_cream_parlour_jem.py --epochs 2 --sgld-steps 3

Everything is tiny and random so that it finishes in seconds.
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

LOG = logging.getLogger("jem")

DEFAULTS = {
    "seq_len": 14,
    "n_feats": 4,
    "hidden": 12,
    "n_regimes": 3,
    "batch_size": 8,
    "n_train": 48,
    "n_val": 16,
    "epochs": 2,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "sgld_steps": 3,
    "sgld_lr": 1.0,
    "sgld_noise": 0.01,
    "buffer_size": 64,
    "reinit_freq": 0.05,
    "gen_weight": 0.1,
    "clip": 1.0,
    "seed": 0,
    "log_every": 2,
}


# --------------------------------------------------------------------------- #
# utilities
# --------------------------------------------------------------------------- #
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s | %(message)s",
        datefmt="%H:%M:%S",
    )


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.total, self.count = 0.0, 0

    def update(self, value, n=1):
        self.total += float(value) * n
        self.count += n

    @property
    def avg(self):
        return self.total / max(self.count, 1)


class MetricTracker:
    def __init__(self):
        self.meters = defaultdict(AverageMeter)

    def update(self, **kw):
        for k, v in kw.items():
            self.meters[k].update(v)

    def summary(self):
        return {k: round(m.avg, 4) for k, m in self.meters.items()}

    def reset(self):
        for m in self.meters.values():
            m.reset()


def expected_calibration_error(probs, labels, n_bins=5):
    conf, pred = probs.max(1)
    ece = torch.zeros(())
    edges = torch.linspace(0, 1, n_bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (conf > lo) & (conf <= hi)
        if mask.any():
            acc = (pred[mask] == labels[mask]).float().mean()
            ece += mask.float().mean() * (acc - conf[mask].mean()).abs()
    return ece.item()


# --------------------------------------------------------------------------- #
# data
# --------------------------------------------------------------------------- #
def synth_parlour_days(n, cfg):
    x = torch.randn(n, cfg["seq_len"], cfg["n_feats"])
    x[:, :, 3] = (torch.arange(cfg["seq_len"]) % 7).float() / 6.0
    heat = x[:, -3:, 0].mean(1) + 0.5 * x[:, -3:, 1].mean(1)
    y = torch.bucketize(heat, torch.tensor([-0.3, 0.4]))
    return x, y


def batches(x, y, batch_size, shuffle=True):
    idx = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), batch_size):
        j = idx[i:i + batch_size]
        yield x[j], y[j]


# --------------------------------------------------------------------------- #
# model
# --------------------------------------------------------------------------- #
class RegimeGRU(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.inp = nn.Linear(cfg["n_feats"], cfg["hidden"])
        self.gru = nn.GRU(cfg["hidden"], cfg["hidden"], num_layers=2, batch_first=True, dropout=0.1)
        self.drop = nn.Dropout(0.1)
        self.cls = nn.Linear(cfg["hidden"], cfg["n_regimes"])

    def forward(self, x):
        h, _ = self.gru(F.gelu(self.inp(x)))
        return self.cls(self.drop(h[:, -1]))

    def energy(self, x):
        return -torch.logsumexp(self(x), dim=1)


# --------------------------------------------------------------------------- #
# SGLD replay buffer
# --------------------------------------------------------------------------- #
class ReplayBuffer:
    def __init__(self, cfg):
        self.cfg = cfg
        self.store = self._noise(cfg["buffer_size"])

    def _noise(self, n):
        return torch.randn(n, self.cfg["seq_len"], self.cfg["n_feats"])

    def sample(self, n):
        idx = torch.randint(0, len(self.store), (n,))
        init = self.store[idx].clone()
        fresh = torch.rand(n) < self.cfg["reinit_freq"]
        init[fresh] = self._noise(int(fresh.sum()))
        return init, idx

    def push(self, samples, idx):
        self.store[idx] = samples.detach()


def sample_sgld(model, buffer, n, cfg):
    """Short-run SGLD from the replay buffer.

    Dropout would make the energy landscape noisy between steps, so the chain
    runs with the model in inference mode and restores the mode afterwards.
    """
    was_training = model.training
    model.eval()
    x, idx = buffer.sample(n)
    x = x.requires_grad_(True)
    for _ in range(cfg["sgld_steps"]):
        e = model.energy(x).sum()
        (g,) = torch.autograd.grad(e, x)  # TM001-here
        x = (x - cfg["sgld_lr"] * g + cfg["sgld_noise"] * torch.randn_like(x)).detach().requires_grad_(True)
    model.train(was_training)
    buffer.push(x, idx)
    return x.detach()


# --------------------------------------------------------------------------- #
# train / evaluate
# --------------------------------------------------------------------------- #
def train_one_epoch(model, opt, buffer, data, cfg, epoch, tracker):
    model.train()
    x_all, y_all = data
    for step, (x, y) in enumerate(batches(x_all, y_all, cfg["batch_size"])):
        logits = model(x)
        ce = F.cross_entropy(logits, y)
        x_neg = sample_sgld(model, buffer, x.size(0), cfg)
        e_pos = -torch.logsumexp(logits, dim=1).mean()
        e_neg = model.energy(x_neg).mean()
        gen = e_pos - e_neg
        loss = ce + cfg["gen_weight"] * gen
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        acc = (logits.argmax(1) == y).float().mean().item()
        tracker.update(loss=loss.item(), ce=ce.item(), gen=gen.item(), acc=acc)
        if step % cfg["log_every"] == 0:
            LOG.debug("epoch %d step %d %s", epoch, step, tracker.summary())
    return tracker.summary()


@torch.no_grad()
def evaluate(model, data, cfg):
    model.eval()
    x_all, y_all = data
    probs, labels = [], []
    for x, y in batches(x_all, y_all, cfg["batch_size"], shuffle=False):
        probs.append(F.softmax(model(x), dim=1))
        labels.append(y)
    probs, labels = torch.cat(probs), torch.cat(labels)
    nll = F.nll_loss(probs.clamp_min(1e-8).log(), labels).item()
    return {
        "acc": round((probs.argmax(1) == labels).float().mean().item(), 4),
        "nll": round(nll, 4),
        "ece": round(expected_calibration_error(probs, labels), 4),
    }


# --------------------------------------------------------------------------- #
# checkpoints
# --------------------------------------------------------------------------- #
class CheckpointDir:
    def __init__(self):
        self.path = tempfile.mkdtemp(prefix="jem_parlour_")

    def save(self, model, opt, epoch, metrics):
        fn = os.path.join(self.path, f"epoch{epoch}.pt")
        torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "metrics": metrics}, fn)
        return fn

    def best(self, key="acc"):
        best_fn, best_val = None, -math.inf
        for fn in sorted(os.listdir(self.path)):
            m = torch.load(os.path.join(self.path, fn))["metrics"]
            if m[key] > best_val:
                best_fn, best_val = fn, m[key]
        return best_fn, best_val

    def cleanup(self):
        shutil.rmtree(self.path, ignore_errors=True)


# --------------------------------------------------------------------------- #
# main
# --------------------------------------------------------------------------- #
def build_parser():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=DEFAULTS["epochs"])
    p.add_argument("--lr", type=float, default=DEFAULTS["lr"])
    p.add_argument("--sgld-steps", type=int, default=DEFAULTS["sgld_steps"])
    p.add_argument("--gen-weight", type=float, default=DEFAULTS["gen_weight"])
    p.add_argument("--seed", type=int, default=DEFAULTS["seed"])
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--dump-config", action="store_true")
    return p


def merge_config(args):
    cfg = dict(DEFAULTS)
    cfg.update(epochs=args.epochs, lr=args.lr, sgld_steps=args.sgld_steps,
               gen_weight=args.gen_weight, seed=args.seed)
    return cfg


def main(argv=None):
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_config(args)
    if args.dump_config:
        print(json.dumps(cfg, indent=2))
    set_seed(cfg["seed"])

    train_data = synth_parlour_days(cfg["n_train"], cfg)
    val_data = synth_parlour_days(cfg["n_val"], cfg)
    LOG.info("regime counts (train): %s", torch.bincount(train_data[1], minlength=3).tolist())

    model = RegimeGRU(cfg)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    buffer = ReplayBuffer(cfg)
    ckpt = CheckpointDir()
    tracker = MetricTracker()
    try:
        for epoch in range(cfg["epochs"]):
            t0 = time.time()
            tracker.reset()
            train_stats = train_one_epoch(model, opt, buffer, train_data, cfg, epoch, tracker)
            val_stats = evaluate(model, val_data, cfg)
            ckpt.save(model, opt, epoch, val_stats)
            LOG.info("epoch %d train %s val %s (%.2fs)", epoch, train_stats, val_stats, time.time() - t0)
        best_fn, best_acc = ckpt.best()
        LOG.info("best checkpoint %s acc %.4f", best_fn, best_acc)
    finally:
        ckpt.cleanup()


if __name__ == "__main__":
    main()
