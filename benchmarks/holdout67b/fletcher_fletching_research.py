# expect: clean
"""Fletcher fletching: an energy-based model of feather-barb profiles.

Each arrow's fletching is scanned along the vane as a short sequence of
(barb length, angle, stiffness). A GRU energy network E(x) is trained by
contrastive divergence with short-run Langevin negatives. Evaluation reports
energy gaps and a calibration-like score on a frozen snapshot; afterwards a
gallery of Langevin samples is drawn from the live model for the log.
"""
import argparse
import copy
import logging
import math
import os
import random
import tempfile
import time
from collections import OrderedDict

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("fletcher")

CONFIG = OrderedDict(
    seed=29,
    seq_len=7,
    n_feat=3,
    hidden=10,
    batch=6,
    n_real=30,
    epochs=2,
    lr=3e-3,
    langevin_steps=4,
    langevin_step_size=0.05,
    langevin_noise=0.01,
    reg_alpha=0.1,
    buffer_size=32,
    reinit_freq=0.2,
    gallery=3,
)


# --------------------------------------------------------------------------- #
# cli / setup
# --------------------------------------------------------------------------- #
def get_parser():
    p = argparse.ArgumentParser("fletching-ebm")
    p.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    p.add_argument("--langevin-steps", type=int, default=CONFIG["langevin_steps"])
    p.add_argument("--seed", type=int, default=CONFIG["seed"])
    p.add_argument("--save-checkpoint", action="store_true", default=True)
    p.add_argument("--log-level", default="INFO")
    return p


def configure(args):
    cfg = OrderedDict(CONFIG)
    cfg["epochs"] = args.epochs
    cfg["langevin_steps"] = args.langevin_steps
    cfg["seed"] = args.seed
    return cfg


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# --------------------------------------------------------------------------- #
# data
# --------------------------------------------------------------------------- #
def barb_profile(seq_len):
    pos = torch.linspace(0, 1, seq_len)
    length = 1.0 - 0.6 * pos + 0.05 * torch.randn(seq_len)
    angle = 0.3 + 0.2 * torch.sin(3.0 * pos) + 0.05 * torch.randn(seq_len)
    stiff = 0.8 * torch.exp(-pos) + 0.05 * torch.randn(seq_len)
    return torch.stack([length, angle, stiff], dim=-1)


def make_dataset(cfg):
    return torch.stack([barb_profile(cfg["seq_len"]) for _ in range(cfg["n_real"])])


def iterate(data, bs):
    perm = torch.randperm(len(data))
    for i in range(0, len(data) - bs + 1, bs):
        yield data[perm[i:i + bs]]


def corrupt(x, amount=0.5):
    return x + amount * torch.randn_like(x)


# --------------------------------------------------------------------------- #
# model
# --------------------------------------------------------------------------- #
class BarbEnergy(nn.Module):
    def __init__(self, n_feat, hidden):
        super().__init__()
        self.embed = nn.Linear(n_feat, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.energy = nn.Sequential(nn.Linear(hidden, hidden), nn.SiLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.gru(F.silu(self.embed(x)))
        return self.energy(self.drop(h.mean(1))).squeeze(-1)


# --------------------------------------------------------------------------- #
# sampling
# --------------------------------------------------------------------------- #
class ReplayBuffer:
    def __init__(self, size, shape):
        self.store = torch.randn(size, *shape)

    def sample(self, n, reinit_freq):
        idx = torch.randint(0, len(self.store), (n,))
        x = self.store[idx].clone()
        fresh = torch.rand(n) < reinit_freq
        x[fresh] = torch.randn_like(x[fresh])
        return x, idx

    def push(self, x, idx):
        self.store[idx] = x.detach()


def langevin(model, x, steps, step_size, noise):
    x = x.clone().detach()
    for _ in range(steps):
        x.requires_grad_(True)
        e = model(x).sum()
        (g,) = torch.autograd.grad(e, x)
        x = (x - step_size * g + noise * torch.randn_like(x)).detach()
    return x


# --------------------------------------------------------------------------- #
# metrics
# --------------------------------------------------------------------------- #
def energy_gap(e_pos, e_neg):
    return (e_neg.mean() - e_pos.mean()).item()


def ranking_accuracy(e_pos, e_neg):
    return (e_pos.unsqueeze(1) < e_neg.unsqueeze(0)).float().mean().item()


def smoothness(x):
    return (x[:, 1:] - x[:, :-1]).pow(2).mean().item()


class Average:
    def __init__(self):
        self.total, self.n = 0.0, 0

    def add(self, v, k=1):
        self.total += v * k
        self.n += k

    @property
    def value(self):
        return self.total / max(self.n, 1)


# --------------------------------------------------------------------------- #
# train / evaluate
# --------------------------------------------------------------------------- #
def train_epoch(model, opt, buffer, data, cfg, epoch):
    model.train()
    loss_avg, gap_avg = Average(), Average()
    for pos in iterate(data, cfg["batch"]):
        init, idx = buffer.sample(len(pos), cfg["reinit_freq"])
        neg = langevin(model, init, cfg["langevin_steps"], cfg["langevin_step_size"], cfg["langevin_noise"])
        buffer.push(neg, idx)
        e_pos, e_neg = model(pos), model(neg)
        loss = e_pos.mean() - e_neg.mean() + cfg["reg_alpha"] * (e_pos.pow(2).mean() + e_neg.pow(2).mean())
        opt.zero_grad()
        loss.backward()
        opt.step()
        loss_avg.add(loss.item(), len(pos))
        gap_avg.add(energy_gap(e_pos.detach(), e_neg.detach()), len(pos))
    logger.info("epoch %d loss %.4f gap %.4f", epoch, loss_avg.value, gap_avg.value)
    return loss_avg.value


def evaluate(model, data):
    """Score a frozen snapshot so the evaluation never disturbs the live sampler state."""
    snapshot = copy.deepcopy(model)
    snapshot.eval()
    with torch.no_grad():
        e_pos = snapshot(data)
        e_neg = snapshot(corrupt(data))
    metrics = {"gap": energy_gap(e_pos, e_neg), "rank_acc": ranking_accuracy(e_pos, e_neg)}
    logger.info("eval %s", " ".join(f"{k}={v:.3f}" for k, v in metrics.items()))
    return metrics


def gallery(model, cfg):
    start = torch.randn(cfg["gallery"], cfg["seq_len"], cfg["n_feat"])
    samples = langevin(model, start, cfg["langevin_steps"] * 2, cfg["langevin_step_size"], 0.0)
    for i, s in enumerate(samples):
        logger.info("sample %d: mean barb length %.3f, smoothness %.4f", i, s[:, 0].mean().item(),
                    smoothness(s[None]))
    return samples


# --------------------------------------------------------------------------- #
# checkpointing
# --------------------------------------------------------------------------- #
def save_checkpoint(model, opt, epoch, path):
    torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "epoch": epoch}, path)


