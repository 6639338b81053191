# expect: clean
"""Bookbinding stitch-tension energy model.

Research code for scoring sewing-frame tension traces of book signatures.  A GRU encoder maps a
trace to a scalar energy; training uses contrastive divergence with negatives drawn by short-run
Langevin dynamics started from noise (with a small replay buffer), plus a supervised head that
predicts whether the signature will need re-sewing.

Usage:
    python bookbinding_stitch_ebm_long.py --epochs 2 --langevin-steps 3
"""
import argparse
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

LOG = logging.getLogger("stitch_ebm")

DEFAULTS = {
    "seed": 7,
    "n_signatures": 24,
    "trace_len": 10,
    "n_channels": 3,
    "hidden": 12,
    "batch_size": 6,
    "epochs": 2,
    "lr": 3e-3,
    "weight_decay": 1e-5,
    "langevin_steps": 3,
    "langevin_step_size": 0.1,
    "langevin_noise": 0.01,
    "buffer_size": 32,
    "reinit_prob": 0.05,
    "alpha_reg": 0.1,
    "sup_weight": 1.0,
    "clip": 1.0,
    "log_every": 2,
}


# ----------------------------------------------------------------------------
# utilities
# ----------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    level = logging.DEBUG if verbose else logging.INFO
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        stream=sys.stdout)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=DEFAULTS["epochs"])
    p.add_argument("--hidden", type=int, default=DEFAULTS["hidden"])
    p.add_argument("--lr", type=float, default=DEFAULTS["lr"])
    p.add_argument("--langevin-steps", type=int, default=DEFAULTS["langevin_steps"])
    p.add_argument("--langevin-step-size", type=float, default=DEFAULTS["langevin_step_size"])
    p.add_argument("--batch-size", type=int, default=DEFAULTS["batch_size"])
    p.add_argument("--seed", type=int, default=DEFAULTS["seed"])
    p.add_argument("--save-metrics", action="store_true")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def merge_config(args):
    cfg = dict(DEFAULTS)
    cfg.update({
        "epochs": args.epochs,
        "hidden": args.hidden,
        "lr": args.lr,
        "langevin_steps": args.langevin_steps,
        "langevin_step_size": args.langevin_step_size,
        "batch_size": args.batch_size,
        "seed": args.seed,
    })
    return cfg


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.sum = 0.0
        self.count = 0

    def update(self, val, n=1):
        self.sum += float(val) * n
        self.count += n

    @property
    def avg(self):
        return self.sum / max(self.count, 1)


class MetricLog:
    def __init__(self):
        self.rows = defaultdict(list)

    def add(self, **kw):
        for k, v in kw.items():
            self.rows[k].append(float(v))

    def last(self, key, default=float("nan")):
        vals = self.rows.get(key)
        return vals[-1] if vals else default

    def dump(self, path):
        with open(path, "w") as fh:
            json.dump(self.rows, fh)


# ----------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------
def make_signatures(cfg):
    """Synthetic tension traces: a slow sine with signature-specific slack, plus noise."""
    n, t, c = cfg["n_signatures"], cfg["trace_len"], cfg["n_channels"]
    phase = torch.rand(n, 1, 1) * 2 * math.pi
    steps = torch.linspace(0, 2 * math.pi, t).view(1, t, 1)
    slack = torch.rand(n, 1, c)
    traces = torch.sin(steps + phase) * (1 - slack) + 0.1 * torch.randn(n, t, c)
    resew = (slack.mean(dim=(1, 2)) > 0.5).long()
    return traces, resew


def split(traces, labels, frac=0.75):
    k = int(len(traces) * frac)
    return (traces[:k], labels[:k]), (traces[k:], labels[k:])


def iterate(traces, labels, batch_size, shuffle=True):
    idx = torch.randperm(len(traces)) if shuffle else torch.arange(len(traces))
    for i in range(0, len(idx), batch_size):
        j = idx[i:i + batch_size]
        yield traces[j], labels[j]


