# expect: crash
"""Knocker-upper rounds: will the client be at the window within two taps?

Research script: trains a small LSTM on tap histories collected on the morning
rounds, then values every training example by the alignment of its per-example
gradient with the validation gradient (a one-step TracIn-like score), drops the
lowest-valued examples and retrains.

Usage:
    python knockerupper_rounds_valuation_long.py --epochs 2 --drop-frac 0.25
"""
import argparse
import csv
import io
import logging
import os
import random
import sys
import time
from collections import OrderedDict

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, grad

log = logging.getLogger("rounds")

HPARAMS = OrderedDict(
    seed=3,
    n_clients=20,
    n_val=6,
    taps=7,
    features=4,
    hidden=10,
    layers=1,
    lr=1e-2,
    weight_decay=1e-4,
    epochs=2,
    batch_size=4,
    drop_frac=0.25,
    label_noise=0.2,
)


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def configure_logging(level):
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(asctime)s | %(levelname)-7s | %(message)s", "%H:%M:%S"))
    log.addHandler(handler)
    log.setLevel(level)


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


class Timer:
    def __init__(self):
        self.t0 = time.perf_counter()

    def lap(self):
        t, self.t0 = time.perf_counter() - self.t0, time.perf_counter()
        return t


def binary_metrics(logits, y):
    pred = (logits > 0).long()
    tp = ((pred == 1) & (y == 1)).sum().item()
    fp = ((pred == 1) & (y == 0)).sum().item()
    fn = ((pred == 0) & (y == 1)).sum().item()
    acc = (pred == y).float().mean().item()
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"acc": round(acc, 4), "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4)}


# --------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------
def simulate_rounds(hp):
    g = torch.Generator().manual_seed(hp["seed"])
    n = hp["n_clients"] + hp["n_val"]
    loudness = torch.rand(n, hp["taps"], 1, generator=g)
    gap = torch.rand(n, hp["taps"], 1, generator=g)
    dawn = torch.linspace(0, 1, hp["taps"]).view(1, -1, 1).expand(n, -1, -1)
    sleepiness = torch.rand(n, 1, 1, generator=g).expand(-1, hp["taps"], -1)
    x = torch.cat([loudness, gap, dawn, sleepiness], -1)
    score = loudness.mean((1, 2)) * 2 - sleepiness[:, 0, 0] * 1.5
    y = (score > score.median()).long()
    flip = torch.rand(n, generator=g) < hp["label_noise"]
    y_noisy = torch.where(flip, 1 - y, y)
    return (x[:hp["n_clients"]], y_noisy[:hp["n_clients"]]), (x[hp["n_clients"]:], y[hp["n_clients"]:]), flip[:hp["n_clients"]]


def to_csv(x, y):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["client", "label"] + [f"tap{t}_f{f}" for t in range(x.size(1)) for f in range(x.size(2))])
    for i in range(len(x)):
        w.writerow([i, int(y[i])] + [f"{v:.3f}" for v in x[i].flatten().tolist()])
    return buf.getvalue()


def iterate(x, y, bs, shuffle=True):
    idx = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), bs):
        j = idx[i:i + bs]
        yield x[j], y[j]


