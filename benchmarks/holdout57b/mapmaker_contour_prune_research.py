# expect: clean
"""Mapmaker contour-line tracing -- prune-and-finetune research script.

Each sample is a walk along a surveyed contour: a sequence of (dx, dy, slope,
curvature) readings. A GRU classifies the terrain type of the walk. After
dense training, connection sensitivity scores |w * dL/dw| are computed on a
held-out batch, the least important recurrent weights are masked, the network
is fine-tuned, and finally a temperature is fitted on the validation logits.
"""
import argparse
import functools
import json
import logging
import math
import random
import sys
import time
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("mapmaker")

CONFIG = {
    "seed": 17,
    "features": 4,
    "steps": 10,
    "classes": 3,
    "hidden": 12,
    "batch": 8,
    "n_train": 48,
    "n_val": 16,
    "epochs": 3,
    "finetune_epochs": 1,
    "lr": 5e-3,
    "sparsity": 0.5,
    "prune_params": ["rnn.weight_hh_l0", "rnn.weight_ih_l0"],
    "temperature_steps": 20,
}

TERRAIN = ("ridge", "valley", "plateau")


# ---------------------------------------------------------------- CLI ----
def get_parser():
    parser = argparse.ArgumentParser(description="prune-and-finetune a contour GRU")
    parser.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    parser.add_argument("--sparsity", type=float, default=CONFIG["sparsity"])
    parser.add_argument("--hidden", type=int, default=CONFIG["hidden"])
    parser.add_argument("--seed", type=int, default=CONFIG["seed"])
    parser.add_argument("--skip-temperature", action="store_true")
    parser.add_argument("--quiet", action="store_true")
    return parser


def merge_args(cfg, args):
    merged = dict(cfg)
    for key in ("epochs", "sparsity", "hidden", "seed"):
        merged[key] = getattr(args, key)
    merged["fit_temperature"] = not args.skip_temperature
    return merged


# --------------------------------------------------------------- data ----
def contour_walk(kind, steps, gen):
    t = torch.linspace(0, 2 * math.pi, steps)
    if kind == 0:      # ridge: tight alternating curvature
        curv = torch.sin(3 * t)
    elif kind == 1:    # valley: one broad bend
        curv = torch.cos(t) * 0.5
    else:              # plateau: almost flat
        curv = torch.zeros(steps)
    slope = torch.randn(steps, generator=gen) * 0.1 + (0.5 if kind == 0 else -0.2 if kind == 1 else 0.0)
    heading = torch.cumsum(curv * 0.3, 0)
    dx, dy = torch.cos(heading), torch.sin(heading)
    walk = torch.stack([dx, dy, slope, curv], dim=-1)
    return walk + torch.randn(steps, 4, generator=gen) * 0.05


def build_dataset(n, cfg, gen):
    labels = torch.randint(0, cfg["classes"], (n,), generator=gen)
    walks = torch.stack([contour_walk(int(k), cfg["steps"], gen) for k in labels])
    return walks, labels


def iterate(x, y, batch, shuffle):
    order = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), batch):
        j = order[i: i + batch]
        yield x[j], y[j]


# -------------------------------------------------------------- model ----
class ContourGRU(nn.Module):
    def __init__(self, features, hidden, classes):
        super().__init__()
        self.rnn = nn.GRU(features, hidden, batch_first=True)
        self.dropout = nn.Dropout(0.2)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(self.dropout(out[:, -1]))


@dataclass
class PruneMasks:
    masks: dict = field(default_factory=dict)

    def apply(self, model):
        with torch.no_grad():
            for name, p in model.named_parameters():
                if name in self.masks:
                    p.mul_(self.masks[name])

    def density(self):
        kept = sum(m.sum().item() for m in self.masks.values())
        total = sum(m.numel() for m in self.masks.values())
        return kept / max(total, 1)


# ------------------------------------------------------------ helpers ----
def restores_train_mode(fn):
    """Run `fn(model, ...)` with the model in training mode, then put the
    previous mode back -- gradient probes must see the training graph."""

    @functools.wraps(fn)
    def wrapper(model, *args, **kwargs):
        previous = model.training
        model.train()
        try:
            return fn(model, *args, **kwargs)
        finally:
            model.train(previous)

    return wrapper


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.start
        return False


def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def confusion(logits, y, classes):
    mat = torch.zeros(classes, classes, dtype=torch.long)
    for p, t in zip(logits.argmax(-1), y):
        mat[t, p] += 1
    return mat


