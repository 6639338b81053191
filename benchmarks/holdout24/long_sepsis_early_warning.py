# expect: clean
"""Sepsis early-warning model on hourly ICU vitals and labs (synthetic cohort).

Research script: cohort simulation with missingness, forward-fill imputation with masks,
a bidirectional-free LSTM risk model (causal), class-balanced BCE, utility-style scoring,
threshold selection on validation, and a post-hoc gradient attribution report.

The attribution report runs on the evaluated (eval-mode) model, inside
`torch.backends.cudnn.flags(enabled=False)` for its forward and backward.

Usage:
    python long_sepsis_early_warning.py --epochs 2 --hidden 8
"""
import argparse
import contextlib
import copy
import dataclasses
import logging
import math
import random
import statistics
from typing import Dict, List, Tuple

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("sepsis")

CONFIG = {
    "seed": 7,
    "cohort": {"patients": 24, "hours": 16, "onset_rate": 0.3, "missing": 0.3},
    "vitals": ["hr", "sbp", "map", "resp", "temp", "spo2", "lactate", "wbc"],
    "model": {"hidden": 8, "layers": 1, "dropout": 0.0},
    "optim": {"lr": 1e-2, "pos_weight": 3.0},
    "train": {"epochs": 2, "batch_size": 6},
    "utility": {"early": 6, "late": 3, "tp": 1.0, "fp": -0.05, "fn": -2.0},
    "attribution": {"enabled": True, "patients": 2},
}


@dataclasses.dataclass
class Cohort:
    x: torch.Tensor        # (P, T, F) imputed values
    mask: torch.Tensor     # (P, T, F) 1 = observed
    y: torch.Tensor        # (P, T) 1 from (onset - early) onwards
    onset: torch.Tensor    # (P,) onset hour or -1

    def subset(self, idx):
        return Cohort(self.x[idx], self.mask[idx], self.y[idx], self.onset[idx])

    def __len__(self):
        return self.x.shape[0]


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def simulate(cfg) -> Cohort:
    c = cfg["cohort"]
    p, t, f = c["patients"], c["hours"], len(cfg["vitals"])
    base = torch.randn(p, 1, f)
    drift = torch.zeros(p, t, f)
    onset = torch.full((p,), -1, dtype=torch.long)
    for i in range(p):
        if random.random() < c["onset_rate"]:
            onset[i] = random.randint(t // 2, t - 1)
            ramp = torch.clamp(torch.arange(t, dtype=torch.float32) - (onset[i] - 6), min=0) / 6
            drift[i] += ramp.unsqueeze(-1) * torch.linspace(0.5, 1.5, f)
    raw = base + drift + 0.3 * torch.randn(p, t, f)
    mask = (torch.rand(p, t, f) > c["missing"]).float()
    mask[:, 0] = 1.0
    x = forward_fill(raw * mask, mask)
    y = torch.zeros(p, t)
    early = cfg["utility"]["early"]
    for i in range(p):
        if onset[i] >= 0:
            y[i, max(0, int(onset[i]) - early):] = 1.0
    return Cohort(x, mask, y, onset)


def forward_fill(values, mask):
    out = values.clone()
    for step in range(1, values.shape[1]):
        keep = mask[:, step] > 0
        out[:, step] = torch.where(keep, values[:, step], out[:, step - 1])
    return out


def split(cohort: Cohort, fracs=(0.6, 0.2)) -> Tuple[Cohort, Cohort, Cohort]:
    idx = torch.randperm(len(cohort))
    a = int(len(cohort) * fracs[0])
    b = a + int(len(cohort) * fracs[1])
    return cohort.subset(idx[:a]), cohort.subset(idx[a:b]), cohort.subset(idx[b:])


def normalise(train: Cohort, *others: Cohort):
    mu = train.x.mean((0, 1), keepdim=True)
    sd = train.x.std((0, 1), keepdim=True).clamp(min=1e-6)
    return [dataclasses.replace(c, x=(c.x - mu) / sd) for c in (train, *others)]


class RiskLSTM(nn.Module):
    def __init__(self, n_feat, hidden, layers, dropout):
        super().__init__()
        self.inp = nn.Linear(2 * n_feat, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True,
                            dropout=dropout if layers > 1 else 0.0)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x, mask):
        z = torch.relu(self.inp(torch.cat([x, mask], -1)))
        h, _ = self.lstm(z)
        return self.out(h).squeeze(-1)


