# expect: clean
"""Energy-based model of chisel-stroke force profiles, trained by short-run Langevin dynamics.

A GRU reads a force profile and returns a scalar energy.  Negatives come from stochastic gradient
Langevin dynamics started from a replay buffer (80%) or from noise (20%).  A held-out set is scored
every epoch (energy gap, a crude AUROC), and a few final samples are drawn for inspection.

    python stonecutter_langevin_research.py --epochs 2 --sgld-steps 5
"""
import argparse
import json
import logging
import math
import random
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("stonecutter.ebm")

CFG = {
    "seed": 5,
    "data": {"n_train": 40, "n_val": 16, "seq_len": 10, "channels": 2},
    "model": {"hidden": 10, "dropout": 0.1},
    "sgld": {"steps": 5, "step_size": 1.0, "noise": 0.01, "buffer_size": 64, "reinit_prob": 0.2,
             "clamp": 3.0},
    "train": {"epochs": 2, "batch_size": 8, "lr": 1e-3, "alpha_reg": 0.1, "clip": 0.5},
    "report": {"n_samples": 4},
}


# ----------------------------------------------------------------------------------------------
# boiler-plate
# ----------------------------------------------------------------------------------------------
def init_logging(debug=False):
    logging.basicConfig(stream=sys.stdout, level=logging.DEBUG if debug else logging.INFO,
                        format="%(asctime)s | %(name)s | %(message)s", datefmt="%H:%M:%S")


def fix_seeds(seed):
    random.seed(seed)
    torch.manual_seed(seed)


class Meter:
    def __init__(self):
        self.values = []

    def __call__(self, v):
        self.values.append(float(v))

    @property
    def mean(self):
        return sum(self.values) / len(self.values) if self.values else float("nan")

    @property
    def last(self):
        return self.values[-1] if self.values else float("nan")


def auroc(pos_scores, neg_scores):
    """Probability that a positive has a lower energy than a negative (ties count half)."""
    wins = 0.0
    for p in pos_scores.tolist():
        for n in neg_scores.tolist():
            wins += 1.0 if p < n else 0.5 if p == n else 0.0
    return wins / (len(pos_scores) * len(neg_scores))


# ----------------------------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------------------------
def stroke_profiles(n, cfg):
    """A stroke is a fast rise and an exponential decay, with per-stroke amplitude and lag."""
    t = torch.arange(cfg["seq_len"]).float().view(1, -1)
    amp = 1.0 + 0.3 * torch.randn(n, 1)
    lag = torch.randint(0, 3, (n, 1)).float()
    rise = torch.sigmoid(3.0 * (t - lag))
    decay = torch.exp(-0.3 * (t - lag).clamp(min=0))
    force = amp * rise * decay
    grip = 0.5 * force + 0.05 * torch.randn_like(force)
    return torch.stack([force, grip], dim=-1)


def minibatches(x, batch_size):
    order = torch.randperm(len(x))
    for i in range(0, len(x), batch_size):
        yield x[order[i:i + batch_size]]


# ----------------------------------------------------------------------------------------------
# model
# ----------------------------------------------------------------------------------------------
class StrokeEnergy(nn.Module):
    def __init__(self, channels, hidden, dropout):
        super().__init__()
        self.inp = nn.Linear(channels, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(dropout)
        self.energy = nn.Sequential(nn.Linear(hidden, hidden), nn.SiLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.gru(F.silu(self.inp(x)))
        return self.energy(self.drop(h.mean(1))).squeeze(-1)


def describe(model):
    n = sum(p.numel() for p in model.parameters())
    return f"{model.__class__.__name__}({n} params)"


# ----------------------------------------------------------------------------------------------
# SGLD
# ----------------------------------------------------------------------------------------------
class ReplayBuffer:
    def __init__(self, size, shape, reinit_prob):
        self.store = torch.randn(size, *shape)
        self.reinit_prob = reinit_prob

    def sample(self, n):
        idx = torch.randint(0, len(self.store), (n,))
        x = self.store[idx].clone()
        fresh = torch.rand(n) < self.reinit_prob
        x[fresh] = torch.randn_like(x[fresh])
        return x, idx

    def push(self, x, idx):
        self.store[idx] = x.detach()

    def stats(self):
        flat = self.store.view(len(self.store), -1)
        return {
            "mean": round(flat.mean().item(), 4),
            "std": round(flat.std().item(), 4),
            "max_abs": round(flat.abs().max().item(), 4),
        }


def _deterministic_energies(model):
    """Train mode for the recurrent kernels, dropout off so that the chain sees one energy surface."""
    model.train()
    for m in model.modules():
        if isinstance(m, nn.Dropout):
            m.eval()


def langevin_sample(model, x0, steps, step_size, noise, clamp):
    was_training = model.training
    _deterministic_energies(model)
    x = x0.clone()
    for _ in range(steps):
        x.requires_grad_(True)
        e = model(x).sum()
        (gx,) = torch.autograd.grad(e, x)
        x = (x - step_size * gx + noise * torch.randn_like(x)).clamp(-clamp, clamp).detach()
    model.train(was_training)
    return x


# ----------------------------------------------------------------------------------------------
# train / evaluate
# ----------------------------------------------------------------------------------------------
def train_epoch(model, opt, buffer, data, cfg, epoch):
    model.train()
    tc, sc = cfg["train"], cfg["sgld"]
    m_loss, m_gap = Meter(), Meter()
    for pos in minibatches(data, tc["batch_size"]):
        x0, idx = buffer.sample(len(pos))
        neg = langevin_sample(model, x0, sc["steps"], sc["step_size"], sc["noise"], sc["clamp"])
        buffer.push(neg, idx)
        e_pos, e_neg = model(pos), model(neg)
        loss = e_pos.mean() - e_neg.mean() + tc["alpha_reg"] * (e_pos.pow(2).mean() + e_neg.pow(2).mean())
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), tc["clip"])
        opt.step()
        m_loss(loss.item())
        m_gap((e_neg.mean() - e_pos.mean()).item())
        log.debug("epoch %d loss %.4f gap %.4f", epoch, m_loss.last, m_gap.last)
    return {"loss": round(m_loss.mean, 4), "gap": round(m_gap.mean, 4)}


