# expect: clean
"""Hay-rick moisture alarms with a pruned head.

Probes pushed into hay ricks log core temperature, humidity and the outside
weather every hour; wet hay heats up and can self-ignite. A GRU encoder
pretrained on last year's farms is reused as a frozen feature extractor and a
small MLP head is trained to predict three alarm levels (ok / watch / turn the
rick). The head is then pruned with gradient-based connection sensitivity
(|w * dL/dw|, SNIP-style) computed on a validation batch and fine-tuned.

Stages:  pretrain -> freeze -> head -> score -> prune -> finetune -> report
"""
import argparse
import copy
import json
import logging
import math
import random
import sys
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("hayrick")

CONFIG = {
    "seed": 7,
    "hours": 12,
    "features": 4,
    "levels": 3,
    "encoder": {"hidden": 12, "layers": 1, "dropout": 0.0},
    "head": {"hidden": 16, "dropout": 0.2},
    "pretrain": {"steps": 3, "lr": 5e-3, "batch": 8},
    "head_train": {"steps": 4, "lr": 1e-2, "batch": 8},
    "prune": {"sparsity": 0.5, "score_batches": 2},
    "finetune": {"steps": 3, "lr": 5e-3, "batch": 8},
    "freeze_encoder": True,
}


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------

def rick_logs(n, hours, features, farm_shift=0.0, generator=None):
    g = generator
    base = torch.randn(n, 1, features, generator=g) * 0.5
    drift = torch.randn(n, hours, features, generator=g).cumsum(1) * 0.15
    x = base + drift + farm_shift
    heat = x[:, -4:, 0].mean(1) + 0.5 * x[:, :, 1].mean(1)
    y = torch.bucketize(heat, torch.tensor([-0.2, 0.6]))
    return x, y


class Stream:
    def __init__(self, cfg, farm_shift, seed):
        self.cfg = cfg
        self.farm_shift = farm_shift
        self.gen = torch.Generator().manual_seed(seed)

    def batch(self, n):
        return rick_logs(n, self.cfg["hours"], self.cfg["features"], self.farm_shift, self.gen)


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------

class Encoder(nn.Module):
    def __init__(self, features, hidden, layers, dropout):
        super().__init__()
        self.inp = nn.Linear(features, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True,
                          dropout=dropout if layers > 1 else 0.0)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.inp(x)))
        return torch.cat([h[:, -1], h.mean(1)], -1)


class Head(nn.Module):
    def __init__(self, in_dim, hidden, levels, dropout):
        super().__init__()
        self.fc1 = nn.Linear(in_dim, hidden)
        self.drop = nn.Dropout(dropout)
        self.fc2 = nn.Linear(hidden, levels)

    def forward(self, z):
        return self.fc2(self.drop(F.relu(self.fc1(z))))


class RickModel(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        e, h = cfg["encoder"], cfg["head"]
        self.encoder = Encoder(cfg["features"], e["hidden"], e["layers"], e["dropout"])
        self.head = Head(2 * e["hidden"], h["hidden"], cfg["levels"], h["dropout"])

    def forward(self, x):
        return self.head(self.encoder(x))


# ---------------------------------------------------------------------------
# bookkeeping
# ---------------------------------------------------------------------------

@dataclass
class History:
    records: list = field(default_factory=list)

    def add(self, stage, **values):
        rec = {"stage": stage}
        rec.update({k: round(float(v), 4) for k, v in values.items()})
        self.records.append(rec)
        log.info("%-9s %s", stage, " ".join(f"{k}={v}" for k, v in rec.items() if k != "stage"))

    def dump(self):
        return json.dumps(self.records, indent=1)


def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def macro_f1(logits, y, levels):
    pred = logits.argmax(-1)
    f1s = []
    for c in range(levels):
        tp = ((pred == c) & (y == c)).sum().item()
        fp = ((pred == c) & (y != c)).sum().item()
        fn = ((pred != c) & (y == c)).sum().item()
        if tp == 0:
            f1s.append(0.0)
            continue
        p, r = tp / (tp + fp), tp / (tp + fn)
        f1s.append(2 * p * r / (p + r))
    return sum(f1s) / levels


def sparsity_of(module):
    total, zeros = 0, 0
    for name, p in module.named_parameters():
        if name.endswith("weight"):
            total += p.numel()
            zeros += (p == 0).sum().item()
    return zeros / max(total, 1)


# ---------------------------------------------------------------------------
# stages
# ---------------------------------------------------------------------------

def pretrain(model, stream, cfg, hist):
    c = cfg["pretrain"]
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=c["lr"])
    for step in range(c["steps"]):
        x, y = stream.batch(c["batch"])
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    hist.add("pretrain", loss=loss.item())


