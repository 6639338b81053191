# expect: clean
"""Change-ringing striking accuracy.

Predict each ringer's striking error (ms early/late) for the next blow from the
handstroke/backstroke timings of the previous rows, using a GRU over rows. After
training, an input-gradient analysis on the test peal shows which earlier bells a
ringer is "following" (large |d error / d onset|).

    python bellringing_striking.py --bells 6 --rows 10 --epochs 3

Synthetic data; small sizes so it runs in seconds.
"""
import argparse
import contextlib
import csv
import io
import logging
import math
import random
import statistics
import sys
from dataclasses import dataclass, field, asdict

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("striking")


@dataclass
class Config:
    bells: int = 6
    rows: int = 10
    hidden: int = 12
    layers: int = 1
    epochs: int = 3
    batch: int = 4
    lr: float = 4e-3
    n_peals: int = 24
    seed: int = 71
    grad_probe_peals: int = 2
    history: list = field(default_factory=list)


# ----------------------------------------------------------------------------- data

def plain_hunt(bells, rows):
    order = list(range(bells))
    out = [order[:]]
    for r in range(1, rows):
        start = 0 if r % 2 else 1
        for i in range(start, bells - 1, 2):
            order[i], order[i + 1] = order[i + 1], order[i]
        out.append(order[:])
    return out


def simulate_peal(cfg):
    """Onset times per row and bell; the ringer of bell b tends to follow bell b-1."""
    rows = plain_hunt(cfg.bells, cfg.rows)
    gap = 0.2
    skill = [random.uniform(0.5, 1.5) for _ in range(cfg.bells)]
    onsets = torch.zeros(cfg.rows, cfg.bells)
    errors = torch.zeros(cfg.rows, cfg.bells)
    for r, order in enumerate(rows):
        t0 = r * (cfg.bells + (r % 2)) * gap
        for place, bell in enumerate(order):
            ideal = t0 + place * gap
            prev_err = errors[r, order[place - 1]] if place > 0 else 0.0
            err = 0.6 * float(prev_err) + 0.02 * skill[bell] * random.gauss(0, 1)
            onsets[r, bell] = ideal + err
            errors[r, bell] = err
    return onsets, errors


def make_dataset(cfg, n):
    xs, ys = [], []
    for _ in range(n):
        on, err = simulate_peal(cfg)
        rel = on - on.mean(1, keepdim=True)
        xs.append(torch.cat([rel, err], -1)[:-1])
        ys.append(err[1:].mean(0) * 1000.0)  # mean error per bell over the peal, in ms
    return torch.stack(xs), torch.stack(ys)


def iterate(x, y, batch, shuffle=True):
    order = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i in range(0, len(order), batch):
        j = order[i:i + batch]
        yield x[j], y[j]


# ---------------------------------------------------------------------------- model

class StrikingGRU(nn.Module):
    def __init__(self, bells, hidden, layers):
        super().__init__()
        self.embed = nn.Linear(2 * bells, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True)
        self.norm = nn.LayerNorm(hidden)
        self.out = nn.Linear(hidden, bells)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.embed(x)))
        return self.out(self.norm(h[:, -1]))


# -------------------------------------------------------------------------- metrics

def mae_ms(pred, y):
    return (pred - y).abs().mean().item()


def rms_ms(pred, y):
    return (pred - y).pow(2).mean().sqrt().item()


def per_bell_table(pred, y, bells):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["bell", "mae_ms", "bias_ms"])
    for b in range(bells):
        e = pred[:, b] - y[:, b]
        w.writerow([b + 1, f"{e.abs().mean().item():.2f}", f"{e.mean().item():.2f}"])
    return buf.getvalue()


def correlation(a, b):
    a, b = a.flatten(), b.flatten()
    a = a - a.mean()
    b = b - b.mean()
    return (a * b).sum().item() / (a.norm().item() * b.norm().item() + 1e-12)


# -------------------------------------------------------------------- train and test

def train_epoch(model, opt, x, y, cfg):
    model.train()
    losses = []
    for xb, yb in iterate(x, y, cfg.batch):
        pred = model(xb)
        loss = F.huber_loss(pred, yb, delta=5.0)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 5.0)
        opt.step()
        losses.append(loss.item())
    return statistics.fmean(losses)


@torch.no_grad()
def test(model, x, y, cfg):
    model.eval()
    preds = torch.cat([model(xb) for xb, _ in iterate(x, y, cfg.batch, shuffle=False)])
    return {"mae": mae_ms(preds, y), "rms": rms_ms(preds, y)}, preds


def attribution_context():
    """Input gradients of an eval-mode RNN need the native kernels (cuDNN refuses)."""
    return torch.backends.cudnn.flags(enabled=False)


def following_matrix(model, x, cfg):
    """|d predicted error of bell i / d onset of bell j|, averaged over rows and peals."""
    model.eval()
    mats = []
    with attribution_context():
        for peal in x[: cfg.grad_probe_peals]:
            inp = peal.unsqueeze(0).clone().requires_grad_(True)
            rows = []
            for b in range(cfg.bells):
                out = model(inp)[0, b]
                (g,) = torch.autograd.grad(out, inp)
                rows.append(g[0, :, : cfg.bells].abs().mean(0))
            mats.append(torch.stack(rows))
    return torch.stack(mats).mean(0)


