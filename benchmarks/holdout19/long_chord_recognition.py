# expect: crash
"""Frame-level chord recognition from chroma features with a BiLSTM (+ optional HMM-style smoothing).

Research-style script: argparse, a config dict, synthetic chroma generation from chord templates, label
vocabulary (maj/min triads + N), weighted cross-entropy, frame accuracy / weighted chord symbol recall /
segmentation quality metrics, a validation routine that also runs a few diagnostics, and a results summary.
"""
import argparse
import logging
import math
import random
import sys
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("chords")

PITCHES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
QUALITIES = {"maj": (0, 4, 7), "min": (0, 3, 7)}

CONFIG = {
    "seed": 3,
    "n_tracks": 6,
    "frames": 24,
    "hidden": 8,
    "layers": 2,
    "dropout": 0.1,
    "epochs": 2,
    "lr": 2e-3,
    "batch_size": 3,
    "smooth_self_prob": 0.9,
    "diagnostics": True,
}


# ----------------------------------------------------------------------------------------------------------------
# vocabulary and synthetic data
# ----------------------------------------------------------------------------------------------------------------

def chord_vocab():
    names = ["N"]
    for root in PITCHES:
        for q in QUALITIES:
            names.append(f"{root}:{q}")
    return names


VOCAB = chord_vocab()


def chord_template(name):
    v = torch.zeros(12)
    if name == "N":
        return v + 0.05
    root, q = name.split(":")
    r = PITCHES.index(root)
    for iv in QUALITIES[q]:
        v[(r + iv) % 12] = 1.0
    return v


TEMPLATES = torch.stack([chord_template(n) for n in VOCAB])


def synth_track(frames, rng):
    labels = []
    while len(labels) < frames:
        c = rng.randrange(len(VOCAB))
        labels.extend([c] * rng.randint(2, 6))
    labels = torch.tensor(labels[:frames])
    chroma = TEMPLATES[labels] + 0.2 * torch.rand(frames, 12)
    chroma = chroma / chroma.norm(dim=-1, keepdim=True)
    return chroma, labels


def build_dataset(cfg):
    rng = random.Random(cfg["seed"])
    tracks = [synth_track(cfg["frames"], rng) for _ in range(cfg["n_tracks"])]
    n_train = int(0.67 * len(tracks))
    return tracks[:n_train], tracks[n_train:]


def stack(tracks):
    return torch.stack([t[0] for t in tracks]), torch.stack([t[1] for t in tracks])


def pitch_shift(chroma, labels, k):
    chroma = torch.roll(chroma, k, dims=-1)
    shifted = labels.clone()
    nz = labels > 0
    root = (labels[nz] - 1) // 2
    qual = (labels[nz] - 1) % 2
    shifted[nz] = ((root + k) % 12) * 2 + qual + 1
    return chroma, shifted


# ----------------------------------------------------------------------------------------------------------------
# model
# ----------------------------------------------------------------------------------------------------------------

class ChordNet(nn.Module):
    def __init__(self, hidden, layers, dropout, n_classes=len(VOCAB)):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(12, hidden), nn.ReLU(), nn.Dropout(dropout))
        self.lstm = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True, bidirectional=True,
                            dropout=dropout if layers > 1 else 0.0)
        self.out = nn.Linear(2 * hidden, n_classes)

    def forward(self, chroma):
        h, _ = self.lstm(self.inp(chroma))
        return self.out(h)


def viterbi_smooth(log_probs, self_prob):
    K = log_probs.shape[-1]
    trans = torch.full((K, K), math.log((1 - self_prob) / (K - 1)))
    trans.fill_diagonal_(math.log(self_prob))
    score = log_probs[0]
    back = []
    for t in range(1, log_probs.shape[0]):
        total = score[:, None] + trans
        score, idx = total.max(0)
        score = score + log_probs[t]
        back.append(idx)
    path = [int(score.argmax())]
    for idx in reversed(back):
        path.append(int(idx[path[-1]]))
    return torch.tensor(path[::-1])


# ----------------------------------------------------------------------------------------------------------------
# metrics
# ----------------------------------------------------------------------------------------------------------------

def frame_accuracy(pred, gold):
    return (pred == gold).float().mean().item()


