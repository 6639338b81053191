# expect: clean
"""Bellfounder tuning: classify which partial of a freshly cast bell is out of tune
(hum, prime, tierce, quint, nominal) from short spectral-frame recordings.

Research script:
  * GRU classifier over spectral frames, trained with label smoothing;
  * validation each epoch, best weights kept in memory;
  * post-hoc temperature scaling on the validation set (ECE before/after);
  * per-class report on the test set.

    python bellfounder_tuning_research.py --epochs 3
"""
import argparse
import copy
import logging
import math
import random
import sys
import time
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("bellfounder")

PARTIALS = ["hum", "prime", "tierce", "quint", "nominal"]

DEFAULTS = {
    "seed": 3,
    "n_bins": 6,
    "frames": 10,
    "hidden": 12,
    "bidirectional": True,
    "batch_size": 6,
    "lr": 4e-3,
    "epochs": 3,
    "label_smoothing": 0.1,
    "temp_steps": 25,
    "temp_lr": 0.05,
    "n_train": 30,
    "n_val": 12,
    "n_test": 12,
    "ece_bins": 5,
}


@dataclass
class RunState:
    epoch: int = 0
    best_acc: float = -1.0
    best_state: dict = field(default_factory=dict)
    history: list = field(default_factory=list)


# ------------------------------------------------------------------ helpers
def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def configure_logging(quiet):
    logging.basicConfig(stream=sys.stdout, level=logging.WARNING if quiet else logging.INFO,
                        format="[%(levelname)s] %(message)s")


def fmt(d):
    return ", ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in d.items())


# ------------------------------------------------------------------ data
def cast_recordings(n, cfg, gen):
    """Each recording: frames x bins log-magnitudes; the detuned partial has a
    drifting peak in its own bin."""
    y = torch.randint(0, len(PARTIALS), (n,), generator=gen)
    x = 0.3 * torch.randn(n, cfg["frames"], cfg["n_bins"], generator=gen)
    drift = torch.linspace(0, 1, cfg["frames"])
    for i in range(n):
        x[i, :, int(y[i]) % cfg["n_bins"]] += drift
    return x, y


def iterate(x, y, bs, gen=None):
    order = torch.randperm(len(x), generator=gen) if gen is not None else torch.arange(len(x))
    for i in range(0, len(x), bs):
        j = order[i:i + bs]
        yield x[j], y[j]


