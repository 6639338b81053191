# expect: clean
"""Truffle-dog search tracks.

GPS + head-down accelerometer windows recorded from truffle dogs.
Stage 1 pre-trains a bidirectional GRU encoder to regress a "scent intensity"
proxy. Stage 2 freezes it and fits a find / no-find head on top (linear probe
plus a small MLP). Stage 3 attributes the find score to time steps.

    python truffle_dog_tracks_research.py --pretrain-epochs 3 --probe-epochs 4
"""
import argparse
import dataclasses
import json
import logging
import math
import os
import random
import sys
import tempfile
import time
from collections import OrderedDict

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("truffle")

CONFIG = {
    "seed": 29,
    "n_dogs": 3,
    "tracks_per_dog": 10,
    "window": 9,
    "channels": ["dx", "dy", "speed", "head_down", "sniff_rate"],
    "encoder": {"hidden": 8, "layers": 1, "bidirectional": True},
    "head": {"kind": "mlp", "hidden": 6},
    "pretrain": {"epochs": 3, "lr": 4e-3, "batch": 6},
    "probe": {"epochs": 4, "lr": 1e-2, "batch": 6},
    "attribution": {"examples": 3, "steps": 8},
    "metrics_file": "metrics.json",
}


@dataclasses.dataclass
class Track:
    dog: int
    x: torch.Tensor
    intensity: float
    found: int


# ------------------------------------------------------------------ helpers

def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


def stack(tracks):
    return (torch.stack([t.x for t in tracks]),
            torch.tensor([t.intensity for t in tracks]),
            torch.tensor([t.found for t in tracks]))


class Stopwatch:
    def __init__(self):
        self.marks = OrderedDict()
        self._t = time.perf_counter()

    def mark(self, name):
        now = time.perf_counter()
        self.marks[name] = now - self._t
        self._t = now


# --------------------------------------------------------------------- data

def simulate_tracks(cfg):
    tracks = []
    n_ch = len(cfg["channels"])
    for dog in range(cfg["n_dogs"]):
        bias = 0.2 * dog
        for _ in range(cfg["tracks_per_dog"]):
            x = torch.randn(cfg["window"], n_ch)
            x[:, 3] = torch.sigmoid(x[:, 3] + bias)
            intensity = float(x[:, 3].mean() * 2 + 0.3 * x[:, 4].clamp(min=0).mean())
            found = int(intensity + 0.1 * random.random() > 1.1)
            tracks.append(Track(dog, x, intensity, found))
    random.shuffle(tracks)
    return tracks


def train_val_test(tracks, fractions=(0.6, 0.2)):
    n = len(tracks)
    a = int(n * fractions[0])
    b = a + int(n * fractions[1])
    return tracks[:a], tracks[a:b], tracks[b:]


def class_balance(tracks):
    pos = sum(t.found for t in tracks)
    return pos / max(len(tracks), 1)


# ------------------------------------------------------------------- models

class TrackEncoder(nn.Module):
    def __init__(self, n_ch, hidden, layers, bidirectional):
        super().__init__()
        self.inp = nn.Linear(n_ch, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True, bidirectional=bidirectional)
        self.out_dim = hidden * (2 if bidirectional else 1)

    def forward(self, x):
        seq, _ = self.gru(F.gelu(self.inp(x)))
        return seq


class IntensityHead(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.lin = nn.Linear(dim, 1)

    def forward(self, seq):
        return self.lin(seq.mean(1)).squeeze(-1)


class FindHead(nn.Module):
    def __init__(self, dim, kind, hidden):
        super().__init__()
        if kind == "linear":
            self.net = nn.Linear(dim, 1)
        else:
            self.net = nn.Sequential(nn.Linear(dim, hidden), nn.ReLU(), nn.Dropout(0.1), nn.Linear(hidden, 1))

    def forward(self, seq):
        pooled = torch.cat([seq.mean(1), seq.max(1).values], dim=-1)[:, : self.net_in_dim()]
        return self.net(pooled).squeeze(-1)

    def net_in_dim(self):
        first = self.net if isinstance(self.net, nn.Linear) else self.net[0]
        return first.in_features


def freeze(module):
    for p in module.parameters():
        p.requires_grad_(False)
    return module


# ------------------------------------------------------------------ metrics

def rmse(pred, target):
    return math.sqrt(float(F.mse_loss(pred, target)))


def binary_metrics(logits, labels):
    pred = (logits > 0).long()
    tp = int(((pred == 1) & (labels == 1)).sum())
    fp = int(((pred == 1) & (labels == 0)).sum())
    fn = int(((pred == 0) & (labels == 1)).sum())
    acc = float((pred == labels).float().mean())
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"acc": acc, "precision": prec, "recall": rec, "f1": f1}


# ------------------------------------------------------------------- stages