def summarise_following(mat):
    lines = []
    for i, row in enumerate(mat):
        row = row.clone()
        row[i] = -math.inf
        j = int(row.argmax())
        lines.append(f"bell {i + 1} follows bell {j + 1} ({mat[i, j].item():.3f})")
    return lines


# ------------------------------------------------------------------------ baselines

def persistence_baseline(x, cfg):
    """Predict that each bell repeats its mean error over the observed rows."""
    return x[:, :, cfg.bells:].mean(1) * 1000.0


def leader_baseline(x, cfg, gain=0.6):
    """Predict each bell copies a fraction of the error of the bell before it in rounds."""
    err = x[:, :, cfg.bells:].mean(1) * 1000.0
    shifted = torch.roll(err, 1, dims=1)
    shifted[:, 0] = 0.0
    return gain * shifted


def bootstrap_ci(pred, y, metric, n_boot=50, alpha=0.1):
    vals = []
    n = len(y)
    for _ in range(n_boot):
        idx = torch.randint(0, n, (n,))
        vals.append(metric(pred[idx], y[idx]))
    vals.sort()
    lo = vals[int(alpha / 2 * n_boot)]
    hi = vals[int((1 - alpha / 2) * n_boot) - 1]
    return lo, hi


def compare_baselines(model_preds, x, y, cfg):
    rows = {"model": model_preds,
            "persistence": persistence_baseline(x, cfg),
            "leader": leader_baseline(x, cfg)}
    report = {}
    for name, pred in rows.items():
        lo, hi = bootstrap_ci(pred, y, mae_ms)
        report[name] = {"mae": mae_ms(pred, y), "ci": (lo, hi)}
        log.info("%-12s mae %.2f ms  [%.2f, %.2f]", name, report[name]["mae"], lo, hi)
    return report


# ------------------------------------------------------------------------ schedules

class WarmupCosine:
    def __init__(self, opt, warmup, total, base_lr):
        self.opt, self.warmup, self.total, self.base_lr = opt, warmup, total, base_lr
        self.t = 0

    def step(self):
        self.t += 1
        if self.t <= self.warmup:
            lr = self.base_lr * self.t / max(1, self.warmup)
        else:
            frac = (self.t - self.warmup) / max(1, self.total - self.warmup)
            lr = 0.5 * self.base_lr * (1 + math.cos(math.pi * min(1.0, frac)))
        for g in self.opt.param_groups:
            g["lr"] = lr
        return lr


def history_table(history):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["epoch", "train", "mae", "rms", "lr"])
    w.writeheader()
    for row in history:
        w.writerow({k: (f"{v:.4f}" if isinstance(v, float) else v) for k, v in row.items()})
    return buf.getvalue()


def method_name(bells):
    names = {4: "Minimus", 5: "Doubles", 6: "Minor", 7: "Triples", 8: "Major"}
    return f"Plain Hunt {names.get(bells, str(bells))}"


# ----------------------------------------------------------------------------- main

def parse(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--bells", type=int, default=6)
    p.add_argument("--rows", type=int, default=10)
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--hidden", type=int, default=12)
    p.add_argument("--log-level", default="INFO")
    return p.parse_args(argv)


def main(argv=None):
    args = parse(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=getattr(logging, args.log_level), format="[%(levelname)s] %(message)s")
    cfg = Config(bells=args.bells, rows=args.rows, epochs=args.epochs, hidden=args.hidden)
    random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)

    x_tr, y_tr = make_dataset(cfg, cfg.n_peals)
    x_te, y_te = make_dataset(cfg, cfg.n_peals // 3)
    log.info("train %s test %s", tuple(x_tr.shape), tuple(x_te.shape))

    model = StrikingGRU(cfg.bells, cfg.hidden, cfg.layers)
    opt = torch.optim.Adam(model.parameters(), lr=cfg.lr)
    sched = WarmupCosine(opt, warmup=1, total=cfg.epochs, base_lr=cfg.lr)
    log.info("method: %s, %d rows", method_name(cfg.bells), cfg.rows)
    for epoch in range(cfg.epochs):
        lr = sched.step()
        tr = train_epoch(model, opt, x_tr, y_tr, cfg)
        te, _ = test(model, x_te, y_te, cfg)
        cfg.history.append({"epoch": epoch, "train": tr, **te, "lr": lr})
        log.info("epoch %d train %.3f test mae %.2f ms rms %.2f ms", epoch, tr, te["mae"], te["rms"])

    log.info("history:\n%s", history_table(cfg.history))
    metrics, preds = test(model, x_te, y_te, cfg)
    log.info("per-bell:\n%s", per_bell_table(preds, y_te, cfg.bells))
    compare_baselines(preds, x_te, y_te, cfg)
    mat = following_matrix(model, x_te, cfg)
    for line in summarise_following(mat):
        log.info(line)
    log.info("corr(pred, target) = %.3f", correlation(preds, y_te))
    with contextlib.suppress(KeyError):
        log.debug("config: %s", asdict(cfg))
    return metrics


if __name__ == "__main__":
    main()
