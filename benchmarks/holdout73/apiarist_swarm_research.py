# expect: crash
"""Swarm-onset forecasting for apiaries from hive acoustics and weight logs.

Research script: distils a large GRU teacher into a small LSTM student, then
uses gradient-based saliency of the student's weights on a held-out batch to
prune the student's recurrent weights between epochs (magnitude x gradient).

Usage (defaults are tiny so the script runs in seconds):
    python apiarist_swarm_research.py --epochs 3 --prune-every 1
"""
import argparse
import json
import logging
import math
import random
import time
from collections import defaultdict

import torch
from torch import nn
from torch.nn import functional as F

LOG = logging.getLogger("apiarist")

CONFIG = {
    "n_features": 6,          # acoustic band energies + weight delta
    "seq_len": 12,            # hours of history
    "teacher_hidden": 16,
    "student_hidden": 8,
    "batch_size": 4,
    "n_train_batches": 3,
    "n_val_batches": 2,
    "lr": 5e-3,
    "temperature": 2.0,
    "alpha": 0.7,             # weight of the distillation term
    "prune_fraction": 0.1,
    "grad_clip": 1.0,
    "seed": 17,
}

FEATURES = ["band_100", "band_250", "band_400", "band_600", "band_1k", "weight_delta"]


# --------------------------------------------------------------------------- #
# data
# --------------------------------------------------------------------------- #
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def synth_hive_batch(cfg, gen):
    x = torch.randn(cfg["batch_size"], cfg["seq_len"], cfg["n_features"], generator=gen)
    # swarming hives get louder in the 400-600 Hz bands late in the window
    y = torch.randint(0, 2, (cfg["batch_size"],), generator=gen)
    x[y == 1, -4:, 2:4] += 1.5
    return x, y


def make_split(cfg, n, seed):
    gen = torch.Generator().manual_seed(seed)
    return [synth_hive_batch(cfg, gen) for _ in range(n)]


def normalise(batches):
    flat = torch.cat([x.reshape(-1, x.size(-1)) for x, _ in batches])
    mean, std = flat.mean(0), flat.std(0).clamp_min(1e-3)
    return [((x - mean) / std, y) for x, y in batches], (mean, std)


# --------------------------------------------------------------------------- #
# models
# --------------------------------------------------------------------------- #
class TeacherGRU(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, num_layers=2, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1])


class StudentLSTM(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.inp(x)))
        return self.head(self.drop(h[:, -1]))


def count_params(model):
    return sum(p.numel() for p in model.parameters())


def count_nonzero(model):
    return sum(int((p != 0).sum()) for p in model.parameters())


# --------------------------------------------------------------------------- #
# metrics
# --------------------------------------------------------------------------- #
class Meter:
    def __init__(self):
        self.sums = defaultdict(float)
        self.counts = defaultdict(int)

    def update(self, **kw):
        for k, v in kw.items():
            self.sums[k] += float(v)
            self.counts[k] += 1

    def averages(self):
        return {k: self.sums[k] / max(self.counts[k], 1) for k in self.sums}


def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def brier(logits, y):
    p = logits.softmax(-1)[:, 1]
    return ((p - y.float()) ** 2).mean().item()