# ----------------------------------------------------------------------------
# model
# ----------------------------------------------------------------------------
class StitchEncoder(nn.Module):
    def __init__(self, n_channels, hidden):
        super().__init__()
        self.inp = nn.Linear(n_channels, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.norm = nn.LayerNorm(hidden)

    def forward(self, x):
        h, _ = self.gru(F.silu(self.inp(x)))
        return self.norm(h[:, -1])


class StitchEBM(nn.Module):
    def __init__(self, n_channels, hidden):
        super().__init__()
        self.encoder = StitchEncoder(n_channels, hidden)
        self.energy = nn.Sequential(nn.Linear(hidden, hidden), nn.SiLU(), nn.Linear(hidden, 1))
        self.resew_head = nn.Linear(hidden, 2)

    def forward(self, x):
        z = self.encoder(x)
        return self.energy(z).squeeze(-1), self.resew_head(z)

    def energy_only(self, x):
        return self.forward(x)[0]


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ----------------------------------------------------------------------------
# sampling
# ----------------------------------------------------------------------------
class ReplayBuffer:
    def __init__(self, size, shape):
        self.size = size
        self.store = torch.rand(size, *shape) * 2 - 1

    def sample(self, n, reinit_prob):
        idx = torch.randint(0, self.size, (n,))
        x = self.store[idx].clone()
        fresh = torch.rand(n) < reinit_prob
        x[fresh] = torch.rand_like(x[fresh]) * 2 - 1
        return x, idx

    def push(self, x, idx):
        self.store[idx] = x.detach()


def langevin_negatives(model, x0, cfg):
    """Short-run SGLD in input space.  The sampler uses the model without dropout / noise."""
    model.eval()
    x = x0.clone().requires_grad_(True)
    # cuDNN's RNN kernels keep no reserve space in eval mode, so run the sampler on the native kernels
    with torch.backends.cudnn.flags(enabled=False):
        for _ in range(cfg["langevin_steps"]):
            e = model.energy_only(x).sum()
            (g,) = torch.autograd.grad(e, x)
            x = x - cfg["langevin_step_size"] * g + cfg["langevin_noise"] * torch.randn_like(x)
            x = x.clamp(-1.5, 1.5).detach().requires_grad_(True)
    model.train()
    return x.detach()


# ----------------------------------------------------------------------------
# training / evaluation
# ----------------------------------------------------------------------------
def cd_loss(e_pos, e_neg, alpha):
    return e_pos.mean() - e_neg.mean() + alpha * (e_pos.pow(2).mean() + e_neg.pow(2).mean())


def train_one_epoch(model, opt, buffer, data, cfg, epoch, metrics):
    model.train()
    loss_meter, cd_meter, sup_meter = AverageMeter(), AverageMeter(), AverageMeter()
    for step, (x, y) in enumerate(iterate(*data, cfg["batch_size"])):
        x_neg0, idx = buffer.sample(len(x), cfg["reinit_prob"])
        x_neg = langevin_negatives(model, x_neg0, cfg)
        buffer.push(x_neg, idx)

        e_pos, logits = model(x)
        e_neg, _ = model(x_neg)
        l_cd = cd_loss(e_pos, e_neg, cfg["alpha_reg"])
        l_sup = F.cross_entropy(logits, y)
        loss = l_cd + cfg["sup_weight"] * l_sup

        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()

        loss_meter.update(loss.item(), len(x))
        cd_meter.update(l_cd.item(), len(x))
        sup_meter.update(l_sup.item(), len(x))
        if step % cfg["log_every"] == 0:
            LOG.debug("epoch %d step %d loss %.4f", epoch, step, loss.item())
    metrics.add(train_loss=loss_meter.avg, train_cd=cd_meter.avg, train_sup=sup_meter.avg)
    return loss_meter.avg


@torch.no_grad()
def evaluate(model, data, cfg, metrics):
    model.eval()
    correct, total, energy = 0, 0, AverageMeter()
    for x, y in iterate(*data, cfg["batch_size"], shuffle=False):
        e, logits = model(x)
        correct += (logits.argmax(-1) == y).sum().item()
        total += len(y)
        energy.update(e.mean().item(), len(y))
    acc = correct / max(total, 1)
    metrics.add(val_acc=acc, val_energy=energy.avg)
    return acc


def energy_gap(model, data, buffer):
    model.eval()
    with torch.no_grad():
        e_data = model.energy_only(data[0]).mean().item()
        e_buf = model.energy_only(buffer.store[:8]).mean().item()
    return e_buf - e_data


def build_optimizer(model, cfg):
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (no_decay if name.endswith("bias") or "norm" in name else decay).append(p)
    return torch.optim.AdamW([
        {"params": decay, "weight_decay": cfg["weight_decay"]},
        {"params": no_decay, "weight_decay": 0.0},
    ], lr=cfg["lr"])


def cosine_lr(opt, base_lr, epoch, total):
    lr = 0.5 * base_lr * (1 + math.cos(math.pi * epoch / max(total, 1)))
    for g in opt.param_groups:
        g["lr"] = lr
    return lr


def summarise(metrics):
    keys = sorted(metrics.rows)
    return {k: round(metrics.last(k), 4) for k in keys}


def maybe_save(metrics, enabled):
    if not enabled:
        return None
    fd, path = tempfile.mkstemp(suffix=".json", prefix="stitch_ebm_")
    os.close(fd)
    metrics.dump(path)
    LOG.info("metrics written to %s", path)
    os.remove(path)
    return path


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------
def run(cfg, save_metrics=False):
    set_seed(cfg["seed"])
    traces, labels = make_signatures(cfg)
    train_data, val_data = split(traces, labels)
    model = StitchEBM(cfg["n_channels"], cfg["hidden"])
    LOG.info("model has %d parameters", count_parameters(model))
    opt = build_optimizer(model, cfg)
    buffer = ReplayBuffer(cfg["buffer_size"], (cfg["trace_len"], cfg["n_channels"]))
    metrics = MetricLog()
    best_acc, t0 = -1.0, time.time()
    for epoch in range(cfg["epochs"]):
        lr = cosine_lr(opt, cfg["lr"], epoch, cfg["epochs"])
        tl = train_one_epoch(model, opt, buffer, train_data, cfg, epoch, metrics)
        acc = evaluate(model, val_data, cfg, metrics)
        gap = energy_gap(model, val_data, buffer)
        best_acc = max(best_acc, acc)
        LOG.info("epoch %d lr %.5f train %.4f val_acc %.3f gap %.3f", epoch, lr, tl, acc, gap)
    LOG.info("done in %.1fs, best acc %.3f", time.time() - t0, best_acc)
    maybe_save(metrics, save_metrics)
    return summarise(metrics)


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_config(args)
    LOG.info("config: %s", json.dumps(cfg, sort_keys=True))
    summary = run(cfg, save_metrics=args.save_metrics)
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
