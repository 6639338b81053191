# expect: crash
"""
lighterman: predict Thames lighter (barge) turnaround time at a wharf from the sequence
of tide-gauge and crane-activity readings during its stay.

Trains an LSTM regressor with Huber loss and, every `--diag-every` epochs, computes
per-example gradient norms with torch.func to flag suspicious (high-influence)
records for the data-cleaning team.

    python lighterman_long.py --epochs 2 --diag-every 1
"""
import argparse
import copy
import csv
import os
import tempfile
import logging
import random
import statistics
import time
from collections import OrderedDict

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, grad

log = logging.getLogger("lighterman")

CFG = OrderedDict(
    n_train=32,
    n_val=10,
    stay_len=8,
    n_feats=4,          # tide height, tide rate, crane lifts, queue length
    hidden=10,
    lr=5e-3,
    batch=8,
    huber_delta=1.0,
    flag_quantile=0.9,
    seed=21,
)


# ---------------------------------------------------------------- helpers

def seed_all(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


class EMA:
    def __init__(self, beta=0.9):
        self.beta, self.value = beta, None

    def __call__(self, x):
        self.value = x if self.value is None else self.beta * self.value + (1 - self.beta) * x
        return self.value


def quantile(values, q):
    vals = sorted(values)
    if not vals:
        return float("nan")
    k = min(int(q * len(vals)), len(vals) - 1)
    return vals[k]


# ---------------------------------------------------------------- data

def make_stays(n, cfg, g):
    x = torch.randn(n, cfg["stay_len"], cfg["n_feats"], generator=g)
    hours = 4.0 + 1.5 * x[:, :, 2].clamp(min=0).sum(1) / cfg["stay_len"] - 0.8 * x[:, :, 0].mean(1)
    # a few corrupted records (wrong units) for the diagnostics to find
    bad = torch.rand(n, generator=g) < 0.1
    hours = torch.where(bad, hours * 60.0, hours)
    return x, hours, bad


class Standardiser:
    """Per-feature standardisation fitted on the training stays."""

    def __init__(self, eps=1e-6):
        self.eps = eps
        self.mean = self.std = None

    def fit(self, x):
        self.mean = x.mean(dim=(0, 1), keepdim=True)
        self.std = x.std(dim=(0, 1), keepdim=True) + self.eps
        return self

    def transform(self, x):
        return (x - self.mean) / self.std

    def fit_transform(self, x):
        return self.fit(x).transform(x)


def describe_dataset(name, x, y):
    feats = ["tide_h", "tide_rate", "lifts", "queue"]
    parts = [f"{f}={x[:, :, i].mean().item():+.2f}" for i, f in enumerate(feats[: x.shape[-1]])]
    log.info("%s: n=%d len=%d hours[min=%.1f max=%.1f] %s", name, x.shape[0], x.shape[1],
             y.min().item(), y.max().item(), " ".join(parts))


# ---------------------------------------------------------------- model

class TurnaroundNet(nn.Module):
    def __init__(self, n_feats, hidden):
        super().__init__()
        self.embed = nn.Linear(n_feats, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Sequential(nn.Linear(hidden, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, x):
        z, _ = self.rnn(torch.relu(self.embed(x)))
        return self.out(z[:, -1]).squeeze(-1)


# ---------------------------------------------------------------- metrics

def mae(pred, y):
    return (pred - y).abs().mean().item()


def mape(pred, y, eps=1e-3):
    return ((pred - y).abs() / (y.abs() + eps)).mean().item()


def summarise(name, values):
    if not values:
        return f"{name}: -"
    return f"{name}: mean={statistics.fmean(values):.3f} med={statistics.median(values):.3f} max={max(values):.3f}"


# ---------------------------------------------------------------- training

def train_epoch(model, x, y, opt, cfg, epoch):
    model.train()
    order = list(range(x.shape[0]))
    random.Random(epoch).shuffle(order)
    smoother = EMA()
    for idx in chunks(order, cfg["batch"]):
        opt.zero_grad()
        loss = F.huber_loss(model(x[idx]), y[idx], delta=cfg["huber_delta"])
        loss.backward()
        opt.step()
        smoother(loss.item())
    return smoother.value


@torch.no_grad()
def evaluate(model, x, y):
    was = model.training
    model.eval()
    pred = model(x)
    model.train(was)
    return {"mae": mae(pred, y), "mape": mape(pred, y)}


# ---------------------------------------------------------------- diagnostics

def per_example_grad_norms(model, x, y, cfg):
    """Per-example gradient norms via torch.func, one record at a time."""
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}

    def loss_one(p, xi, yi):
        pred = functional_call(model, (p, buffers), (xi.unsqueeze(0),))
        return F.huber_loss(pred, yi.unsqueeze(0), delta=cfg["huber_delta"])

    norms = []
    for i in range(x.shape[0]):
        g = grad(loss_one)(params, x[i], y[i])  # TM002-here
        norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())).item())
    return norms