def root_accuracy(pred, gold):
    pr = torch.where(pred > 0, (pred - 1) // 2, torch.full_like(pred, -1))
    gr = torch.where(gold > 0, (gold - 1) // 2, torch.full_like(gold, -1))
    return (pr == gr).float().mean().item()


def segments(seq):
    segs, start = [], 0
    for i in range(1, len(seq) + 1):
        if i == len(seq) or seq[i] != seq[start]:
            segs.append((start, i))
            start = i
    return segs


def directional_hamming(a, b):
    total = 0
    for s, e in segments(a):
        best = 0
        for s2, e2 in segments(b):
            best = max(best, max(0, min(e, e2) - max(s, s2)))
        total += (e - s) - best
    return total / len(a)


def segmentation_quality(pred, gold):
    p, g = pred.tolist(), gold.tolist()
    return 1 - max(directional_hamming(p, g), directional_hamming(g, p))


@dataclass
class Results:
    frame_acc: list = field(default_factory=list)
    root_acc: list = field(default_factory=list)
    seg: list = field(default_factory=list)
    grad_norm: float = float("nan")

    def summary(self):
        mean = lambda xs: sum(xs) / max(len(xs), 1)  # noqa: E731
        return {"frame_acc": mean(self.frame_acc), "root_acc": mean(self.root_acc), "seg": mean(self.seg),
                "input_grad_norm": self.grad_norm}


# ----------------------------------------------------------------------------------------------------------------
# training and validation
# ----------------------------------------------------------------------------------------------------------------

def class_weights(train):
    counts = torch.bincount(torch.cat([t[1] for t in train]), minlength=len(VOCAB)).float()
    return (counts.sum() / (counts + 1.0)).clamp(max=10.0)


def train_epoch(model, opt, train, cfg, weights, rng):
    model.train()
    x, y = stack(train)
    order = list(range(len(x)))
    rng.shuffle(order)
    total = 0.0
    for i in range(0, len(order), cfg["batch_size"]):
        idx = order[i:i + cfg["batch_size"]]
        xb, yb = x[idx], y[idx]
        k = rng.randrange(12)
        xb, yb = pitch_shift(xb, yb, k)
        logits = model(xb)
        loss = F.cross_entropy(logits.reshape(-1, len(VOCAB)), yb.reshape(-1), weight=weights)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 5.0)
        opt.step()
        total += loss.item()
    return total


def input_gradient_norm(model, x, y):
    """Diagnostic: how sensitive is the loss to the chroma input? (large values flag overfitting to noise)"""
    x = x.clone().requires_grad_(True)
    loss = F.cross_entropy(model(x).reshape(-1, len(VOCAB)), y.reshape(-1))
    loss.backward()  # TM001-here
    return x.grad.norm().item()


@torch.no_grad()
def validate(model, tracks, cfg):
    model.eval()
    res = Results()
    x, y = stack(tracks)
    logp = F.log_softmax(model(x), -1)
    for b in range(len(x)):
        pred = viterbi_smooth(logp[b], cfg["smooth_self_prob"])
        res.frame_acc.append(frame_accuracy(pred, y[b]))
        res.root_acc.append(root_accuracy(pred, y[b]))
        res.seg.append(segmentation_quality(pred, y[b]))
    if cfg["diagnostics"]:
        with torch.enable_grad():
            res.grad_norm = input_gradient_norm(model, x, y)
    return res


def confusion_matrix(pred, gold, n=len(VOCAB)):
    cm = torch.zeros(n, n, dtype=torch.long)
    for p, g in zip(pred.flatten().tolist(), gold.flatten().tolist()):
        cm[g, p] += 1
    return cm


def top_confusions(cm, k=3):
    off = cm.clone()
    off.fill_diagonal_(0)
    flat = off.flatten()
    vals, idx = flat.topk(k)
    out = []
    for v, i in zip(vals.tolist(), idx.tolist()):
        if v == 0:
            continue
        out.append((VOCAB[i // cm.shape[1]], VOCAB[i % cm.shape[1]], v))
    return out


class WarmupLR:
    """Linear warm-up for the first `warmup` epochs, then constant."""

    def __init__(self, opt, warmup=2):
        self.opt = opt
        self.warmup = warmup
        self.base = [g["lr"] for g in opt.param_groups]
        self.epoch = 0
        self._apply()

    def _apply(self):
        scale = min(1.0, (self.epoch + 1) / self.warmup)
        for g, b in zip(self.opt.param_groups, self.base):
            g["lr"] = b * scale

    def step(self):
        self.epoch += 1
        self._apply()


def describe_errors(model, tracks):
    with torch.no_grad():
        x, y = stack(tracks)
        pred = model(x).argmax(-1)
    return top_confusions(confusion_matrix(pred, y))


def parse_args(argv):
    ap = argparse.ArgumentParser(description="BiLSTM chord recognition")
    ap.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    ap.add_argument("--no-diagnostics", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args(argv)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    cfg = dict(CONFIG, epochs=args.epochs, diagnostics=not args.no_diagnostics)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, format="%(message)s")
    torch.manual_seed(cfg["seed"])
    rng = random.Random(cfg["seed"])
    train, val = build_dataset(cfg)
    log.info("vocab %d chords, %d train / %d val tracks", len(VOCAB), len(train), len(val))
    model = ChordNet(cfg["hidden"], cfg["layers"], cfg["dropout"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    weights = class_weights(train)
    sched = WarmupLR(opt)
    for epoch in range(cfg["epochs"]):
        loss = train_epoch(model, opt, train, cfg, weights, rng)
        sched.step()
        summary = validate(model, val, cfg).summary()
        log.info("epoch %d loss %.3f %s", epoch, loss, {k: round(v, 3) for k, v in summary.items()})
    log.info("most frequent confusions: %s", describe_errors(model, val))
    return summary


if __name__ == "__main__":
    main()
