# expect: clean
"""Cave-ripening sensor streams: contrastive predictive coding, then a linear probe.

Each wheel of cheese in the cave carries a humidity/temperature/ammonia logger.
Stage 1 pretrains a GRU context network with InfoNCE over future steps. Stage 2
freezes the encoder (eval mode, no parameter grads) and fits a linear probe on
the ripeness grade; the probe's features are computed from raw sensor windows.

Usage:
    python cheesewright_cave_cpc_long.py --pretrain-epochs 2 --probe-epochs 3
"""
import argparse
import logging
import math
import os
import random
import tempfile
import time
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("cave_cpc")

CONFIG = {
    "seed": 1,
    "n_wheels": 24,
    "seq_len": 12,
    "n_channels": 3,
    "z_dim": 8,
    "c_dim": 8,
    "k_future": 2,
    "batch_size": 6,
    "pretrain_epochs": 2,
    "probe_epochs": 3,
    "lr": 3e-3,
    "probe_lr": 5e-2,
    "n_grades": 3,
    "log_every": 2,
}


@dataclass
class Metrics:
    history: dict = field(default_factory=dict)

    def add(self, name, value):
        self.history.setdefault(name, []).append(float(value))

    def last(self, name, default=float("nan")):
        values = self.history.get(name)
        return values[-1] if values else default

    def summary(self):
        return {k: round(sum(v) / len(v), 4) for k, v in self.history.items()}


# --------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------
def synth_cave(cfg, seed):
    g = torch.Generator().manual_seed(seed)
    grades = torch.randint(0, cfg["n_grades"], (cfg["n_wheels"],), generator=g)
    t = torch.linspace(0, 1, cfg["seq_len"])
    base = torch.stack([torch.sin(2 * math.pi * t), torch.cos(2 * math.pi * t), t], -1)
    x = base.unsqueeze(0) * (1 + grades.view(-1, 1, 1).float() * 0.3)
    x = x + 0.1 * torch.randn(x.shape, generator=g)
    return x, grades


def standardise(x):
    mean = x.mean((0, 1), keepdim=True)
    std = x.std((0, 1), keepdim=True) + 1e-6
    return (x - mean) / std


def batches(x, y, bs, shuffle, rng):
    idx = list(range(len(x)))
    if shuffle:
        rng.shuffle(idx)
    for i in range(0, len(idx), bs):
        j = idx[i:i + bs]
        yield x[j], y[j]


def split(x, y, frac=0.75):
    n = int(len(x) * frac)
    return (x[:n], y[:n]), (x[n:], y[n:])


# --------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------
class StepEncoder(nn.Module):
    def __init__(self, n_channels, z_dim):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(n_channels, z_dim), nn.ReLU(), nn.Linear(z_dim, z_dim))

    def forward(self, x):
        return self.net(x)


class CPC(nn.Module):
    def __init__(self, n_channels, z_dim, c_dim, k_future):
        super().__init__()
        self.encoder = StepEncoder(n_channels, z_dim)
        self.context = nn.GRU(z_dim, c_dim, batch_first=True)
        self.predictors = nn.ModuleList([nn.Linear(c_dim, z_dim) for _ in range(k_future)])
        self.k_future = k_future

    def features(self, x):
        z = self.encoder(x)
        c, _ = self.context(z)
        return z, c

    def infonce(self, x):
        z, c = self.features(x)
        B, T, _ = z.shape
        losses, accs = [], []
        for k, pred in enumerate(self.predictors, start=1):
            t = T - k - 1
            anchor = pred(c[:, t])
            logits = anchor @ z[:, t + k].t()
            target = torch.arange(B)
            losses.append(F.cross_entropy(logits, target))
            accs.append((logits.argmax(-1) == target).float().mean())
        return torch.stack(losses).mean(), torch.stack(accs).mean()


class LinearProbe(nn.Module):
    def __init__(self, c_dim, n_grades):
        super().__init__()
        self.fc = nn.Linear(c_dim, n_grades)

    def forward(self, feats):
        return self.fc(feats)


# --------------------------------------------------------------------------
# stages
# --------------------------------------------------------------------------
def evaluate_cpc(model, data, cfg):
    model.eval()
    total, acc, n = 0.0, 0.0, 0
    with torch.no_grad():
        for xb, _ in batches(*data, cfg["batch_size"], False, None):
            if len(xb) < 2:
                continue
            loss, a = model.infonce(xb)
            total += loss.item()
            acc += a.item()
            n += 1
    return total / max(n, 1), acc / max(n, 1)