def loss_fn(logits, y, pos_weight):
    return F.binary_cross_entropy_with_logits(logits, y, pos_weight=torch.tensor(pos_weight))


def iterate(cohort: Cohort, batch_size, shuffle):
    idx = torch.randperm(len(cohort)) if shuffle else torch.arange(len(cohort))
    for s in range(0, len(cohort), batch_size):
        yield cohort.subset(idx[s:s + batch_size])


@contextlib.contextmanager
def evaluating(model):
    was = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was)


def train_epoch(model, opt, cohort, cfg):
    model.train()
    losses = []
    for b in iterate(cohort, cfg["train"]["batch_size"], shuffle=True):
        loss = loss_fn(model(b.x, b.mask), b.y, cfg["optim"]["pos_weight"])
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return statistics.mean(losses)


def predict(model, cohort):
    with evaluating(model), torch.no_grad():
        return torch.sigmoid(model(cohort.x, cohort.mask))


def utility(probs, cohort, threshold, ucfg):
    total = 0.0
    for i in range(len(cohort)):
        alarms = (probs[i] >= threshold).nonzero().flatten().tolist()
        onset = int(cohort.onset[i])
        if onset < 0:
            total += ucfg["fp"] * len(alarms)
            continue
        first = alarms[0] if alarms else None
        if first is None or first > onset + ucfg["late"]:
            total += ucfg["fn"]
        elif first >= onset - ucfg["early"]:
            total += ucfg["tp"]
        else:
            total += ucfg["fp"] * (onset - ucfg["early"] - first)
    return total / len(cohort)


def auroc(scores, labels):
    pos = scores[labels > 0.5]
    neg = scores[labels <= 0.5]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    return (pos.unsqueeze(1) > neg.unsqueeze(0)).float().mean().item()


def choose_threshold(probs, cohort, ucfg, grid=None):
    grid = grid or [i / 20 for i in range(1, 20)]
    scored = [(utility(probs, cohort, t, ucfg), t) for t in grid]
    best_u, best_t = max(scored)
    return best_t, best_u


def attribution_report(model, cohort, cfg) -> List[Dict[str, float]]:
    """Gradient x input per vital, averaged over hours, for a few positive patients."""
    rows = []
    positives = (cohort.onset >= 0).nonzero().flatten()[: cfg["attribution"]["patients"]]
    model.eval()
    with torch.backends.cudnn.flags(enabled=False):
        for i in positives.tolist():
            x = cohort.x[i:i + 1].clone().requires_grad_(True)
            risk = model(x, cohort.mask[i:i + 1])[0, -1]
            model.zero_grad()
            risk.backward()
            contrib = (x.grad * x).abs().mean(1)[0]
            rows.append({v: round(float(c), 4) for v, c in zip(cfg["vitals"], contrib)})
    return rows


def calibration_table(probs, labels, bins=5):
    """Expected calibration error and per-bin reliability."""
    edges = torch.linspace(0, 1, bins + 1)
    rows, ece = [], 0.0
    flat_p, flat_y = probs.flatten(), labels.flatten()
    for lo, hi in zip(edges[:-1], edges[1:]):
        sel = (flat_p >= lo) & (flat_p < hi if hi < 1 else flat_p <= hi)
        if sel.sum() == 0:
            continue
        conf, acc = flat_p[sel].mean().item(), flat_y[sel].mean().item()
        ece += sel.float().mean().item() * abs(conf - acc)
        rows.append((round(float(lo), 2), round(conf, 3), round(acc, 3), int(sel.sum())))
    return ece, rows


