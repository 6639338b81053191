# expect: clean
"""Energy-based model of bobbin-lace pricking patterns, trained by contrastive divergence.

A pricking is a short sequence of pin offsets.  A GRU reads the sequence and outputs a scalar
energy; negatives come from short-run Langevin dynamics started from a replay buffer.
After training, fresh patterns are drawn with a longer Langevin chain from the evaluated model.

    python lacemaker_langevin_long.py --epochs 2 --langevin-steps 3
"""
import argparse
import logging
import math
import os
import random
import tempfile
import time
from collections import deque

import torch
import torch.nn as nn

LOG = logging.getLogger("lace_ebm")

CFG = {
    "seed": 31,
    "seq_len": 7,
    "pin_dim": 2,
    "hidden": 12,
    "epochs": 2,
    "batches_per_epoch": 2,
    "batch_size": 4,
    "lr": 1e-3,
    "langevin_steps": 3,
    "langevin_step_size": 0.1,
    "langevin_noise": 0.01,
    "sample_steps": 5,
    "buffer_size": 64,
    "reinit_prob": 0.05,
    "alpha_l2": 0.1,
    "clip": 1.0,
    "n_samples": 3,
}


# ------------------------------------------------------------------------------
# cli / config
# ------------------------------------------------------------------------------
def get_args(argv=None):
    ap = argparse.ArgumentParser(description="lace EBM")
    ap.add_argument("--epochs", type=int, default=CFG["epochs"])
    ap.add_argument("--langevin-steps", type=int, default=CFG["langevin_steps"])
    ap.add_argument("--sample-steps", type=int, default=CFG["sample_steps"])
    ap.add_argument("--lr", type=float, default=CFG["lr"])
    ap.add_argument("--seed", type=int, default=CFG["seed"])
    ap.add_argument("--log-level", default="INFO")
    return ap.parse_args(argv)


def config_from_args(args):
    cfg = dict(CFG)
    cfg.update(epochs=args.epochs, langevin_steps=args.langevin_steps,
               sample_steps=args.sample_steps, lr=args.lr, seed=args.seed)
    return cfg


# ------------------------------------------------------------------------------
# data
# ------------------------------------------------------------------------------
def make_pricking(n, seq_len, pin_dim):
    """Diagonal ground patterns: pins advance along a zig-zag with a little jitter."""
    t = torch.arange(seq_len, dtype=torch.float32)
    phase = torch.rand(n, 1) * math.pi
    x = torch.sin(t[None] * 0.9 + phase)
    y = torch.cos(t[None] * 0.9 + phase) * 0.5
    pts = torch.stack([x, y], -1)[..., :pin_dim]
    return pts + 0.05 * torch.randn_like(pts)


class PrickingLoader:
    def __init__(self, cfg):
        self.cfg = cfg

    def __iter__(self):
        for _ in range(self.cfg["batches_per_epoch"]):
            yield make_pricking(self.cfg["batch_size"], self.cfg["seq_len"], self.cfg["pin_dim"])

    def __len__(self):
        return self.cfg["batches_per_epoch"]


# ------------------------------------------------------------------------------
# model
# ------------------------------------------------------------------------------
class LaceEnergy(nn.Module):
    def __init__(self, pin_dim, hidden):
        super().__init__()
        self.embed = nn.Linear(pin_dim, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.energy = nn.Sequential(nn.Linear(hidden, hidden), nn.SiLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.embed(x)))
        return self.energy(h.mean(1)).squeeze(-1)


# ------------------------------------------------------------------------------
# replay buffer and sampler
# ------------------------------------------------------------------------------
class ReplayBuffer:
    def __init__(self, size, shape):
        self.items = deque(maxlen=size)
        self.shape = shape

    def _noise(self, n):
        return torch.rand(n, *self.shape) * 2 - 1

    def sample(self, n, reinit_prob):
        if len(self.items) < n:
            return self._noise(n)
        picks = random.sample(list(self.items), n)
        batch = torch.stack(picks)
        mask = torch.rand(n) < reinit_prob
        batch[mask] = self._noise(int(mask.sum()))
        return batch

    def push(self, batch):
        for item in batch.detach():
            self.items.append(item)


def langevin(energy_fn, x0, steps, step_size, noise):
    x = x0.clone().detach().requires_grad_(True)
    for _ in range(steps):
        e = energy_fn(x).sum()
        g, = torch.autograd.grad(e, x)
        x = (x - step_size * g + noise * torch.randn_like(x)).clamp(-1.5, 1.5)
        x = x.detach().requires_grad_(True)
    return x.detach()


# ------------------------------------------------------------------------------
# metrics
# ------------------------------------------------------------------------------
class Averager:
    def __init__(self):
        self.sum = 0.0
        self.n = 0

    def add(self, v, k=1):
        self.sum += float(v) * k
        self.n += k

    @property
    def value(self):
        return self.sum / max(self.n, 1)


def smoothness(x):
    """Mean squared second difference of pin positions; real prickings are smooth."""
    d2 = x[:, 2:] - 2 * x[:, 1:-1] + x[:, :-2]
    return d2.pow(2).mean().item()


def diversity(x):
    """Mean pairwise L2 distance between samples in a batch."""
    flat = x.flatten(1)
    if flat.size(0) < 2:
        return 0.0
    d = torch.cdist(flat, flat)
    n = flat.size(0)
    return (d.sum() / (n * (n - 1))).item()


