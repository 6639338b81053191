# expect: clean
"""
Contrastive predictive coding for samphire tide-pool salinity logs.

A GRU autoregressive context network summarises encoded salinity/temperature frames and
predicts future frame embeddings with an InfoNCE loss. After each epoch a linear probe
(tide state: neap / spring / storm) is fitted on frozen context features, the usual CPC
protocol. A gradient-noise diagnostic is logged during training.

Usage:
    python samphire_cpc_research.py --epochs 2 --steps-ahead 2
"""
import argparse
import json
import logging
import math
import random
import sys
from dataclasses import dataclass, field, asdict

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("samphire.cpc")

DEFAULTS = {
    "frames": 10,
    "frame_dim": 4,
    "z_dim": 8,
    "c_dim": 12,
    "steps_ahead": 2,
    "batch": 6,
    "n_batches": 3,
    "epochs": 2,
    "lr": 2e-3,
    "probe_lr": 0.1,
    "probe_steps": 10,
    "n_classes": 3,
    "noise_every": 2,
    "seed": 21,
}


@dataclass
class RunState:
    epoch: int = 0
    step: int = 0
    history: list = field(default_factory=list)
    grad_noise: list = field(default_factory=list)


# ------------------------------------------------------------------------------------
# data
# ------------------------------------------------------------------------------------
def tide_pool_batch(cfg, labelled=False):
    b, t, d = cfg["batch"], cfg["frames"], cfg["frame_dim"]
    label = torch.randint(0, cfg["n_classes"], (b,))
    amp = 0.5 + label.float().view(b, 1, 1)
    time = torch.linspace(0, 2 * math.pi, t).view(1, t, 1)
    x = amp * torch.sin(time + torch.rand(b, 1, d) * math.pi) + 0.1 * torch.randn(b, t, d)
    return (x, label) if labelled else x


def make_split(cfg, n, labelled):
    return [tide_pool_batch(cfg, labelled) for _ in range(n)]


# ------------------------------------------------------------------------------------
# model
# ------------------------------------------------------------------------------------
class FrameEncoder(nn.Module):
    def __init__(self, frame_dim, z_dim):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(frame_dim, z_dim), nn.ReLU(), nn.Linear(z_dim, z_dim))

    def forward(self, x):
        return self.net(x)


