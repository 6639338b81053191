# expect: crash
"""Bookmaker form-guide model: recurrent odds from a runner's recent races.

Research script.  Every runner has a form line of its last races (finishing
position, field size, going, distance, weight carried, days since the last
run).  An LSTM reads the form line and predicts the probability that the
runner wins its next race; the bookmaker turns that into a price with an
overround.  The script trains, calibrates, tracks Brier score / log loss /
ECE / profit on a simulated book, prunes the smallest-saliency hidden units
part way through training, and keeps the best checkpoint.

    python bookmaker_form_odds_research.py --epochs 4 --prune-at 1
"""
import argparse
import json
import logging
import math
import os
import random
import tempfile
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("bookmaker")

CONFIG = {
    "seed": 7,
    "data": {
        "n_train": 96,
        "n_val": 24,
        "n_test": 24,
        "form_len": 6,
        "features": 6,
    },
    "model": {
        "hidden": 12,
        "layers": 1,
        "dropout": 0.1,
    },
    "optim": {
        "lr": 4e-3,
        "weight_decay": 1e-4,
        "batch_size": 16,
        "clip": 1.0,
    },
    "book": {
        "overround": 1.12,
        "stake": 1.0,
        "min_edge": 0.02,
    },
    "prune": {
        "fraction": 0.25,
    },
    "patience": 3,
}


# ---------------------------------------------------------------------------
# utilities
# ---------------------------------------------------------------------------

def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def deep_update(base, extra):
    out = dict(base)
    for k, v in extra.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_update(out[k], v)
        else:
            out[k] = v
    return out


class AverageMeter:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.total += value * n
        self.count += n

    @property
    def avg(self):
        return self.total / max(self.count, 1)


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.start
        return False


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------

GOING = {"firm": 0.0, "good": 0.33, "soft": 0.66, "heavy": 1.0}


def simulate_form(n, form_len, seed):
    """Simulated form lines with a hidden 'ability' driving the results."""
    g = random.Random(seed)
    xs, ys = [], []
    for _ in range(n):
        ability = g.gauss(0, 1)
        pref_going = g.choice(list(GOING))
        rows = []
        for _ in range(form_len):
            field = g.randint(5, 16)
            going = g.choice(list(GOING))
            bonus = 0.5 if going == pref_going else 0.0
            perf = ability + bonus + g.gauss(0, 0.8)
            pos = max(1, min(field, int(round(field / 2 - perf * 2))))
            rows.append([
                pos / field,
                field / 16,
                GOING[going],
                g.uniform(5, 24) / 24,
                g.uniform(8, 12) / 12,
                min(g.expovariate(1 / 30), 120) / 120,
            ])
        win_p = 1 / (1 + math.exp(-(ability * 1.5 - 1.2)))
        xs.append(rows)
        ys.append(1.0 if g.random() < win_p else 0.0)
    return torch.tensor(xs), torch.tensor(ys)


def batches(x, y, size, shuffle=False, seed=0):
    idx = list(range(len(x)))
    if shuffle:
        random.Random(seed).shuffle(idx)
    for i in range(0, len(idx), size):
        j = torch.tensor(idx[i:i + size])
        yield x[j], y[j]


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------

class FormLSTM(nn.Module):
    def __init__(self, features, hidden, layers=1, dropout=0.0):
        super().__init__()
        self.norm = nn.LayerNorm(features)
        self.lstm = nn.LSTM(features, hidden, num_layers=layers, batch_first=True,
                            dropout=dropout if layers > 1 else 0.0)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(hidden, 1)
        self.register_buffer("unit_mask", torch.ones(hidden))

    def forward(self, form):
        h, _ = self.lstm(self.norm(form))
        last = h[:, -1] * self.unit_mask
        return self.head(self.drop(last)).squeeze(-1)


def build_model(cfg):
    m = cfg["model"]
    return FormLSTM(cfg["data"]["features"], m["hidden"], m["layers"], m["dropout"])


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ---------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------

def brier(p, y):
    return ((p - y) ** 2).mean().item()


def log_loss(p, y, eps=1e-6):
    p = p.clamp(eps, 1 - eps)
    return -(y * p.log() + (1 - y) * (1 - p).log()).mean().item()


def expected_calibration_error(p, y, bins=5):
    edges = torch.linspace(0, 1, bins + 1)
    ece = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        sel = (p >= lo) & (p < hi) if hi < 1 else (p >= lo) & (p <= hi)
        if sel.any():
            ece += sel.float().mean().item() * abs(p[sel].mean().item() - y[sel].mean().item())
    return ece


def book_profit(p_model, y, cfg):
    """Lay every runner at a price built from the model; punters back the
    runners whose 'true' chance beats our price by the minimum edge."""
    book = cfg["book"]
    price = 1 / (p_model.clamp(0.02, 0.98) * book["overround"])
    profit = 0.0
    for pr, won in zip(price.tolist(), y.tolist()):
        implied = 1 / pr
        backed = random.random() < 0.5 + (implied < 0.5) * book["min_edge"]
        if backed:
            profit += -book["stake"] * (pr - 1) if won else book["stake"]
    return profit