class EnergyEMA:
    """Exponential moving averages of real/fake energies, for spotting divergence."""

    def __init__(self, decay=0.9):
        self.decay = decay
        self.real = None
        self.fake = None

    def update(self, e_real, e_fake):
        if self.real is None:
            self.real, self.fake = e_real, e_fake
        else:
            self.real = self.decay * self.real + (1 - self.decay) * e_real
            self.fake = self.decay * self.fake + (1 - self.decay) * e_fake

    def diverging(self, limit=50.0):
        return self.real is not None and abs(self.real - self.fake) > limit


def energy_gap(model, real, fake):
    with torch.no_grad():
        return (model(fake).mean() - model(real).mean()).item()


# ------------------------------------------------------------------------------
# training
# ------------------------------------------------------------------------------
def cd_step(model, opt, real, buffer, cfg):
    x0 = buffer.sample(real.size(0), cfg["reinit_prob"])
    fake = langevin(model, x0, cfg["langevin_steps"], cfg["langevin_step_size"], cfg["langevin_noise"])
    buffer.push(fake)
    e_real, e_fake = model(real), model(fake)
    cfg["_ema"].update(e_real.mean().item(), e_fake.mean().item())
    loss = e_real.mean() - e_fake.mean() + cfg["alpha_l2"] * (e_real.pow(2).mean() + e_fake.pow(2).mean())
    opt.zero_grad()
    loss.backward()
    nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
    opt.step()
    return loss.item(), fake


def validate(model, cfg):
    model.eval()
    real = make_pricking(cfg["batch_size"], cfg["seq_len"], cfg["pin_dim"])
    noise = torch.rand_like(real) * 2 - 1
    gap = energy_gap(model, real, noise)
    return {"noise_minus_real_energy": round(gap, 4), "real_smoothness": round(smoothness(real), 4)}


def train(model, cfg):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"], betas=(0.0, 0.999))
    buffer = ReplayBuffer(cfg["buffer_size"], (cfg["seq_len"], cfg["pin_dim"]))
    loader = PrickingLoader(cfg)
    history = []
    cfg["_ema"] = EnergyEMA()
    best_state, best_gap = None, -float("inf")
    for epoch in range(cfg["epochs"]):
        model.train()
        avg, t0 = Averager(), time.perf_counter()
        for real in loader:
            loss, fake = cd_step(model, opt, real, buffer, cfg)
            avg.add(loss, real.size(0))
        stats = validate(model, cfg)
        stats.update(epoch=epoch, cd_loss=round(avg.value, 4), fake_smoothness=round(smoothness(fake), 4),
                     seconds=round(time.perf_counter() - t0, 3))
        stats["fake_diversity"] = round(diversity(fake), 4)
        LOG.info("%s", stats)
        history.append(stats)
        if stats["noise_minus_real_energy"] > best_gap:
            best_gap = stats["noise_minus_real_energy"]
            best_state = {k: v.clone() for k, v in model.state_dict().items()}
        if cfg["_ema"].diverging():
            LOG.warning("energies diverging at epoch %d, stopping", epoch)
            break
    if best_state is not None:
        model.load_state_dict(best_state)
    return history


# ------------------------------------------------------------------------------
# generation
# ------------------------------------------------------------------------------
def generate(model, cfg):
    """Long-run Langevin from noise with the evaluated model; cuDNN is switched off for the chain."""
    model.eval()
    x0 = torch.rand(cfg["n_samples"], cfg["seq_len"], cfg["pin_dim"]) * 2 - 1
    with torch.backends.cudnn.flags(enabled=False):
        samples = langevin(model, x0, cfg["sample_steps"], cfg["langevin_step_size"] / 2, 0.0)
    return samples


def summarise_history(history):
    """Compact per-epoch table for the log."""
    cols = ("epoch", "cd_loss", "noise_minus_real_energy", "fake_smoothness", "fake_diversity")
    lines = ["  ".join(f"{c:>22s}" for c in cols)]
    for row in history:
        lines.append("  ".join(f"{row.get(c, float('nan')):>22}" for c in cols))
    return "\n".join(lines)


def format_pattern(sample):
    return " ".join(f"({p[0]:+.2f},{p[1]:+.2f})" for p in sample.tolist())


def save_samples(samples):
    fd, path = tempfile.mkstemp(prefix="lace_", suffix=".txt")
    with os.fdopen(fd, "w") as fh:
        for s in samples:
            fh.write(format_pattern(s) + "\n")
    n = sum(1 for _ in open(path))
    os.remove(path)
    return n


def main(argv=None):
    args = get_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level.upper(), logging.INFO),
                        format="%(asctime)s %(name)s %(message)s")
    cfg = config_from_args(args)
    random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    model = LaceEnergy(cfg["pin_dim"], cfg["hidden"])
    LOG.info("parameters: %d", sum(p.numel() for p in model.parameters()))
    history = train(model, cfg)
    LOG.info("history:\n%s", summarise_history(history))
    samples = generate(model, cfg)
    LOG.info("sample smoothness %.4f", smoothness(samples))
    LOG.info("wrote %d patterns", save_samples(samples))
    print(history[-1])
    print(format_pattern(samples[0]))


if __name__ == "__main__":
    main()