@torch.no_grad()
def evaluate(model, val, cfg):
    model.eval()
    noise = torch.randn_like(val)
    shuffled = val[:, torch.randperm(val.size(1))]
    e_val, e_noise, e_shuf = model(val), model(noise), model(shuffled)
    return {
        "e_val": round(e_val.mean().item(), 4),
        "e_noise": round(e_noise.mean().item(), 4),
        "auroc_noise": round(auroc(e_val, e_noise), 3),
        "auroc_shuffled": round(auroc(e_val, e_shuf), 3),
    }


def summarise_samples(samples):
    peak_t = samples[..., 0].argmax(-1).float()
    peak_v = samples[..., 0].max(-1).values
    return {"peak_step_mean": round(peak_t.mean().item(), 3), "peak_force_mean": round(peak_v.mean().item(), 3),
            "finite": bool(torch.isfinite(samples).all())}


@torch.no_grad()
def interpolation_profile(model, a, b, n_points=5):
    """Energy along the straight line between two real strokes (should stay low for a good model)."""
    model.eval()
    out = []
    for i in range(n_points):
        lam = i / (n_points - 1)
        out.append(model(((1 - lam) * a + lam * b).unsqueeze(0)).item())
    return [round(v, 3) for v in out]


def energy_histogram(energies, bins=5):
    lo, hi = energies.min().item(), energies.max().item()
    width = (hi - lo) / bins or 1.0
    counts = [0] * bins
    for e in energies.tolist():
        counts[min(int((e - lo) / width), bins - 1)] += 1
    return "|".join("#" * c for c in counts)


def checkpoint_roundtrip(model, opt, epoch):
    import os
    import tempfile
    fd, path = tempfile.mkstemp(suffix=".pt", prefix="stonecutter_ebm_")
    os.close(fd)
    try:
        torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "epoch": epoch}, path)
        blob = torch.load(path)
        model.load_state_dict(blob["model"])
        opt.load_state_dict(blob["opt"])
        return blob["epoch"]
    finally:
        os.remove(path)


# ----------------------------------------------------------------------------------------------
# CLI
# ----------------------------------------------------------------------------------------------
def build_parser():
    p = argparse.ArgumentParser(description="SGLD-trained EBM for chisel strokes")
    p.add_argument("--epochs", type=int, default=CFG["train"]["epochs"])
    p.add_argument("--sgld-steps", type=int, default=CFG["sgld"]["steps"])
    p.add_argument("--step-size", type=float, default=CFG["sgld"]["step_size"])
    p.add_argument("--noise", type=float, default=CFG["sgld"]["noise"])
    p.add_argument("--hidden", type=int, default=CFG["model"]["hidden"])
    p.add_argument("--debug", action="store_true")
    p.add_argument("--dump-config", action="store_true")
    return p


def resolve_config(args):
    cfg = json.loads(json.dumps(CFG))
    cfg["train"]["epochs"] = args.epochs
    cfg["sgld"]["steps"] = args.sgld_steps
    cfg["sgld"]["step_size"] = args.step_size
    cfg["sgld"]["noise"] = args.noise
    cfg["model"]["hidden"] = args.hidden
    return cfg


def main(argv=None):
    args = build_parser().parse_args(argv)
    init_logging(args.debug)
    cfg = resolve_config(args)
    if args.dump_config:
        print(json.dumps(cfg, indent=2))
    fix_seeds(cfg["seed"])

    d = cfg["data"]
    train = stroke_profiles(d["n_train"], d)
    val = stroke_profiles(d["n_val"], d)
    model = StrokeEnergy(d["channels"], cfg["model"]["hidden"], cfg["model"]["dropout"])
    log.info("model: %s", describe(model))
    opt = torch.optim.Adam(model.parameters(), lr=cfg["train"]["lr"], betas=(0.0, 0.999))
    buffer = ReplayBuffer(cfg["sgld"]["buffer_size"], (d["seq_len"], d["channels"]), cfg["sgld"]["reinit_prob"])

    best = -math.inf
    t0 = time.time()
    for epoch in range(cfg["train"]["epochs"]):
        tr = train_epoch(model, opt, buffer, train, cfg, epoch)
        ev = evaluate(model, val, cfg)
        best = max(best, ev["auroc_noise"])
        log.info("epoch %d train %s eval %s", epoch, tr, ev)
        log.info("interpolation energies %s", interpolation_profile(model, val[0], val[1]))
        with torch.no_grad():
            log.info("val energy histogram %s", energy_histogram(model(val)))
        checkpoint_roundtrip(model, opt, epoch)
        log.debug("buffer %s", buffer.stats())

    # final inspection samples, drawn right after the last evaluation
    sc = cfg["sgld"]
    x0 = torch.randn(cfg["report"]["n_samples"], d["seq_len"], d["channels"])
    samples = langevin_sample(model, x0, 2 * sc["steps"], sc["step_size"], sc["noise"], sc["clamp"])
    log.info("samples: %s", summarise_samples(samples))
    log.info("best AUROC vs noise %.3f, %.1fs", best, time.time() - t0)
    return best


if __name__ == "__main__":
    main()