def summarise(p, y, cfg):
    return {
        "brier": brier(p, y),
        "log_loss": log_loss(p, y),
        "ece": expected_calibration_error(p, y),
        "profit": book_profit(p, y, cfg),
    }


# ---------------------------------------------------------------------------
# training / evaluation
# ---------------------------------------------------------------------------

def train_epoch(model, opt, x, y, cfg, epoch):
    model.train()
    meter = AverageMeter()
    for xb, yb in batches(x, y, cfg["optim"]["batch_size"], shuffle=True, seed=epoch):
        opt.zero_grad()
        loss = F.binary_cross_entropy_with_logits(model(xb), yb)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        opt.step()
        meter.update(loss.item(), len(xb))
    return meter.avg


@torch.no_grad()
def predict(model, x, batch_size=32):
    model.eval()
    return torch.cat([torch.sigmoid(model(x[i:i + batch_size])) for i in range(0, len(x), batch_size)])


def evaluate(model, x, y, cfg):
    p = predict(model, x)
    return summarise(p, y, cfg)


def unit_saliency(model, x, y):
    """|activation * gradient| of every hidden unit on a validation batch,
    used to choose which units to prune."""
    acts = {}

    def keep(module, inp, out):
        out[0].retain_grad()
        acts["h"] = out[0]

    handle = model.lstm.register_forward_hook(keep)
    model.zero_grad()
    loss = F.binary_cross_entropy_with_logits(model(x), y)
    loss.backward()  # TM001-here
    handle.remove()
    h = acts["h"]
    score = (h * h.grad).abs().mean(dim=(0, 1))
    model.zero_grad()
    return score


def prune_units(model, x, y, fraction):
    score = unit_saliency(model, x, y)
    score = score.masked_fill(model.unit_mask == 0, float("inf"))
    k = int(fraction * score.numel())
    idx = torch.argsort(score)[:k]
    model.unit_mask[idx] = 0.0
    LOG.info("pruned units %s (%d left)", idx.tolist(), int(model.unit_mask.sum().item()))


def save_best(model, path):
    torch.save({k: v.clone() for k, v in model.state_dict().items()}, path)


def load_best(model, path):
    model.load_state_dict(torch.load(path))


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--prune-at", type=int, default=1,
                    help="epoch after whose validation the units are pruned (-1: never)")
    ap.add_argument("--override", type=str, default="{}",
                    help="JSON merged into CONFIG")
    ap.add_argument("--log-level", default="INFO")
    return ap.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level), format="%(asctime)s %(name)s %(message)s")
    cfg = deep_update(CONFIG, json.loads(args.override))
    set_seed(cfg["seed"])

    d = cfg["data"]
    x_tr, y_tr = simulate_form(d["n_train"], d["form_len"], seed=1)
    x_va, y_va = simulate_form(d["n_val"], d["form_len"], seed=2)
    x_te, y_te = simulate_form(d["n_test"], d["form_len"], seed=3)
    LOG.info("train win rate %.3f, val %.3f", y_tr.mean().item(), y_va.mean().item())

    model = build_model(cfg)
    LOG.info("model has %d parameters", count_parameters(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["optim"]["lr"], weight_decay=cfg["optim"]["weight_decay"])

    history = defaultdict(list)
    best, bad_epochs = math.inf, 0
    fd, ckpt = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        for epoch in range(args.epochs):
            with Timer() as t:
                tr_loss = train_epoch(model, opt, x_tr, y_tr, cfg, epoch)
            val = evaluate(model, x_va, y_va, cfg)
            for k, v in val.items():
                history[k].append(v)
            history["train_loss"].append(tr_loss)
            LOG.info("epoch %d train %.4f val brier %.4f logloss %.4f ece %.4f profit %.2f (%.2fs)",
                     epoch, tr_loss, val["brier"], val["log_loss"], val["ece"], val["profit"], t.elapsed)

            if epoch == args.prune_at:
                prune_units(model, x_va[:8], y_va[:8], cfg["prune"]["fraction"])

            if val["log_loss"] < best:
                best, bad_epochs = val["log_loss"], 0
                save_best(model, ckpt)
            else:
                bad_epochs += 1
                if bad_epochs >= cfg["patience"]:
                    LOG.info("early stop at epoch %d", epoch)
                    break

        load_best(model, ckpt)
        test = evaluate(model, x_te, y_te, cfg)
        LOG.info("test %s", json.dumps({k: round(v, 4) for k, v in test.items()}))
        LOG.info("history %s", json.dumps({k: [round(v, 4) for v in vs] for k, vs in history.items()}))
    finally:
        os.remove(ckpt)


if __name__ == "__main__":
    main()