def freeze(model, cfg, hist):
    if not cfg["freeze_encoder"]:
        hist.add("freeze", frozen=0)
        return
    for p in model.encoder.parameters():
        p.requires_grad_(False)
    n_frozen = sum(p.numel() for p in model.encoder.parameters())
    hist.add("freeze", frozen=n_frozen)


def train_head(model, stream, cfg, hist, stage="head", masks=None):
    c = cfg["head_train"] if stage == "head" else cfg["finetune"]
    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=c["lr"])
    for step in range(c["steps"]):
        x, y = stream.batch(c["batch"])
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        if masks is not None:
            apply_masks(model.head, masks)
    hist.add(stage, loss=loss.item())


@torch.no_grad()
def evaluate(model, stream, cfg, n=16):
    model.eval()
    x, y = stream.batch(n)
    logits = model(x)
    return {
        "acc": accuracy(logits, y),
        "f1": macro_f1(logits, y, cfg["levels"]),
        "nll": F.cross_entropy(logits, y).item(),
    }


def connection_scores(model, stream, cfg):
    """|w * dL/dw| for the head's weights, averaged over a few validation batches.

    The model stays in eval mode (dropout off) so the scores are deterministic;
    the encoder is frozen and fed raw readings."""
    model.eval()
    weights = {n: p for n, p in model.head.named_parameters() if n.endswith("weight")}
    scores = {n: torch.zeros_like(p) for n, p in weights.items()}
    for _ in range(cfg["prune"]["score_batches"]):
        x, y = stream.batch(cfg["head_train"]["batch"])
        model.zero_grad(set_to_none=True)
        loss = F.cross_entropy(model(x), y)
        loss.backward()
        for n, p in weights.items():
            scores[n] += (p.detach() * p.grad).abs()
    model.zero_grad(set_to_none=True)
    return scores


def make_masks(scores, sparsity):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = int(math.floor(sparsity * flat.numel()))
    if k == 0:
        return {n: torch.ones_like(s) for n, s in scores.items()}
    threshold = flat.kthvalue(k).values
    return {n: (s > threshold).float() for n, s in scores.items()}


@torch.no_grad()
def apply_masks(module, masks):
    for n, p in module.named_parameters():
        if n in masks:
            p.mul_(masks[n])


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

def run(cfg, args):
    torch.manual_seed(cfg["seed"])
    random.seed(cfg["seed"])
    hist = History()

    last_year = Stream(cfg, farm_shift=0.0, seed=1)
    this_farm = Stream(cfg, farm_shift=0.3, seed=2)
    this_farm_val = Stream(cfg, farm_shift=0.3, seed=3)

    model = RickModel(cfg)
    pretrain(model, last_year, cfg, hist)
    freeze(model, cfg, hist)

    train_head(model, this_farm, cfg, hist, stage="head")
    dense = evaluate(model, this_farm_val, cfg)
    hist.add("dense", **dense)
    dense_state = copy.deepcopy(model.head.state_dict())

    scores = connection_scores(model, this_farm_val, cfg)
    masks = make_masks(scores, cfg["prune"]["sparsity"])
    apply_masks(model.head, masks)
    hist.add("prune", sparsity=sparsity_of(model.head))
    pruned = evaluate(model, this_farm_val, cfg)
    hist.add("pruned", **pruned)

    if not args.skip_finetune:
        train_head(model, this_farm, cfg, hist, stage="finetune", masks=masks)
        tuned = evaluate(model, this_farm_val, cfg)
        hist.add("finetuned", **tuned)
        if tuned["nll"] > dense["nll"] * 1.5 and args.restore_on_regress:
            model.head.load_state_dict(dense_state)
            hist.add("restored", nll=dense["nll"])

    if args.dump_history:
        print(hist.dump())
    return hist


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description="hay-rick moisture alarms with a pruned head")
    ap.add_argument("--sparsity", type=float, default=None)
    ap.add_argument("--skip-finetune", action="store_true")
    ap.add_argument("--restore-on-regress", action="store_true")
    ap.add_argument("--dump-history", action="store_true")
    ap.add_argument("--log-level", default="INFO")
    return ap.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level.upper()),
                        format="[%(levelname)s] %(message)s", stream=sys.stdout)
    cfg = copy.deepcopy(CONFIG)
    if args.sparsity is not None:
        cfg["prune"]["sparsity"] = args.sparsity
    hist = run(cfg, args)
    final = hist.records[-1]
    log.info("done after %d stages; last: %s", len(hist.records), final["stage"])


if __name__ == "__main__":
    main()