def pretrain_encoder(encoder, head, train, val, pcfg):
    params = list(encoder.parameters()) + list(head.parameters())
    opt = torch.optim.Adam(params, lr=pcfg["lr"])
    best = (float("inf"), None)
    for epoch in range(pcfg["epochs"]):
        encoder.train()
        head.train()
        for batch in chunks(train, pcfg["batch"]):
            x, inten, _ = stack(batch)
            loss = F.mse_loss(head(encoder(x)), inten)
            opt.zero_grad()
            loss.backward()
            opt.step()
        encoder.eval()
        head.eval()
        with torch.no_grad():
            x, inten, _ = stack(val)
            score = rmse(head(encoder(x)), inten)
        logger.info("pretrain epoch %d val rmse %.4f", epoch, score)
        if score < best[0]:
            best = (score, {k: v.clone() for k, v in encoder.state_dict().items()})
    encoder.load_state_dict(best[1])
    return best[0]


def fit_probe(encoder, head, train, pcfg):
    encoder.eval()
    freeze(encoder)
    head.train()
    opt = torch.optim.Adam(head.parameters(), lr=pcfg["lr"])
    pos_weight = torch.tensor((1 - class_balance(train)) / max(class_balance(train), 1e-3))
    losses = []
    for epoch in range(pcfg["epochs"]):
        for batch in chunks(train, pcfg["batch"]):
            x, _, found = stack(batch)
            feats = encoder(x)
            loss = F.binary_cross_entropy_with_logits(head(feats), found.float(), pos_weight=pos_weight)
            opt.zero_grad()
            loss.backward()
            opt.step()
            losses.append(loss.item())
    return losses


def evaluate_probe(encoder, head, tracks):
    encoder.eval()
    head.eval()
    with torch.no_grad():
        x, _, found = stack(tracks)
        return binary_metrics(head(encoder(x)), found)


def attribute_steps(encoder, head, tracks, acfg):
    """Integrated gradients of the find logit w.r.t. the input window (zero baseline)."""
    encoder.eval()
    head.eval()
    x, _, _ = stack(tracks[: acfg["examples"]])
    total = torch.zeros_like(x)
    with torch.backends.cudnn.flags(enabled=False):
        for k in range(1, acfg["steps"] + 1):
            scaled = (x * k / acfg["steps"]).requires_grad_(True)
            head(encoder(scaled)).sum().backward()
            total += scaled.grad
    ig = x * total / acfg["steps"]
    return ig.abs().sum(-1)


def write_metrics(path, metrics):
    with open(path, "w") as fh:
        json.dump(metrics, fh, indent=2, sort_keys=True)


# --------------------------------------------------------------------- main

def parse_args(argv):
    p = argparse.ArgumentParser(description="truffle-dog track models")
    p.add_argument("--pretrain-epochs", type=int, default=None)
    p.add_argument("--probe-epochs", type=int, default=None)
    p.add_argument("--head", choices=["linear", "mlp"], default=None)
    p.add_argument("--log-level", default="WARNING")
    return p.parse_args(argv)


def resolve_config(args):
    cfg = json.loads(json.dumps(CONFIG))
    if args.pretrain_epochs is not None:
        cfg["pretrain"]["epochs"] = args.pretrain_epochs
    if args.probe_epochs is not None:
        cfg["probe"]["epochs"] = args.probe_epochs
    if args.head is not None:
        cfg["head"]["kind"] = args.head
    return cfg


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=getattr(logging, args.log_level), format="%(levelname)s %(message)s")
    cfg = resolve_config(args)
    seed_everything(cfg["seed"])
    watch = Stopwatch()

    tracks = simulate_tracks(cfg)
    train, val, test = train_val_test(tracks)
    logger.info("tracks: train %d val %d test %d, positives %.2f", len(train), len(val), len(test),
                class_balance(train))
    watch.mark("data")

    ecfg = cfg["encoder"]
    encoder = TrackEncoder(len(cfg["channels"]), ecfg["hidden"], ecfg["layers"], ecfg["bidirectional"])
    inten_head = IntensityHead(encoder.out_dim)
    best_rmse = pretrain_encoder(encoder, inten_head, train, val, cfg["pretrain"])
    watch.mark("pretrain")

    find_head = FindHead(encoder.out_dim * 2, cfg["head"]["kind"], cfg["head"]["hidden"])
    probe_losses = fit_probe(encoder, find_head, train, cfg["probe"])
    watch.mark("probe")

    metrics = {"pretrain_val_rmse": best_rmse, "probe_loss_last": probe_losses[-1]}
    metrics.update({f"test_{k}": v for k, v in evaluate_probe(encoder, find_head, test).items()})
    saliency = attribute_steps(encoder, find_head, test, cfg["attribution"])
    metrics["peak_steps"] = saliency.argmax(1).tolist()
    watch.mark("attribution")
    metrics["timings"] = {k: round(v, 3) for k, v in watch.marks.items()}

    out_dir = tempfile.mkdtemp(prefix="truffle_")
    path = os.path.join(out_dir, cfg["metrics_file"])
    try:
        write_metrics(path, metrics)
        print(open(path).read()[:200])
    finally:
        os.remove(path)
        os.rmdir(out_dir)
    return metrics


if __name__ == "__main__":
    main([])