class CPC(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.encoder = FrameEncoder(cfg["frame_dim"], cfg["z_dim"])
        self.ar = nn.GRU(cfg["z_dim"], cfg["c_dim"], batch_first=True)
        self.predictors = nn.ModuleList(
            [nn.Linear(cfg["c_dim"], cfg["z_dim"], bias=False) for _ in range(cfg["steps_ahead"])]
        )
        self.k = cfg["steps_ahead"]

    def context(self, x):
        z = self.encoder(x)
        c, _ = self.ar(z)
        return z, c

    def forward(self, x):
        z, c = self.context(x)
        return info_nce(z, c, self.predictors, self.k)


def info_nce(z, c, predictors, k):
    b, t, _ = z.shape
    losses, accs = [], []
    anchor_t = t - k - 1
    ctx = c[:, anchor_t]
    for step, pred in enumerate(predictors, start=1):
        target = z[:, anchor_t + step]
        logits = pred(ctx) @ target.t()
        labels = torch.arange(b)
        losses.append(F.cross_entropy(logits, labels))
        accs.append((logits.argmax(-1) == labels).float().mean().item())
    return torch.stack(losses).mean(), sum(accs) / len(accs)


# ------------------------------------------------------------------------------------
# diagnostics
# ------------------------------------------------------------------------------------
def flat_grad(model):
    return torch.cat([p.grad.flatten() for p in model.parameters() if p.grad is not None])


def gradient_noise_scale(model, batches):
    """Simple B_simple estimate from per-batch gradients taken in the current mode."""
    grads = []
    for x in batches:
        model.zero_grad()
        loss, _ = model(x)
        loss.backward()
        grads.append(flat_grad(model).clone())
    model.zero_grad()
    g = torch.stack(grads)
    mean = g.mean(0)
    var = g.var(0).sum()
    return (var / (mean.pow(2).sum() + 1e-12)).item()


# ------------------------------------------------------------------------------------
# probe
# ------------------------------------------------------------------------------------
class LinearProbe(nn.Module):
    def __init__(self, c_dim, n_classes):
        super().__init__()
        self.fc = nn.Linear(c_dim, n_classes)

    def forward(self, feats):
        return self.fc(feats)


def extract_features(model, labelled_batches):
    model.eval()
    feats, labels = [], []
    with torch.no_grad():
        for x, y in labelled_batches:
            _, c = model.context(x)
            feats.append(c[:, -1])
            labels.append(y)
    return torch.cat(feats), torch.cat(labels)


def fit_probe(model, train_lab, val_lab, cfg):
    tr_f, tr_y = extract_features(model, train_lab)
    va_f, va_y = extract_features(model, val_lab)
    probe = LinearProbe(cfg["c_dim"], cfg["n_classes"])
    opt = torch.optim.SGD(probe.parameters(), lr=cfg["probe_lr"])
    for _ in range(cfg["probe_steps"]):
        loss = F.cross_entropy(probe(tr_f), tr_y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        acc = (probe(va_f).argmax(-1) == va_y).float().mean().item()
    return loss.item(), acc


# ------------------------------------------------------------------------------------
# representation health checks
# ------------------------------------------------------------------------------------
def feature_statistics(feats):
    """Per-dimension std and an effective-rank proxy to catch collapse early."""
    std = feats.std(0)
    centred = feats - feats.mean(0, keepdim=True)
    sv = torch.linalg.svdvals(centred)
    p = sv / (sv.sum() + 1e-12)
    eff_rank = torch.exp(-(p * torch.log(p + 1e-12)).sum()).item()
    return {"min_std": std.min().item(), "mean_std": std.mean().item(), "eff_rank": eff_rank}


def save_and_reload(model, cfg):
    """Round-trip through a temporary file, as the cluster job does between epochs."""
    import os
    import tempfile

    fd, path = tempfile.mkstemp(suffix=".pt", prefix="samphire_")
    os.close(fd)
    try:
        torch.save(model.state_dict(), path)
        fresh = CPC(cfg)
        fresh.load_state_dict(torch.load(path))
    finally:
        os.remove(path)
    model.load_state_dict(fresh.state_dict())
    return model


def format_table(rows):
    if not rows:
        return ""
    keys = list(rows[0])
    widths = {k: max(len(k), *(len(str(r[k])) for r in rows)) for k in keys}
    lines = [" | ".join(k.ljust(widths[k]) for k in keys)]
    lines.append("-+-".join("-" * widths[k] for k in keys))
    for r in rows:
        lines.append(" | ".join(str(r[k]).ljust(widths[k]) for k in keys))
    return "\n".join(lines)


# ------------------------------------------------------------------------------------
# training
# ------------------------------------------------------------------------------------
def train_epoch(model, opt, batches, cfg, state):
    model.train()
    total, total_acc = 0.0, 0.0
    for x in batches:
        loss, acc = model(x)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 5.0)
        opt.step()
        state.step += 1
        total += loss.item()
        total_acc += acc
        if state.step % cfg["noise_every"] == 0:
            b_simple = gradient_noise_scale(model, batches[:2])
            state.grad_noise.append(round(b_simple, 3))
            logger.debug("step %d B_simple %.3f", state.step, b_simple)
    return total / len(batches), total_acc / len(batches)


def validate_cpc(model, batches):
    model.eval()
    with torch.no_grad():
        out = [model(x) for x in batches]
    return sum(l.item() for l, _ in out) / len(out), sum(a for _, a in out) / len(out)


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description="CPC on samphire tide-pool logs")
    ap.add_argument("--epochs", type=int, default=DEFAULTS["epochs"])
    ap.add_argument("--steps-ahead", type=int, default=DEFAULTS["steps_ahead"])
    ap.add_argument("--lr", type=float, default=DEFAULTS["lr"])
    ap.add_argument("--seed", type=int, default=DEFAULTS["seed"])
    ap.add_argument("--log-level", default="INFO")
    return ap.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULTS)
    cfg.update(epochs=args.epochs, steps_ahead=args.steps_ahead, lr=args.lr, seed=args.seed)
    if cfg["steps_ahead"] >= cfg["frames"] - 1:
        raise ValueError("steps_ahead must leave at least one context frame")
    return cfg


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level.upper()), stream=sys.stdout,
                        format="[%(levelname)s] %(message)s")
    cfg = build_config(args)
    random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])

    unlabelled = make_split(cfg, cfg["n_batches"], labelled=False)
    val_unlabelled = make_split(cfg, 1, labelled=False)
    probe_train = make_split(cfg, 2, labelled=True)
    probe_val = make_split(cfg, 1, labelled=True)

    model = CPC(cfg)
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    state = RunState()

    for epoch in range(cfg["epochs"]):
        state.epoch = epoch
        tr_loss, tr_acc = train_epoch(model, opt, unlabelled, cfg, state)
        va_loss, va_acc = validate_cpc(model, val_unlabelled)
        probe_loss, probe_acc = fit_probe(model, probe_train, probe_val, cfg)
        row = {
            "epoch": epoch,
            "nce": round(tr_loss, 4),
            "nce_acc": round(tr_acc, 3),
            "val_nce": round(va_loss, 4),
            "val_nce_acc": round(va_acc, 3),
            "probe_loss": round(probe_loss, 4),
            "probe_acc": round(probe_acc, 3),
        }
        feats, _ = extract_features(model, probe_val)
        row.update({k: round(v, 3) for k, v in feature_statistics(feats).items()})
        state.history.append(row)
        logger.info(json.dumps(row))
        save_and_reload(model, cfg)

    logger.info("gradient noise trace: %s", state.grad_noise)
    print(format_table(state.history))
    summary = asdict(state)
    print(json.dumps({"final": summary["history"][-1], "steps": summary["step"]}))


if __name__ == "__main__":
    main()