# ------------------------------------------------------------------ model
class SpectralGRU(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        h = cfg["hidden"]
        self.front = nn.Sequential(nn.Linear(cfg["n_bins"], h), nn.GELU())
        self.gru = nn.GRU(h, h, batch_first=True, bidirectional=cfg["bidirectional"])
        width = h * (2 if cfg["bidirectional"] else 1)
        self.pool_w = nn.Linear(width, 1)
        self.cls = nn.Linear(width, len(PARTIALS))

    def forward(self, x):
        h, _ = self.gru(self.front(x))
        w = torch.softmax(self.pool_w(h), dim=1)
        return self.cls((w * h).sum(1))


class TemperatureScaler(nn.Module):
    def __init__(self):
        super().__init__()
        self.log_t = nn.Parameter(torch.zeros(1))

    @property
    def temperature(self):
        return self.log_t.exp()

    def forward(self, logits):
        return logits / self.temperature


# ------------------------------------------------------------------ metrics
def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def nll(logits, y):
    return F.cross_entropy(logits, y).item()


def expected_calibration_error(logits, y, n_bins):
    probs = logits.softmax(-1)
    conf, pred = probs.max(-1)
    correct = (pred == y).float()
    edges = torch.linspace(0, 1, n_bins + 1)
    ece = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (conf > lo) & (conf <= hi)
        if m.any():
            ece += m.float().mean().item() * abs(conf[m].mean().item() - correct[m].mean().item())
    return ece


def per_class(logits, y):
    pred = logits.argmax(-1)
    out = {}
    for k, name in enumerate(PARTIALS):
        m = y == k
        out[name] = (pred[m] == k).float().mean().item() if m.any() else float("nan")
    return out


def confusion(logits, y, k=len(PARTIALS)):
    m = torch.zeros(k, k, dtype=torch.long)
    for t, p in zip(y.tolist(), logits.argmax(-1).tolist()):
        m[t, p] += 1
    return m


def print_confusion(m):
    head = "        " + " ".join(f"{n[:5]:>5}" for n in PARTIALS)
    lines = [head]
    for i, row in enumerate(m.tolist()):
        lines.append(f"{PARTIALS[i][:7]:>7} " + " ".join(f"{v:>5d}" for v in row))
    return "\n".join(lines)


def reliability_table(logits, y, n_bins):
    probs = logits.softmax(-1)
    conf, pred = probs.max(-1)
    correct = (pred == y).float()
    rows = []
    edges = torch.linspace(0, 1, n_bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (conf > lo) & (conf <= hi)
        n = int(m.sum())
        acc = correct[m].mean().item() if n else float("nan")
        rows.append((round(lo.item(), 2), round(hi.item(), 2), n, acc))
    return rows


def bootstrap_acc(logits, y, n_boot=50, seed=0):
    g = torch.Generator().manual_seed(seed)
    accs = []
    for _ in range(n_boot):
        idx = torch.randint(0, len(y), (len(y),), generator=g)
        accs.append(accuracy(logits[idx], y[idx]))
    accs.sort()
    lo, hi = accs[int(0.05 * n_boot)], accs[int(0.95 * n_boot) - 1]
    return lo, hi


def export_csv(path, rows):
    import csv
    import os
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["lo", "hi", "n", "acc"])
        w.writerows(rows)
    size = os.path.getsize(path)
    os.remove(path)
    return size


# ------------------------------------------------------------------ loops
def train_epoch(model, opt, data, cfg, gen):
    model.train()
    tot, n = 0.0, 0
    for xb, yb in iterate(*data, cfg["batch_size"], gen):
        logits = model(xb)
        loss = F.cross_entropy(logits, yb, label_smoothing=cfg["label_smoothing"])
        opt.zero_grad()
        loss.backward()
        opt.step()
        tot += loss.item() * len(xb)
        n += len(xb)
    return tot / n


@torch.no_grad()
def collect_logits(model, data, cfg):
    model.eval()
    outs, ys = [], []
    for xb, yb in iterate(*data, cfg["batch_size"]):
        outs.append(model(xb))
        ys.append(yb)
    return torch.cat(outs), torch.cat(ys)


def validate(model, data, cfg):
    logits, y = collect_logits(model, data, cfg)
    return {"acc": accuracy(logits, y), "nll": nll(logits, y),
            "ece": expected_calibration_error(logits, y, cfg["ece_bins"])}


def fit_temperature(model, val_data, cfg):
    """Classic post-hoc calibration: the network is fixed; only T is learnt from
    the validation logits."""
    logits, y = collect_logits(model, val_data, cfg)
    scaler = TemperatureScaler()
    opt = torch.optim.Adam(scaler.parameters(), lr=cfg["temp_lr"])
    for step in range(cfg["temp_steps"]):
        opt.zero_grad()
        loss = F.cross_entropy(scaler(logits), y)
        loss.backward()
        opt.step()
        if step % 10 == 0:
            logger.debug("temp step %d T=%.3f nll=%.4f", step, scaler.temperature.item(), loss.item())
    return scaler


# ------------------------------------------------------------------ main
def get_args(argv=None):
    ap = argparse.ArgumentParser(description="bell partial tuning classifier")
    ap.add_argument("--epochs", type=int, default=DEFAULTS["epochs"])
    ap.add_argument("--hidden", type=int, default=DEFAULTS["hidden"])
    ap.add_argument("--lr", type=float, default=DEFAULTS["lr"])
    ap.add_argument("--no-bidirectional", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args(argv)


def merge(args):
    cfg = dict(DEFAULTS)
    cfg["epochs"], cfg["hidden"], cfg["lr"] = args.epochs, args.hidden, args.lr
    cfg["bidirectional"] = not args.no_bidirectional
    return cfg


def main(argv=None):
    args = get_args(argv)
    configure_logging(args.quiet)
    cfg = merge(args)
    seed_everything(cfg["seed"])
    gen = torch.Generator().manual_seed(cfg["seed"])

    train = cast_recordings(cfg["n_train"], cfg, gen)
    val = cast_recordings(cfg["n_val"], cfg, gen)
    test = cast_recordings(cfg["n_test"], cfg, gen)

    model = SpectralGRU(cfg)
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    state = RunState()
    t0 = time.time()
    for epoch in range(cfg["epochs"]):
        state.epoch = epoch
        loss = train_epoch(model, opt, train, cfg, gen)
        metrics = validate(model, val, cfg)
        state.history.append({"epoch": epoch, "loss": loss, **metrics})
        logger.info("epoch %d | loss %.4f | %s", epoch, loss, fmt(metrics))
        if metrics["acc"] > state.best_acc:
            state.best_acc = metrics["acc"]
            state.best_state = copy.deepcopy(model.state_dict())
    logger.info("training took %.2fs", time.time() - t0)

    model.load_state_dict(state.best_state)
    scaler = fit_temperature(model, val, cfg)

    logits, y = collect_logits(model, test, cfg)
    with torch.no_grad():
        cal = scaler(logits)
    report = {
        "T": scaler.temperature.item(),
        "test_acc": accuracy(logits, y),
        "ece_raw": expected_calibration_error(logits, y, cfg["ece_bins"]),
        "ece_cal": expected_calibration_error(cal, y, cfg["ece_bins"]),
        "nll_raw": nll(logits, y),
        "nll_cal": nll(cal, y),
    }
    logger.info("test | %s", fmt(report))
    for name, acc in per_class(cal, y).items():
        logger.info("  %-8s %s", name, "n/a" if math.isnan(acc) else f"{acc:.2f}")
    logger.info("confusion (calibrated):\n%s", print_confusion(confusion(cal, y)))
    lo, hi = bootstrap_acc(cal, y)
    logger.info("bootstrap 90%% CI for accuracy: [%.2f, %.2f]", lo, hi)
    rows = reliability_table(cal, y, cfg["ece_bins"])
    logger.info("reliability csv would be %d bytes", export_csv("bellfounder_reliability.csv", rows))
    print(fmt(report))
    return report


if __name__ == "__main__":
    main()