# --------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------
class WindowModel(nn.Module):
    def __init__(self, features, hidden, layers):
        super().__init__()
        self.norm = nn.LayerNorm(features)
        self.lstm = nn.LSTM(features, hidden, num_layers=layers, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(self.norm(x))
        return self.head(out[:, -1]).squeeze(-1)


def build_model(hp):
    return WindowModel(hp["features"], hp["hidden"], hp["layers"])


# --------------------------------------------------------------------------
# training / evaluation
# --------------------------------------------------------------------------
def train_model(model, data, hp, tag):
    opt = torch.optim.AdamW(model.parameters(), lr=hp["lr"], weight_decay=hp["weight_decay"])
    timer = Timer()
    for epoch in range(hp["epochs"]):
        model.train()
        running = 0.0
        for xb, yb in iterate(*data, hp["batch_size"]):
            loss = F.binary_cross_entropy_with_logits(model(xb), yb.float())
            opt.zero_grad()
            loss.backward()
            opt.step()
            running += loss.item() * len(xb)
        log.info("[%s] epoch %d loss %.4f (%.2fs)", tag, epoch, running / len(data[0]), timer.lap())
    return model


@torch.no_grad()
def evaluate(model, data):
    model.eval()
    logits = model(data[0])
    return binary_metrics(logits, data[1])


# --------------------------------------------------------------------------
# data valuation
# --------------------------------------------------------------------------
def flat(grads):
    return torch.cat([g.reshape(-1) for g in grads.values()])


def example_loss(params, buffers, model, x, y):
    logit = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return F.binary_cross_entropy_with_logits(logit, y.float().view(1))


def value_examples(model, train_data, val_data):
    model.train()  # same mode as the updates the scores stand in for
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    g_fn = grad(example_loss)
    val_grad = None
    for xv, yv in zip(*val_data):
        g = flat(g_fn(params, buffers, model, xv, yv))  # TM002-here
        val_grad = g if val_grad is None else val_grad + g
    val_grad = val_grad / len(val_data[0])
    scores = []
    for xt, yt in zip(*train_data):
        scores.append(torch.dot(flat(g_fn(params, buffers, model, xt, yt)), val_grad).item())
    return torch.tensor(scores)


def summarise_scores(scores, flipped):
    """Mean valuation score of clean vs. flipped examples, and the rank of the worst flipped one."""
    clean = scores[~flipped]
    noisy = scores[flipped]
    order = scores.argsort()
    worst_noisy_rank = None
    for rank, idx in enumerate(order.tolist()):
        if flipped[idx]:
            worst_noisy_rank = rank
            break
    return {"clean_mean": round(clean.mean().item(), 5) if len(clean) else None,
            "noisy_mean": round(noisy.mean().item(), 5) if len(noisy) else None,
            "first_noisy_rank": worst_noisy_rank}


def drop_lowest(train_data, scores, frac):
    k = int(len(scores) * frac)
    keep = scores.argsort(descending=True)[: len(scores) - k]
    keep, _ = keep.sort()
    return (train_data[0][keep], train_data[1][keep]), keep


def noise_recall(scores, flipped, frac):
    k = int(len(scores) * frac)
    dropped = scores.argsort()[:k]
    return flipped[dropped].float().sum().item() / max(flipped.sum().item(), 1)


# --------------------------------------------------------------------------
# diagnostics
# --------------------------------------------------------------------------
@torch.no_grad()
def expected_calibration_error(model, data, n_bins=4):
    model.eval()
    probs = torch.sigmoid(model(data[0]))
    conf = torch.where(probs > 0.5, probs, 1 - probs)
    correct = ((probs > 0.5).long() == data[1]).float()
    edges = torch.linspace(0.5, 1.0, n_bins + 1)
    ece = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (conf > lo) & (conf <= hi)
        if mask.any():
            ece += mask.float().mean().item() * abs(conf[mask].mean().item() - correct[mask].mean().item())
    return round(ece, 4)


@torch.no_grad()
def permutation_importance(model, data, n_repeats=2):
    model.eval()
    base = binary_metrics(model(data[0]), data[1])["acc"]
    out = {}
    for f in range(data[0].size(2)):
        drops = []
        for _ in range(n_repeats):
            x = data[0].clone()
            x[:, :, f] = x[torch.randperm(len(x)), :, f]
            drops.append(base - binary_metrics(model(x), data[1])["acc"])
        out[f"f{f}"] = round(sum(drops) / n_repeats, 4)
    return out


def format_table(rows):
    keys = list(rows[0][1].keys())
    lines = ["| run | " + " | ".join(keys) + " |", "|---|" + "---|" * len(keys)]
    for name, row in rows:
        lines.append(f"| {name} | " + " | ".join(str(row[k]) for k in keys) + " |")
    return "\n".join(lines)


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
def parse_args(argv=None):
    ap = argparse.ArgumentParser(description="knocker-upper rounds: data valuation")
    ap.add_argument("--epochs", type=int, default=HPARAMS["epochs"])
    ap.add_argument("--drop-frac", type=float, default=HPARAMS["drop_frac"])
    ap.add_argument("--hidden", type=int, default=HPARAMS["hidden"])
    ap.add_argument("--dump-csv", action="store_true", help="print the simulated rounds as CSV")
    ap.add_argument("--log-level", default="INFO")
    return ap.parse_args(argv)


def run(hp, dump_csv=False):
    seed_everything(hp["seed"])
    train_data, val_data, flipped = simulate_rounds(hp)
    if dump_csv:
        print(to_csv(*train_data))
    log.info("train %d (noisy labels %d), val %d", len(train_data[0]), int(flipped.sum()), len(val_data[0]))
    model = train_model(build_model(hp), train_data, hp, "full")
    before = evaluate(model, val_data)
    log.info("before valuation: %s", before)
    log.info("ECE %.4f, permutation importance %s", expected_calibration_error(model, val_data),
             permutation_importance(model, val_data))
    scores = value_examples(model, train_data, val_data)
    log.info("score summary %s", summarise_scores(scores, flipped))
    log.info("noise recall among dropped: %.3f", noise_recall(scores, flipped, hp["drop_frac"]))
    pruned, keep = drop_lowest(train_data, scores, hp["drop_frac"])
    seed_everything(hp["seed"])
    model2 = train_model(build_model(hp), pruned, hp, "pruned")
    after = evaluate(model2, val_data)
    log.info("after dropping %d examples: %s", len(train_data[0]) - len(keep), after)
    print(format_table([("full", before), ("pruned", after)]))
    return before, after


def main(argv=None):
    args = parse_args(argv)
    configure_logging(getattr(logging, args.log_level.upper(), logging.INFO))
    hp = dict(HPARAMS, epochs=args.epochs, drop_frac=args.drop_frac, hidden=args.hidden)
    for k, v in hp.items():
        log.debug("hparam %s=%s", k, v)
    before, after = run(hp, dump_csv=args.dump_csv)
    delta = {k: round(after[k] - before[k], 4) for k in before}
    log.info("delta %s", delta)
    return 0 if os.environ.get("ROUNDS_STRICT") is None or delta["acc"] >= 0 else 1


if __name__ == "__main__":
    sys.exit(main())