def expected_calibration_error(logits, y, bins=5):
    probs = F.softmax(logits, -1)
    conf, pred = probs.max(-1)
    ece = 0.0
    edges = torch.linspace(0, 1, bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        sel = (conf > lo) & (conf <= hi)
        if sel.any():
            ece += sel.float().mean().item() * abs(conf[sel].mean().item() - (pred[sel] == y[sel]).float().mean().item())
    return ece


def gate_density_report(masks, hidden):
    """GRU weights stack the reset, update and new gates along dim 0."""
    report = {}
    for name, mask in masks.masks.items():
        for gate, chunk in zip(("reset", "update", "new"), mask.split(hidden, dim=0)):
            report[f"{name}.{gate}"] = round(chunk.mean().item(), 3)
    return report


def describe_dataset(name, data, classes):
    x, y = data
    counts = torch.bincount(y, minlength=classes).tolist()
    log.info("%s: %d walks of %d steps; class counts %s", name, x.size(0), x.size(1),
             dict(zip(TERRAIN, counts)))
    log.info("%s: feature mean %s", name, [round(v, 3) for v in x.mean((0, 1)).tolist()])


# ----------------------------------------------------------- training ----
def train_epoch(model, data, opt, cfg, masks=None):
    model.train()
    losses = []
    for x, y in iterate(*data, cfg["batch"], shuffle=True):
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        if masks is not None:
            masks.apply(model)
        losses.append(loss.item())
    return sum(losses) / len(losses)


@torch.no_grad()
def collect_logits(model, data, cfg):
    model.eval()
    logits, labels = [], []
    for x, y in iterate(*data, cfg["batch"], shuffle=False):
        logits.append(model(x))
        labels.append(y)
    return torch.cat(logits), torch.cat(labels)


def evaluate(model, data, cfg, temperature=1.0):
    logits, labels = collect_logits(model, data, cfg)
    logits = logits / temperature
    return {
        "acc": accuracy(logits, labels),
        "nll": F.cross_entropy(logits, labels).item(),
        "ece": expected_calibration_error(logits, labels),
    }


@restores_train_mode
def connection_sensitivity(model, batch, names):
    x, y = batch
    model.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    scores = {}
    for name, p in model.named_parameters():
        if name in names:
            scores[name] = (p.detach() * p.grad).abs()
    model.zero_grad()
    return scores


def masks_from_scores(scores, sparsity):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = int(len(flat) * sparsity)
    threshold = flat.kthvalue(max(k, 1)).values
    return PruneMasks({name: (s > threshold).float() for name, s in scores.items()})


def fit_temperature(logits, labels, steps):
    log_t = torch.zeros(1, requires_grad=True)
    opt = torch.optim.LBFGS([log_t], lr=0.1, max_iter=steps)

    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(logits / log_t.exp(), labels)
        loss.backward()
        return loss

    opt.step(closure)
    return log_t.exp().item()


# --------------------------------------------------------------- main ----
def main(argv=None):
    args = get_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="[%(levelname).1s] %(message)s", stream=sys.stdout)
    cfg = merge_args(CONFIG, args)
    random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    gen = torch.Generator().manual_seed(cfg["seed"])
    train = build_dataset(cfg["n_train"], cfg, gen)
    val = build_dataset(cfg["n_val"], cfg, gen)
    describe_dataset("train", train, cfg["classes"])
    describe_dataset("val", val, cfg["classes"])

    model = ContourGRU(cfg["features"], cfg["hidden"], cfg["classes"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    with Timer() as t:
        for epoch in range(cfg["epochs"]):
            loss = train_epoch(model, train, opt, cfg)
            metrics = evaluate(model, val, cfg)
            log.info("dense epoch %d loss %.3f val %s", epoch, loss, metrics)
    log.info("dense training took %.2fs", t.elapsed)

    # model is in eval mode here (evaluate); the probe decorator handles it
    probe_batch = next(iterate(*val, cfg["batch"], shuffle=False))
    scores = connection_sensitivity(model, probe_batch, set(cfg["prune_params"]))
    masks = masks_from_scores(scores, cfg["sparsity"])
    masks.apply(model)
    log.info("pruned to density %.2f; after pruning %s", masks.density(), evaluate(model, val, cfg))
    for key, value in gate_density_report(masks, cfg["hidden"]).items():
        log.info("  density %-24s %.3f", key, value)

    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"] * 0.5)
    for epoch in range(cfg["finetune_epochs"]):
        loss = train_epoch(model, train, opt, cfg, masks=masks)
        log.info("finetune epoch %d loss %.3f val %s", epoch, loss, evaluate(model, val, cfg))

    temperature = 1.0
    if cfg["fit_temperature"]:
        logits, labels = collect_logits(model, val, cfg)
        temperature = fit_temperature(logits, labels, cfg["temperature_steps"])
    final = evaluate(model, val, cfg, temperature)
    logits, labels = collect_logits(model, val, cfg)
    log.info("confusion (rows=%s):\n%s", ",".join(TERRAIN), confusion(logits, labels, cfg["classes"]))
    print(json.dumps({"temperature": round(temperature, 3), "density": round(masks.density(), 3),
                      **{k: round(v, 4) for k, v in final.items()}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