def ascii_histogram(values, bins=6, width=24):
    """Tiny text histogram for the log (no plotting libraries on the wharf box)."""
    if not values:
        return ""
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1.0
    counts = [0] * bins
    for v in values:
        counts[min(int((v - lo) / span * bins), bins - 1)] += 1
    top = max(counts)
    lines = []
    for b, c in enumerate(counts):
        left = lo + b * span / bins
        lines.append(f"{left:8.3f} | {'#' * int(width * c / top)}")
    return "\n".join(lines)


def residuals(model, x, y):
    with torch.no_grad():
        return (model(x) - y).tolist()


def flag_records(norms, cfg):
    cut = quantile(norms, cfg["flag_quantile"])
    return [i for i, v in enumerate(norms) if v >= cut]


def precision_of_flags(flags, bad):
    if not flags:
        return 0.0
    return sum(bool(bad[i]) for i in flags) / len(flags)


class PlateauStopper:
    def __init__(self, patience=2, min_delta=1e-3):
        self.patience, self.min_delta = patience, min_delta
        self.best, self.bad_epochs = float("inf"), 0

    def step(self, value):
        if value < self.best - self.min_delta:
            self.best, self.bad_epochs = value, 0
        else:
            self.bad_epochs += 1
        return self.bad_epochs > self.patience


def export_flags(flags, norms, y):
    """The cleaning team wants a CSV; we write it to a temp dir and remove it again."""
    tmpdir = tempfile.mkdtemp(prefix="lighterman_")
    path = os.path.join(tmpdir, "flagged.csv")
    try:
        with open(path, "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["record", "grad_norm", "hours"])
            for i in flags:
                w.writerow([i, f"{norms[i]:.4f}", f"{y[i].item():.2f}"])
        with open(path) as fh:
            rows = sum(1 for _ in fh) - 1
    finally:
        if os.path.exists(path):
            os.remove(path)
        os.rmdir(tmpdir)
    return rows


# ---------------------------------------------------------------- cli

def build_parser():
    p = argparse.ArgumentParser(prog="lighterman")
    p.add_argument("--epochs", type=int, default=2)
    p.add_argument("--diag-every", type=int, default=1)
    p.add_argument("--hidden", type=int, default=CFG["hidden"])
    p.add_argument("--quiet", action="store_true")
    p.add_argument("--dry-run", action="store_true", help="build data and model, then stop")
    return p


def main(argv=None):
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, format="%(name)s: %(message)s")
    cfg = dict(CFG, hidden=args.hidden)
    seed_all(cfg["seed"])
    g = torch.Generator().manual_seed(cfg["seed"])
    xtr, ytr, bad_tr = make_stays(cfg["n_train"], cfg, g)
    xva, yva, _ = make_stays(cfg["n_val"], cfg, g)
    scaler = Standardiser()
    xtr, xva = scaler.fit_transform(xtr), scaler.transform(xva)
    describe_dataset("train", xtr, ytr)
    describe_dataset("val", xva, yva)
    stopper = PlateauStopper(patience=2)

    model = TurnaroundNet(cfg["n_feats"], cfg["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    if args.dry_run:
        print(model)
        return []
    best, best_state = float("inf"), None
    history = []
    for epoch in range(args.epochs):
        t0 = time.perf_counter()
        tr = train_epoch(model, xtr, ytr, opt, cfg, epoch)
        va = evaluate(model, xva, yva)
        if va["mae"] < best:
            best, best_state = va["mae"], copy.deepcopy(model.state_dict())
        line = {"epoch": epoch, "train_huber": round(tr, 4), **{k: round(v, 4) for k, v in va.items()}}
        if args.diag_every and (epoch + 1) % args.diag_every == 0:
            norms = per_example_grad_norms(model, xtr, ytr, cfg)
            flags = flag_records(norms, cfg)
            line["flagged"] = len(flags)
            line["flag_precision"] = round(precision_of_flags(flags, bad_tr), 3)
            line["exported"] = export_flags(flags, norms, ytr)
            log.info(summarise("grad-norm", norms))
        line["secs"] = round(time.perf_counter() - t0, 2)
        history.append(line)
        log.info("%s", line)
        if stopper.step(va["mae"]):
            log.info("plateau at epoch %d", epoch)
            break
    if best_state is not None:
        model.load_state_dict(best_state)
    log.info("residuals on val:\n%s", ascii_histogram(residuals(model, xva, yva)))
    print("best val mae", round(best, 4))
    return history


if __name__ == "__main__":
    main()
