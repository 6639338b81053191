# expect: crash
"""
Bellfounder hum-note energy model — research script.

Learns an energy function over short sequences of partial frequencies (hum, prime, tierce,
quint, nominal) recorded while tuning cast bells, so that out-of-tune castings get high
energy. Training uses persistent contrastive divergence with a replay buffer and
short-run Langevin dynamics; evaluation reports an AUROC between in-tune and detuned bells.

usage: python bellfounder_hum_ebm_research.py --iters 3
"""
import argparse
import collections
import copy
import json
import logging
import math
import random
import statistics
import sys
import time

import torch
import torch.nn as nn

LOG = logging.getLogger("bellfounder")

CONFIG = {
    "seq_len": 6,
    "n_partials": 5,
    "hidden": 12,
    "layers": 1,
    "dropout": 0.1,
    "batch": 8,
    "lr": 1e-3,
    "iters": 3,
    "buffer_size": 64,
    "reinit_prob": 0.05,
    "langevin": {"steps": 4, "step_size": 0.5, "noise": 0.01, "clamp": 3.0},
    "reg_alpha": 0.1,
    "eval_every": 2,
    "seed": 0,
}

IDEAL_RATIOS = torch.tensor([0.5, 1.0, 1.2, 1.5, 2.0])


# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------
def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def configure_logging(verbose):
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING,
                        format="[%(name)s] %(levelname)s %(message)s", stream=sys.stdout)


def merge(cfg, overrides):
    out = copy.deepcopy(cfg)
    for key, value in overrides.items():
        if isinstance(value, dict):
            out[key].update(value)
        else:
            out[key] = value
    return out


def fmt(d):
    return " ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in d.items())


# --------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------
def strike_recordings(n, seq_len, detune=0.0, generator=None):
    """Log-ratio partial profiles over a few strikes; detuned bells drift in tierce and quint."""
    base = torch.log(IDEAL_RATIOS).expand(n, seq_len, -1).clone()
    jitter = 0.03 * torch.randn(n, seq_len, IDEAL_RATIOS.numel(), generator=generator)
    drift = torch.zeros_like(base)
    if detune:
        drift[..., 2:4] = detune * torch.linspace(0, 1, seq_len).view(1, -1, 1)
    return base + jitter + drift


class ReplayBuffer:
    def __init__(self, size, shape, reinit_prob):
        self.data = torch.rand(size, *shape) * 2 - 1
        self.reinit_prob = reinit_prob

    def sample(self, n):
        idx = torch.randint(0, self.data.shape[0], (n,))
        x = self.data[idx].clone()
        fresh = torch.rand(n) < self.reinit_prob
        x[fresh] = torch.rand_like(x[fresh]) * 2 - 1
        return x, idx

    def push(self, x, idx):
        self.data[idx] = x.detach()


