# expect: clean
"""Render-yield modelling at a knacker's yard.

Research script: an energy model over batch-sensor traces (temperature, pressure, moisture) is
trained with contrastive divergence; negatives come from short-run Langevin sampling started from
noise and from a replay buffer. A GRU scores each trace. Every few epochs the model is evaluated and
fresh samples are drawn for a sample-quality report.
"""
import argparse
import contextlib
import logging
import math
import random
import statistics
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("render_ebm")

CONFIG = {
    "seed": 3,
    "n_feat": 3,
    "seq_len": 8,
    "hidden": 10,
    "batch": 6,
    "epochs": 3,
    "steps_per_epoch": 3,
    "lr": 1e-3,
    "langevin_steps": 4,
    "langevin_step_size": 0.5,
    "langevin_noise": 0.01,
    "buffer_size": 64,
    "reinit_prob": 0.05,
    "alpha_reg": 0.1,
    "eval_every": 1,
    "report_samples": 4,
}


def parse_args(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--langevin-steps", type=int, default=None)
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args(argv)


def configure(args):
    cfg = dict(CONFIG)
    if args.epochs is not None:
        cfg["epochs"] = args.epochs
    if args.langevin_steps is not None:
        cfg["langevin_steps"] = args.langevin_steps
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, format="[%(name)s] %(message)s")
    return cfg


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# ------------------------------------------------------------------ kernels
@contextlib.contextmanager
def deterministic_kernels():
    """Reproducible sampling: the fused RNN kernels are non-deterministic across runs."""
    with torch.backends.cudnn.flags(enabled=False, deterministic=True):
        yield


# ------------------------------------------------------------------ data
def vat_batch(cfg):
    t = torch.linspace(0, 1, cfg["seq_len"])
    temp = torch.sin(6 * t)[None, :, None] + 0.1 * torch.randn(cfg["batch"], cfg["seq_len"], 1)
    press = torch.cos(4 * t)[None, :, None] + 0.1 * torch.randn(cfg["batch"], cfg["seq_len"], 1)
    moist = torch.exp(-3 * t)[None, :, None] + 0.1 * torch.randn(cfg["batch"], cfg["seq_len"], 1)
    return torch.cat([temp, press, moist], dim=-1)


def data_stream(cfg):
    while True:
        yield vat_batch(cfg)


# ------------------------------------------------------------------ model
class EnergyGRU(nn.Module):
    def __init__(self, n_feat, hidden):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.energy = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.inp(x)))
        return self.energy(self.drop(h.mean(1))).squeeze(-1)


# ------------------------------------------------------------------ replay buffer
@dataclass
class ReplayBuffer:
    size: int
    shape: tuple
    items: list = field(default_factory=list)

    def sample(self, n, reinit_prob):
        out = []
        for _ in range(n):
            if not self.items or random.random() < reinit_prob:
                out.append(torch.randn(*self.shape))
            else:
                out.append(random.choice(self.items).clone())
        return torch.stack(out)

    def push(self, xs):
        for x in xs:
            self.items.append(x.detach().clone())
        if len(self.items) > self.size:
            del self.items[: len(self.items) - self.size]

    def __len__(self):
        return len(self.items)


# ------------------------------------------------------------------ sampling
def langevin(model, x0, steps, step_size, noise):
    x = x0.clone().requires_grad_(True)
    with deterministic_kernels():
        for _ in range(steps):
            e = model(x).sum()
            g, = torch.autograd.grad(e, x)
            x = (x - step_size * g + noise * torch.randn_like(x)).detach().requires_grad_(True)
    return x.detach()


def draw_negatives(model, buffer, cfg):
    x0 = buffer.sample(cfg["batch"], cfg["reinit_prob"])
    neg = langevin(model, x0, cfg["langevin_steps"], cfg["langevin_step_size"], cfg["langevin_noise"])
    buffer.push(neg)
    return neg


# ------------------------------------------------------------------ metrics
def energy_gap(model, pos, neg):
    with torch.no_grad():
        return (model(neg).mean() - model(pos).mean()).item()


def smoothness(x):
    return (x[:, 1:] - x[:, :-1]).pow(2).mean().item()


def moment_match(real, fake):
    return {
        "mean_err": (real.mean((0, 1)) - fake.mean((0, 1))).abs().mean().item(),
        "std_err": (real.std((0, 1)) - fake.std((0, 1))).abs().mean().item(),
    }


class RunningStats:
    def __init__(self):
        self.data = {}

    def add(self, **kw):
        for k, v in kw.items():
            self.data.setdefault(k, []).append(v)

    def mean(self, k):
        vals = self.data.get(k, [])
        return statistics.fmean(vals) if vals else float("nan")

    def summary(self):
        return {k: round(self.mean(k), 4) for k in self.data}


