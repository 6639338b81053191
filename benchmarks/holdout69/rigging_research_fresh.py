# expect: clean
"""Rigging-wear research script.

Predicts wear class of standing rigging from a sequence of load-cell readings.
Trains a recurrent classifier with early stopping (best weights reloaded from a
state dict), reports metrics, then computes gradient-based (|w * dL/dw|)
pruning scores on a held-out validation batch and prunes the least salient
weights of the head before a short recovery fine-tune.
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
import torch.nn.functional as F

log = logging.getLogger("rigging")

CONFIG = {
    "seed": 13,
    "n_features": 4,
    "seq_len": 12,
    "n_classes": 3,
    "hidden": 10,
    "layers": 1,
    "arch": "lstm",
    "batch_size": 8,
    "n_train_batches": 4,
    "n_val_batches": 2,
    "epochs": 3,
    "patience": 2,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "prune_fraction": 0.3,
    "recovery_steps": 2,
    "clip": 1.0,
}

# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------
MODELS = {}


def register(name):
    def deco(cls):
        MODELS[name] = cls
        return cls

    return deco


@register("lstm")
class LstmWear(nn.Module):
    def __init__(self, n_features, hidden, layers, n_classes):
        super().__init__()
        self.norm = nn.LayerNorm(n_features)
        self.rnn = nn.LSTM(n_features, hidden, num_layers=layers, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(hidden, n_classes)

    def forward(self, x):
        h, _ = self.rnn(self.norm(x))
        return self.head(self.drop(h.mean(1)))


@register("gru")
class GruWear(nn.Module):
    def __init__(self, n_features, hidden, layers, n_classes):
        super().__init__()
        self.rnn = nn.GRU(n_features, hidden, num_layers=layers, batch_first=True)
        self.head = nn.Linear(hidden, n_classes)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1])


def build_model(cfg):
    cls = MODELS[cfg["arch"]]
    return cls(cfg["n_features"], cfg["hidden"], cfg["layers"], cfg["n_classes"])


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------
def synth_batch(cfg, g):
    x = torch.randn(cfg["batch_size"], cfg["seq_len"], cfg["n_features"], generator=g)
    trend = x[..., 0].cumsum(1)[:, -1]
    y = torch.bucketize(trend, torch.tensor([-1.0, 1.0]))
    return x, y


def make_split(cfg, n, seed):
    g = torch.Generator().manual_seed(seed)
    return [synth_batch(cfg, g) for _ in range(n)]


# ---------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------
class Meter:
    def __init__(self):
        self.sums = defaultdict(float)
        self.counts = defaultdict(int)

    def update(self, **kw):
        for k, v in kw.items():
            self.sums[k] += float(v)
            self.counts[k] += 1

    def avg(self):
        return {k: self.sums[k] / max(self.counts[k], 1) for k in self.sums}


def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def macro_f1(logits, y, n_classes):
    pred = logits.argmax(-1)
    f1s = []
    for c in range(n_classes):
        tp = ((pred == c) & (y == c)).sum().item()
        fp = ((pred == c) & (y != c)).sum().item()
        fn = ((pred != c) & (y == c)).sum().item()
        denom = 2 * tp + fp + fn
        f1s.append(2 * tp / denom if denom else 0.0)
    return sum(f1s) / len(f1s)


# ---------------------------------------------------------------------------
# training / evaluation
# ---------------------------------------------------------------------------
def train_one_epoch(model, opt, data, cfg):
    model.train()
    meter = Meter()
    for x, y in data:
        logits = model(x)
        loss = F.cross_entropy(logits, y)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        meter.update(loss=loss.item(), acc=accuracy(logits, y))
    return meter.avg()


@torch.no_grad()
def evaluate(model, data, cfg):
    model.eval()
    meter = Meter()
    for x, y in data:
        logits = model(x)
        meter.update(
            loss=F.cross_entropy(logits, y).item(),
            acc=accuracy(logits, y),
            f1=macro_f1(logits, y, cfg["n_classes"]),
        )
    return meter.avg()


class EarlyStopping:
    def __init__(self, patience):
        self.patience = patience
        self.best = math.inf
        self.best_state = None
        self.bad_epochs = 0

    def step(self, model, val_loss):
        if val_loss < self.best - 1e-6:
            self.best = val_loss
            self.best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
            self.bad_epochs = 0
            return False
        self.bad_epochs += 1
        return self.bad_epochs >= self.patience

    def restore(self, model):
        if self.best_state is not None:
            model.load_state_dict(self.best_state)
        return model


# ---------------------------------------------------------------------------
# pruning
# ---------------------------------------------------------------------------
def saliency_scores(model, batch, params):
    """|w * dL/dw| for the given named parameters, on one batch."""
    x, y = batch
    model.zero_grad(set_to_none=True)
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    scores = {n: (p.detach() * p.grad.detach()).abs() for n, p in params}
    model.zero_grad(set_to_none=True)
    return scores


def prune_by_scores(params, scores, fraction):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = max(1, int(fraction * flat.numel()))
    threshold = flat.kthvalue(k).values
    masks = {}
    with torch.no_grad():
        for n, p in params:
            masks[n] = (scores[n] > threshold).float()
            p.mul_(masks[n])
    kept = sum(m.sum().item() for m in masks.values())
    total = sum(m.numel() for m in masks.values())
    return masks, kept / total


def recover(model, opt, data, masks, params, steps):
    model.train()
    for i, (x, y) in enumerate(data):
        if i >= steps:
            break
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        with torch.no_grad():
            for n, p in params:
                p.mul_(masks[n])


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------
def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--arch", default=CONFIG["arch"], choices=sorted(MODELS))
    ap.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    ap.add_argument("--prune-fraction", type=float, default=CONFIG["prune_fraction"])
    ap.add_argument("--verbose", action="store_true")
    return ap.parse_args(argv)


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def main(argv=None):
    args = parse_args(argv if argv is not None else [])
    cfg = dict(CONFIG, arch=args.arch, epochs=args.epochs, prune_fraction=args.prune_fraction)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(name)s %(message)s")
    seed_everything(cfg["seed"])

    train = make_split(cfg, cfg["n_train_batches"], cfg["seed"])
    val = make_split(cfg, cfg["n_val_batches"], cfg["seed"] + 1)
    probe = make_split(cfg, 1, cfg["seed"] + 2)[0]

    model = build_model(cfg)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    stopper = EarlyStopping(cfg["patience"])
    history = []
    t0 = time.time()
    for epoch in range(cfg["epochs"]):
        tr = train_one_epoch(model, opt, train, cfg)
        va = evaluate(model, val, cfg)
        history.append({"epoch": epoch, "train": tr, "val": va})
        log.info("epoch %d train_loss %.4f val_loss %.4f val_f1 %.3f",
                 epoch, tr["loss"], va["loss"], va["f1"])
        if stopper.step(model, va["loss"]):
            log.info("early stop at epoch %d", epoch)
            break
    final = evaluate(model, val, cfg)
    model = stopper.restore(build_model(cfg))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    log.info("best val %s (%.1fs)", json.dumps({k: round(v, 4) for k, v in final.items()}), time.time() - t0)

    head_params = [(n, p) for n, p in model.named_parameters() if n.startswith("head.")]
    scores = saliency_scores(model, probe, head_params)
    masks, density = prune_by_scores(head_params, scores, cfg["prune_fraction"])
    recover(model, opt, train, masks, head_params, cfg["recovery_steps"])
    after = evaluate(model, val, cfg)
    print(json.dumps({"epochs_run": len(history), "density": round(density, 3),
                      "val_before": round(final["loss"], 4), "val_after": round(after["loss"], 4)}))


if __name__ == "__main__":
    main()