# --------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------
class HumEnergy(nn.Module):
    def __init__(self, n_partials, hidden, layers, dropout):
        super().__init__()
        self.inp = nn.Linear(n_partials, hidden)
        self.drop = nn.Dropout(dropout)
        self.rnn = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True)
        self.energy = nn.Sequential(nn.Linear(hidden, hidden), nn.SiLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        h = self.drop(torch.relu(self.inp(x)))
        out, _ = self.rnn(h)
        return self.energy(out.mean(1)).squeeze(-1)


# --------------------------------------------------------------------------------------
# sampling
# --------------------------------------------------------------------------------------
class LangevinSampler:
    def __init__(self, model, steps, step_size, noise, clamp):
        self.model = model
        self.steps = steps
        self.step_size = step_size
        self.noise = noise
        self.clamp = clamp
        self.stats = collections.deque(maxlen=50)

    @torch.no_grad()
    def __call__(self, x0):
        was_training = self.model.training
        self.model.eval()  # no dropout noise inside the chain
        x = x0.clone()
        for _ in range(self.steps):
            x.requires_grad_(True)
            with torch.enable_grad():
                e = self.model(x).sum()
                g, = torch.autograd.grad(e, x)  # TM001-here
            x = (x - self.step_size * g + self.noise * torch.randn_like(x)).clamp(-self.clamp, self.clamp)
            x = x.detach()
            self.stats.append(g.norm().item())
        self.model.train(was_training)
        return x


# --------------------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------------------
def auroc(scores_pos, scores_neg):
    """Probability that a detuned bell (pos) gets a higher energy than an in-tune one."""
    wins = 0.0
    for p in scores_pos:
        for q in scores_neg:
            wins += 1.0 if p > q else 0.5 if p == q else 0.0
    return wins / (len(scores_pos) * len(scores_neg))


def evaluate(model, cfg, generator):
    model.eval()
    with torch.no_grad():
        good = model(strike_recordings(16, cfg["seq_len"], 0.0, generator)).tolist()
        bad = model(strike_recordings(16, cfg["seq_len"], 0.4, generator)).tolist()
    model.train()
    return {"auroc": auroc(bad, good), "e_good": statistics.mean(good), "e_bad": statistics.mean(bad)}


class History:
    def __init__(self):
        self.rows = []

    def log(self, **row):
        self.rows.append(row)

    def last(self, key, default=float("nan")):
        for row in reversed(self.rows):
            if key in row:
                return row[key]
        return default

    def to_json(self):
        return json.dumps(self.rows)


# --------------------------------------------------------------------------------------
# training
# --------------------------------------------------------------------------------------
def pcd_step(model, sampler, buffer, opt, cfg, generator):
    real = strike_recordings(cfg["batch"], cfg["seq_len"], 0.0, generator)
    x0, idx = buffer.sample(cfg["batch"])
    fake = sampler(x0)
    buffer.push(fake, idx)
    e_real = model(real)
    e_fake = model(fake)
    loss = e_real.mean() - e_fake.mean() + cfg["reg_alpha"] * (e_real.pow(2).mean() + e_fake.pow(2).mean())
    opt.zero_grad()
    loss.backward()
    nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    return {"loss": loss.item(), "cd": (e_real.mean() - e_fake.mean()).item()}


def train(cfg):
    seed_everything(cfg["seed"])
    gen = torch.Generator().manual_seed(cfg["seed"])
    model = HumEnergy(cfg["n_partials"], cfg["hidden"], cfg["layers"], cfg["dropout"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"], betas=(0.0, 0.999))
    buffer = ReplayBuffer(cfg["buffer_size"], (cfg["seq_len"], cfg["n_partials"]), cfg["reinit_prob"])
    lv = cfg["langevin"]
    sampler = LangevinSampler(model, lv["steps"], lv["step_size"], lv["noise"], lv["clamp"])
    hist = History()
    t0 = time.perf_counter()
    for it in range(cfg["iters"]):
        model.train()
        row = pcd_step(model, sampler, buffer, opt, cfg, gen)
        hist.log(it=it, **row)
        if (it + 1) % cfg["eval_every"] == 0:
            metrics = evaluate(model, cfg, gen)
            hist.log(it=it, **metrics)
            LOG.info("it %d %s", it, fmt(metrics))
        LOG.debug("it %d %s (%.2fs)", it, fmt(row), time.perf_counter() - t0)
    return model, hist, sampler


# --------------------------------------------------------------------------------------
# analysis
# --------------------------------------------------------------------------------------
def partial_drift_report(samples):
    ratios = samples.exp().mean(dim=(0, 1))
    return {name: float(r) for name, r in zip(["hum", "prime", "tierce", "quint", "nominal"], ratios)}


def chain_health(sampler):
    if not sampler.stats:
        return {"grad_norm_mean": float("nan")}
    vals = list(sampler.stats)
    return {"grad_norm_mean": statistics.mean(vals), "grad_norm_max": max(vals)}


def describe(model):
    n = sum(p.numel() for p in model.parameters())
    return f"HumEnergy with {n} parameters"


def moving_average(values, window=3):
    out, acc = [], collections.deque(maxlen=window)
    for v in values:
        acc.append(v)
        out.append(sum(acc) / len(acc))
    return out


def energy_histogram(energies, bins=4):
    lo, hi = min(energies), max(energies)
    width = (hi - lo) / bins or 1.0
    counts = [0] * bins
    for e in energies:
        counts[min(int((e - lo) / width), bins - 1)] += 1
    return counts


def loss_curve(hist):
    return moving_average([row["loss"] for row in hist.rows if "loss" in row])


# --------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------
def build_parser():
    p = argparse.ArgumentParser(description="EBM over bell partial profiles")
    p.add_argument("--iters", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--langevin-steps", type=int, default=None)
    p.add_argument("--step-size", type=float, default=None)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--overrides", type=str, default="{}")
    p.add_argument("-v", "--verbose", action="store_true")
    return p


def resolve_config(args):
    cfg = merge(CONFIG, json.loads(args.overrides))
    for key in ("iters", "hidden", "seed"):
        val = getattr(args, key)
        if val is not None:
            cfg[key] = val
    if args.langevin_steps is not None:
        cfg["langevin"]["steps"] = args.langevin_steps
    if args.step_size is not None:
        cfg["langevin"]["step_size"] = args.step_size
    return cfg


def main(argv=None):
    args = build_parser().parse_args(argv)
    configure_logging(args.verbose)
    cfg = resolve_config(args)
    LOG.info("config: %s", json.dumps(cfg))
    model, hist, sampler = train(cfg)
    print(describe(model))
    print("last loss", round(hist.last("loss"), 4), "last auroc", hist.last("auroc"))
    print("smoothed loss", [round(v, 3) for v in loss_curve(hist)])
    gen = torch.Generator().manual_seed(123)
    samples = sampler(torch.rand(4, cfg["seq_len"], cfg["n_partials"], generator=gen) * 2 - 1)
    print("sample partial ratios", fmt(partial_drift_report(samples)))
    print("chain", fmt(chain_health(sampler)))
    return 0


if __name__ == "__main__":
    sys.exit(main([]))