def bootstrap_ci(values, n_boot=50, alpha=0.1):
    if not values:
        return float("nan"), float("nan")
    stats = []
    for _ in range(n_boot):
        sample = [random.choice(values) for _ in values]
        stats.append(statistics.mean(sample))
    stats.sort()
    return stats[int(alpha / 2 * n_boot)], stats[int((1 - alpha / 2) * n_boot) - 1]


def lead_times(probs, cohort, threshold):
    """Hours between the first alarm and the onset, for detected septic patients."""
    leads = []
    for i in range(len(cohort)):
        onset = int(cohort.onset[i])
        if onset < 0:
            continue
        alarms = (probs[i] >= threshold).nonzero().flatten().tolist()
        if alarms and alarms[0] <= onset:
            leads.append(float(onset - alarms[0]))
    return leads


def summarise(history):
    best = max(history, key=lambda r: r["val_utility"])
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in best.items()}


def parse_args(argv=None):
    p = argparse.ArgumentParser(description="Sepsis early warning (synthetic)")
    p.add_argument("--epochs", type=int, default=CONFIG["train"]["epochs"])
    p.add_argument("--hidden", type=int, default=CONFIG["model"]["hidden"])
    p.add_argument("--patients", type=int, default=CONFIG["cohort"]["patients"])
    p.add_argument("--no-attribution", action="store_true")
    p.add_argument("--log-level", default="INFO")
    return p.parse_args(argv)


def build_config(args):
    cfg = copy.deepcopy(CONFIG)
    cfg["train"]["epochs"] = args.epochs
    cfg["model"]["hidden"] = args.hidden
    cfg["cohort"]["patients"] = args.patients
    cfg["attribution"]["enabled"] = not args.no_attribution
    return cfg


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level), format="%(levelname)s:%(name)s:%(message)s")
    cfg = build_config(args)
    set_seed(cfg["seed"])

    cohort = simulate(cfg)
    train, val, test = normalise(*split(cohort))
    log.info("cohort: %d train / %d val / %d test, onset rate %.2f", len(train), len(val), len(test),
             float((cohort.onset >= 0).float().mean()))

    m = cfg["model"]
    model = RiskLSTM(len(cfg["vitals"]), m["hidden"], m["layers"], m["dropout"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["optim"]["lr"])
    history = []
    for epoch in range(cfg["train"]["epochs"]):
        tr = train_epoch(model, opt, train, cfg)
        probs = predict(model, val)
        thr, u = choose_threshold(probs, val, cfg["utility"])
        row = {"epoch": epoch, "train_loss": tr, "val_utility": u, "threshold": thr,
               "val_auroc": auroc(probs.flatten(), val.y.flatten())}
        history.append(row)
        log.info("epoch %d loss %.4f utility %.3f thr %.2f auroc %.3f", epoch, tr, u, thr, row["val_auroc"])

    best = summarise(history)
    test_probs = predict(model, test)
    test_u = utility(test_probs, test, best["threshold"], cfg["utility"])
    log.info("test utility %.3f at threshold %.2f", test_u, best["threshold"])
    ece, table = calibration_table(test_probs, test.y)
    log.info("test ECE %.3f over %d bins", ece, len(table))
    leads = lead_times(test_probs, test, best["threshold"])
    lo, hi = bootstrap_ci(leads)
    log.info("lead time %s h (90%% CI %.1f-%.1f)", round(statistics.mean(leads), 2) if leads else "n/a", lo, hi)
    if math.isnan(test_u):
        log.warning("utility undefined on this split")

    if cfg["attribution"]["enabled"]:
        for row in attribution_report(model, test if (test.onset >= 0).any() else train, cfg):
            log.info("attribution %s", row)
    return best


if __name__ == "__main__":
    main()