def load_checkpoint(model, opt, path):
    state = torch.load(path)
    model.load_state_dict(state["model"])
    opt.load_state_dict(state["opt"])
    return state["epoch"]


def human_time(seconds):
    if seconds < 1:
        return f"{seconds * 1000:.0f}ms"
    m, s = divmod(seconds, 60)
    return f"{int(m)}m{s:.1f}s" if m else f"{s:.1f}s"


def describe_dataset(data, names=("length", "angle", "stiffness")):
    """Per-feature mean/std/min/max, logged once at start-up."""
    flat = data.reshape(-1, data.size(-1))
    rows = []
    for i, name in enumerate(names):
        col = flat[:, i]
        rows.append((name, col.mean().item(), col.std().item(), col.min().item(), col.max().item()))
    for name, mu, sd, lo, hi in rows:
        logger.info("%-10s mean %.3f std %.3f range [%.3f, %.3f]", name, mu, sd, lo, hi)
    return rows


def config_lines(cfg):
    width = max(len(k) for k in cfg)
    return [f"{k.ljust(width)} = {v}" for k, v in cfg.items()]


def export_gallery_csv(samples):
    """Write the samples as CSV for the lab's plotting notebook, then tidy up."""
    fd, path = tempfile.mkstemp(suffix=".csv", prefix="gallery_")
    with os.fdopen(fd, "w") as fh:
        fh.write("sample,step,length,angle,stiffness\n")
        for i, s in enumerate(samples):
            for t, row in enumerate(s.tolist()):
                fh.write(f"{i},{t}," + ",".join(f"{v:.5f}" for v in row) + "\n")
    size = os.path.getsize(path)
    os.remove(path)
    return size


# --------------------------------------------------------------------------- #
# entry
# --------------------------------------------------------------------------- #
def main():
    args = get_parser().parse_args()
    logging.basicConfig(level=getattr(logging, args.log_level), format="%(name)s | %(message)s")
    cfg = configure(args)
    seed_everything(cfg["seed"])

    for line in config_lines(cfg):
        logger.debug(line)
    data = make_dataset(cfg)
    describe_dataset(data)
    n_val = len(data) // 5
    train_data, val_data = data[n_val:], data[:n_val]
    model = BarbEnergy(cfg["n_feat"], cfg["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"], betas=(0.0, 0.999))
    buffer = ReplayBuffer(cfg["buffer_size"], (cfg["seq_len"], cfg["n_feat"]))

    fd, ckpt = tempfile.mkstemp(suffix=".pt", prefix="fletch_")
    os.close(fd)
    start = time.time()
    best_gap = -math.inf
    try:
        for epoch in range(cfg["epochs"]):
            train_epoch(model, opt, buffer, train_data, cfg, epoch)
            metrics = evaluate(model, val_data)
            if metrics["gap"] > best_gap and args.save_checkpoint:
                best_gap = metrics["gap"]
                save_checkpoint(model, opt, epoch, ckpt)
        if args.save_checkpoint:
            logger.info("best checkpoint from epoch %d", load_checkpoint(model, opt, ckpt))
    finally:
        os.remove(ckpt)
    logger.info("trained in %s", human_time(time.time() - start))
    samples = gallery(model, cfg)
    logger.info("gallery csv would be %d bytes", export_gallery_csv(samples))


if __name__ == "__main__":
    main()