def expected_calibration_error(logits, y, bins=5):
    conf, pred = logits.softmax(-1).max(-1)
    ece = 0.0
    edges = torch.linspace(0, 1, bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (conf > lo) & (conf <= hi)
        if mask.any():
            ece += mask.float().mean().item() * abs(
                (pred[mask] == y[mask]).float().mean().item() - conf[mask].mean().item()
            )
    return ece


# --------------------------------------------------------------------------- #
# training pieces
# --------------------------------------------------------------------------- #
def train_teacher(teacher, batches, cfg):
    opt = torch.optim.Adam(teacher.parameters(), lr=cfg["lr"])
    teacher.train()
    for x, y in batches:
        loss = F.cross_entropy(teacher(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    teacher.eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    return teacher


def kd_loss(student_logits, teacher_logits, y, cfg):
    t = cfg["temperature"]
    soft = F.kl_div(
        F.log_softmax(student_logits / t, -1),
        F.softmax(teacher_logits / t, -1),
        reduction="batchmean",
    ) * t * t
    hard = F.cross_entropy(student_logits, y)
    return cfg["alpha"] * soft + (1 - cfg["alpha"]) * hard


def distill_epoch(student, teacher, batches, opt, cfg, meter):
    student.train()
    for x, y in batches:
        with torch.no_grad():
            t_logits = teacher(x)
        s_logits = student(x)
        loss = kd_loss(s_logits, t_logits, y, cfg)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(student.parameters(), cfg["grad_clip"])
        opt.step()
        meter.update(loss=loss.item(), acc=accuracy(s_logits, y))


@torch.no_grad()
def evaluate(student, batches):
    student.eval()
    logits = torch.cat([student(x) for x, _ in batches])
    y = torch.cat([y for _, y in batches])
    return {
        "acc": accuracy(logits, y),
        "brier": brier(logits, y),
        "ece": expected_calibration_error(logits, y),
    }


def saliency_scores(student, batch):
    """|w * dL/dw| for the recurrent weights, on one held-out batch."""
    x, y = batch
    names = [n for n, _ in student.named_parameters() if n.startswith("rnn.weight")]
    params = [dict(student.named_parameters())[n] for n in names]
    loss = F.cross_entropy(student(x), y)
    grads = torch.autograd.grad(loss, params)  # TM001-here
    return {n: (p.detach() * g).abs() for n, p, g in zip(names, params, grads)}


def prune_by_scores(student, scores, fraction):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = max(1, int(math.floor(fraction * flat.numel())))
    threshold = flat.kthvalue(k).values
    pruned = 0
    with torch.no_grad():
        params = dict(student.named_parameters())
        for n, s in scores.items():
            mask = s > threshold
            params[n].mul_(mask)
            pruned += int((~mask).sum())
    return pruned


@torch.no_grad()
def feature_ablation(student, batches):
    """Drop in accuracy when each feature is zeroed (no gradients needed)."""
    student.eval()
    base = evaluate(student, batches)["acc"]
    report = {}
    for i, name in enumerate(FEATURES):
        ablated = []
        for x, y in batches:
            x = x.clone()
            x[..., i] = 0.0
            ablated.append((x, y))
        report[name] = round(base - evaluate(student, ablated)["acc"], 4)
    return report


def summarise(history):
    best = max(history, key=lambda r: r["val_acc"])
    return {
        "best_epoch": best["epoch"],
        "best_val_acc": best["val_acc"],
        "final_nonzero": history[-1]["nonzero"],
        "mean_epoch_secs": round(sum(r["secs"] for r in history) / len(history), 3),
    }


# --------------------------------------------------------------------------- #
# driver
# --------------------------------------------------------------------------- #
def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--prune-every", type=int, default=1)
    ap.add_argument("--prune-fraction", type=float, default=CONFIG["prune_fraction"])
    ap.add_argument("--log-level", default="WARNING")
    ap.add_argument("--json", action="store_true", help="print the final report as JSON")
    return ap.parse_args(argv)


def run(args):
    cfg = dict(CONFIG, prune_fraction=args.prune_fraction)
    set_seed(cfg["seed"])
    train, stats = normalise(make_split(cfg, cfg["n_train_batches"], 1))
    val, _ = normalise(make_split(cfg, cfg["n_val_batches"], 2))
    LOG.info("train batches %d, val batches %d, feature mean %s", len(train), len(val), stats[0].tolist())

    teacher = train_teacher(TeacherGRU(cfg["n_features"], cfg["teacher_hidden"]), train, cfg)
    student = StudentLSTM(cfg["n_features"], cfg["student_hidden"])
    LOG.info("teacher %d params, student %d params", count_params(teacher), count_params(student))
    opt = torch.optim.Adam(student.parameters(), lr=cfg["lr"])

    history = []
    for epoch in range(args.epochs):
        t0 = time.perf_counter()
        meter = Meter()
        distill_epoch(student, teacher, train, opt, cfg, meter)
        metrics = evaluate(student, val)
        pruned = 0
        if args.prune_every and (epoch + 1) % args.prune_every == 0:
            scores = saliency_scores(student, val[0])
            pruned = prune_by_scores(student, scores, cfg["prune_fraction"])
        row = {
            "epoch": epoch,
            **{f"train_{k}": round(v, 4) for k, v in meter.averages().items()},
            **{f"val_{k}": round(v, 4) for k, v in metrics.items()},
            "pruned": pruned,
            "nonzero": count_nonzero(student),
            "secs": round(time.perf_counter() - t0, 3),
        }
        LOG.info("epoch %s", row)
        history.append(row)
    LOG.info("feature ablation %s", feature_ablation(student, val))
    LOG.info("summary %s", summarise(history))
    return history


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level.upper(), logging.WARNING),
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    history = run(args)
    if args.json:
        print(json.dumps(history, indent=1))
    else:
        last = history[-1]
        print(f"final: val_acc={last['val_acc']} nonzero={last['nonzero']} pruned_total="
              f"{sum(r['pruned'] for r in history)}")


if __name__ == "__main__":
    main([])