# ------------------------------------------------------------------ training
def cd_step(model, opt, pos, buffer, cfg):
    neg = draw_negatives(model, buffer, cfg)
    model.train()
    e_pos, e_neg = model(pos), model(neg)
    loss = e_pos.mean() - e_neg.mean() + cfg["alpha_reg"] * (e_pos.pow(2).mean() + e_neg.pow(2).mean())
    opt.zero_grad()
    loss.backward()
    nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    return loss.item(), neg


def sample_report(model, cfg, stream):
    """Draw fresh chains from noise with the model in eval mode (no dropout noise in the energy)."""
    model.eval()
    x0 = torch.randn(cfg["report_samples"], cfg["seq_len"], cfg["n_feat"])
    fake = langevin(model, x0, cfg["langevin_steps"] * 2, cfg["langevin_step_size"], cfg["langevin_noise"])
    real = next(stream)
    rep = moment_match(real, fake)
    rep["smooth_fake"] = smoothness(fake)
    rep["smooth_real"] = smoothness(real)
    rep["gap"] = energy_gap(model, real, fake)
    return rep


def lr_at(epoch, cfg):
    return cfg["lr"] * 0.5 * (1 + math.cos(math.pi * epoch / max(cfg["epochs"], 1)))


def set_lr(opt, lr):
    for g in opt.param_groups:
        g["lr"] = lr


def train(cfg):
    seed_everything(cfg["seed"])
    model = EnergyGRU(cfg["n_feat"], cfg["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"], betas=(0.0, 0.999))
    buffer = ReplayBuffer(cfg["buffer_size"], (cfg["seq_len"], cfg["n_feat"]))
    stream = data_stream(cfg)
    stats = RunningStats()
    reports = []
    for epoch in range(cfg["epochs"]):
        set_lr(opt, lr_at(epoch, cfg))
        for step in range(cfg["steps_per_epoch"]):
            pos = next(stream)
            loss, neg = cd_step(model, opt, pos, buffer, cfg)
            stats.add(loss=loss, buffer=len(buffer), neg_smooth=smoothness(neg))
        log.info("epoch %d %s", epoch, stats.summary())
        if (epoch + 1) % cfg["eval_every"] == 0:
            rep = sample_report(model, cfg, stream)
            reports.append(rep)
            log.info("samples: %s", {k: round(v, 4) for k, v in rep.items()})
    return model, reports


def final_table(reports):
    keys = sorted(reports[0]) if reports else []
    header = " | ".join(["epoch"] + keys)
    rows = [header, "-" * len(header)]
    for i, r in enumerate(reports):
        rows.append(" | ".join([str(i)] + [f"{r[k]:.3f}" for k in keys]))
    return "\n".join(rows)


# ------------------------------------------------------------------ diagnostics
# (cheap checks on chains and buffer; none of them need gradients)
def autocorrelation(x, lag=1):
    """Mean lag-k autocorrelation per feature, averaged over the batch."""
    a = x[:, :-lag] - x[:, :-lag].mean(1, keepdim=True)
    b = x[:, lag:] - x[:, lag:].mean(1, keepdim=True)
    num = (a * b).sum(1)
    den = (a.pow(2).sum(1) * b.pow(2).sum(1)).sqrt().clamp_min(1e-8)
    return (num / den).mean().item()


def buffer_diversity(buffer, k=8):
    if len(buffer) < 2:
        return float("nan")
    items = random.sample(buffer.items, min(k, len(buffer)))
    xs = torch.stack(items).flatten(1)
    d = torch.cdist(xs, xs)
    n = d.size(0)
    return (d.sum() / (n * (n - 1))).item()


def parameter_norms(model):
    return {name: round(p.detach().norm().item(), 4) for name, p in model.named_parameters()}


def describe_config(cfg):
    width = max(len(k) for k in cfg)
    return "\n".join(f"{k.ljust(width)} = {v}" for k, v in sorted(cfg.items()))


def diagnostics(model, buffer, cfg):
    real = vat_batch(cfg)
    out = {
        "acf_real": autocorrelation(real),
        "buffer_div": buffer_diversity(buffer),
        "n_params": sum(p.numel() for p in model.parameters()),
    }
    if len(buffer):
        out["acf_buffer"] = autocorrelation(torch.stack(buffer.items[:8]))
    return out


def main(argv=None):
    cfg = configure(parse_args(argv or []))
    log.info("config:\n%s", describe_config(cfg))
    model, reports = train(cfg)
    print(final_table(reports))
    norms = parameter_norms(model)
    log.info("parameter norms: %s", norms)
    probe = ReplayBuffer(cfg["buffer_size"], (cfg["seq_len"], cfg["n_feat"]))
    probe.push(torch.randn(4, cfg["seq_len"], cfg["n_feat"]))
    log.info("diagnostics: %s", diagnostics(model, probe, cfg))


if __name__ == "__main__":
    main()