def pretrain(model, train_data, val_data, cfg, metrics, rng):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    step = 0
    for epoch in range(cfg["pretrain_epochs"]):
        model.train()
        t0 = time.time()
        for xb, _ in batches(*train_data, cfg["batch_size"], True, rng):
            if len(xb) < 2:
                continue
            loss, acc = model.infonce(xb)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            metrics.add("cpc_loss", loss.item())
            metrics.add("cpc_acc", acc.item())
            step += 1
            if step % cfg["log_every"] == 0:
                logger.debug("step %d loss %.4f acc %.3f", step, loss.item(), acc.item())
        val_loss, val_acc = evaluate_cpc(model, val_data, cfg)
        metrics.add("cpc_val_loss", val_loss)
        logger.info("pretrain epoch %d val_loss %.4f val_acc %.3f (%.2fs)",
                    epoch, val_loss, val_acc, time.time() - t0)
    return model


def freeze(model):
    for p in model.parameters():
        p.requires_grad_(False)
    model.eval()
    return model


def probe_features(model, xb):
    _, c = model.features(xb)
    return c[:, -1]


def fit_probe(model, train_data, cfg, metrics, rng):
    probe = LinearProbe(cfg["c_dim"], cfg["n_grades"])
    opt = torch.optim.SGD(probe.parameters(), lr=cfg["probe_lr"], momentum=0.9)
    for epoch in range(cfg["probe_epochs"]):
        probe.train()
        for xb, yb in batches(*train_data, cfg["batch_size"], True, rng):
            logits = probe(probe_features(model, xb))
            loss = F.cross_entropy(logits, yb)
            opt.zero_grad()
            loss.backward()
            opt.step()
            metrics.add("probe_loss", loss.item())
        logger.info("probe epoch %d loss %.4f", epoch, metrics.last("probe_loss"))
    return probe


def evaluate_probe(model, probe, data, cfg):
    probe.eval()
    correct, n = 0, 0
    confusion = torch.zeros(cfg["n_grades"], cfg["n_grades"], dtype=torch.long)
    with torch.no_grad():
        for xb, yb in batches(*data, cfg["batch_size"], False, None):
            pred = probe(probe_features(model, xb)).argmax(-1)
            correct += (pred == yb).sum().item()
            n += len(yb)
            for t, p in zip(yb.tolist(), pred.tolist()):
                confusion[t, p] += 1
    return correct / max(n, 1), confusion


def nearest_centroid_accuracy(model, train_data, val_data, cfg):
    """A parameter-free baseline on the frozen features, for comparison with the probe."""
    with torch.no_grad():
        ftr = probe_features(model, train_data[0])
        fva = probe_features(model, val_data[0])
    centroids = []
    for g in range(cfg["n_grades"]):
        mask = train_data[1] == g
        centroids.append(ftr[mask].mean(0) if mask.any() else torch.zeros(ftr.size(1)))
    centroids = torch.stack(centroids)
    pred = torch.cdist(fva, centroids).argmin(-1)
    return (pred == val_data[1]).float().mean().item()


def channel_ablation(model, probe, data, cfg):
    """Accuracy drop when each sensor channel is zeroed."""
    base, _ = evaluate_probe(model, probe, data, cfg)
    drops = {}
    for ch in range(cfg["n_channels"]):
        x = data[0].clone()
        x[:, :, ch] = 0.0
        acc, _ = evaluate_probe(model, probe, (x, data[1]), cfg)
        drops[ch] = round(base - acc, 4)
    return drops


def save_report(metrics, confusion, path):
    with open(path, "w") as fh:
        for k, v in metrics.summary().items():
            fh.write(f"{k}\t{v}\n")
        fh.write("confusion\n")
        for row in confusion.tolist():
            fh.write("\t".join(str(v) for v in row) + "\n")


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--pretrain-epochs", type=int, default=CONFIG["pretrain_epochs"])
    p.add_argument("--probe-epochs", type=int, default=CONFIG["probe_epochs"])
    p.add_argument("--seed", type=int, default=CONFIG["seed"])
    p.add_argument("--quiet", action="store_true")
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="[%(levelname)s] %(message)s")
    cfg = dict(CONFIG, pretrain_epochs=args.pretrain_epochs, probe_epochs=args.probe_epochs, seed=args.seed)
    random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    rng = random.Random(cfg["seed"])
    x, y = synth_cave(cfg, cfg["seed"])
    x = standardise(x)
    train_data, val_data = split(x, y)
    metrics = Metrics()
    model = CPC(cfg["n_channels"], cfg["z_dim"], cfg["c_dim"], cfg["k_future"])
    pretrain(model, train_data, val_data, cfg, metrics, rng)
    freeze(model)
    probe = fit_probe(model, train_data, cfg, metrics, rng)
    acc, confusion = evaluate_probe(model, probe, val_data, cfg)
    logger.info("probe accuracy %.3f", acc)
    logger.info("nearest-centroid accuracy %.3f", nearest_centroid_accuracy(model, train_data, val_data, cfg))
    logger.info("channel ablation %s", channel_ablation(model, probe, val_data, cfg))
    fd, path = tempfile.mkstemp(suffix=".tsv")
    os.close(fd)
    try:
        save_report(metrics, confusion, path)
        logger.info("report written to %s (%d bytes)", path, os.path.getsize(path))
    finally:
        os.remove(path)


if __name__ == "__main__":
    main()
