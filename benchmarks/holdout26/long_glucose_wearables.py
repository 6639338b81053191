# expect: clean
"""
Glucose forecasting from wearables (CGM + heart rate + steps).

Research script for the "personalised LSTM" experiments:
  * population model trained on all synthetic patients
  * per-patient personalisation of a small calibration head, on top of the frozen, evaluated encoder
  * Clarke-zone style error breakdown and time-in-range metrics

Run:  python long_glucose_wearables.py --patients 4 --epochs 2
"""
import argparse
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

log = logging.getLogger("cgm")

DEFAULTS = {
    "patients": 4,
    "days": 2,
    "steps_per_day": 24,
    "context": 8,
    "horizon": 3,
    "hidden": 12,
    "layers": 2,
    "dropout": 0.2,
    "batch_size": 8,
    "epochs": 2,
    "lr": 3e-3,
    "personal_lr": 1e-2,
    "personal_steps": 3,
    "low": 70.0,
    "high": 180.0,
    "seed": 11,
}


@dataclass
class Patient:
    pid: int
    basal: float
    sensitivity: float
    series: torch.Tensor = field(repr=False, default=None)


# ----------------------------------------------------------------------------- data

def simulate_patient(pid, cfg):
    rng = random.Random(cfg["seed"] + pid)
    basal = rng.uniform(100, 140)
    sens = rng.uniform(0.5, 1.5)
    n = cfg["days"] * cfg["steps_per_day"]
    glucose, hr, steps = [], [], []
    g = basal
    for t in range(n):
        meal = 40.0 if t % cfg["steps_per_day"] in (7, 12, 19) else 0.0
        activity = rng.random() * 3
        g = g + meal * sens - activity * 4 + (basal - g) * 0.15 + rng.gauss(0, 3)
        glucose.append(g)
        hr.append(60 + activity * 15 + rng.gauss(0, 2))
        steps.append(activity * 300)
    series = torch.tensor([glucose, hr, steps]).T.float()
    return Patient(pid, basal, sens, series)


def normalise(series):
    mu = torch.tensor([120.0, 70.0, 400.0])
    sd = torch.tensor([40.0, 15.0, 300.0])
    return (series - mu) / sd


def windows(patient, cfg):
    x = normalise(patient.series)
    c, h = cfg["context"], cfg["horizon"]
    xs, ys = [], []
    for s in range(0, len(x) - c - h, 2):
        xs.append(x[s:s + c])
        ys.append(patient.series[s + c:s + c + h, 0])
    return torch.stack(xs), torch.stack(ys)


def loader(x, y, bs, shuffle):
    idx = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), bs):
        j = idx[i:i + bs]
        yield x[j], y[j]


# ----------------------------------------------------------------------------- model

class Encoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.lstm = nn.LSTM(3, cfg["hidden"], cfg["layers"], dropout=cfg["dropout"], batch_first=True)
        self.norm = nn.LayerNorm(cfg["hidden"])

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.norm(out[:, -1])


class Forecaster(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.encoder = Encoder(cfg)
        self.head = nn.Sequential(nn.Linear(cfg["hidden"], cfg["hidden"]), nn.GELU(), nn.Linear(cfg["hidden"], cfg["horizon"]))
        self.scale = 40.0
        self.shift = 120.0

    def features(self, x):
        return self.encoder(x)

    def forward(self, x):
        return self.head(self.features(x)) * self.scale + self.shift


class PersonalHead(nn.Module):
    """Affine correction on top of the population prediction, one per patient."""

    def __init__(self, cfg):
        super().__init__()
        self.gain = nn.Linear(cfg["hidden"], cfg["horizon"])
        nn.init.zeros_(self.gain.weight)
        nn.init.zeros_(self.gain.bias)

    def forward(self, feats, base):
        return base + self.gain(feats) * 10.0


# ----------------------------------------------------------------------------- metrics

def metrics(pred, target, cfg):
    err = pred - target
    out = {
        "mae": err.abs().mean().item(),
        "rmse": math.sqrt((err ** 2).mean().item()),
        "mard": (err.abs() / target.clamp_min(1)).mean().item() * 100,
    }
    in_range_t = (target >= cfg["low"]) & (target <= cfg["high"])
    in_range_p = (pred >= cfg["low"]) & (pred <= cfg["high"])
    out["tir_agree"] = (in_range_t == in_range_p).float().mean().item()
    zone_a = (err.abs() <= 0.2 * target) | ((target < 70) & (pred < 70))
    out["zone_a"] = zone_a.float().mean().item()
    return out


def summarise(rows):
    keys = rows[0].keys()
    return {k: statistics.mean(r[k] for r in rows) for k in keys}


def to_csv(rows):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0].keys()))
    w.writeheader()
    for r in rows:
        w.writerow({k: (round(v, 4) if isinstance(v, float) else v) for k, v in r.items()})
    return buf.getvalue()


# ----------------------------------------------------------------------------- baselines

def persistence_baseline(x, cfg):
    """Repeat the last observed glucose value over the horizon (de-normalised)."""
    last = x[:, -1, 0] * 40.0 + 120.0
    return last.unsqueeze(-1).expand(-1, cfg["horizon"])


def linear_trend_baseline(x, cfg):
    g = x[:, :, 0] * 40.0 + 120.0
    slope = g[:, -1] - g[:, -2]
    steps = torch.arange(1, cfg["horizon"] + 1).float()
    return g[:, -1:] + slope[:, None] * steps


def residual_autocorrelation(pred, target, lag=1):
    r = (pred - target).flatten()
    if r.numel() <= lag + 1:
        return 0.0
    a, b = r[:-lag], r[lag:]
    a = a - a.mean()
    b = b - b.mean()
    denom = (a.norm() * b.norm()).clamp_min(1e-8)
    return (a @ b / denom).item()


def report_baselines(patients, cfg):
    rows = []
    for p in patients:
        x, y = windows(p, cfg)
        rows.append({
            "persistence": metrics(persistence_baseline(x, cfg), y, cfg)["mae"],
            "trend": metrics(linear_trend_baseline(x, cfg), y, cfg)["mae"],
        })
    return summarise(rows)


# ----------------------------------------------------------------------------- loops

def train_population(model, data, cfg):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    for epoch in range(cfg["epochs"]):
        model.train()
        losses = []
        for x, y in loader(*data, cfg["batch_size"], shuffle=True):
            loss = F.mse_loss(model(x), y) / 100.0
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            losses.append(loss.item())
        log.info("population epoch %d loss %.4f", epoch, statistics.mean(losses))
    return model


@torch.no_grad()
def predict(model, x):
    model.eval()
    return model(x)


def personalise(model, patient, cfg):
    """Fit a per-patient head on the first day, score on the second.

    The encoder is in eval mode (no dropout) and its outputs are detached features,
    so only the personal head receives gradients.
    """
    x, y = windows(patient, cfg)
    half = len(x) // 2
    model.eval()
    with torch.no_grad():
        feats = model.features(x)
        base = model.head(feats) * model.scale + model.shift
    head = PersonalHead(cfg)
    opt = torch.optim.SGD(head.parameters(), lr=cfg["personal_lr"])
    for step in range(cfg["personal_steps"]):
        pred = head(feats[:half], base[:half])
        loss = F.l1_loss(pred, y[:half])
        opt.zero_grad()
        loss.backward()
        opt.step()
        log.debug("patient %d step %d loss %.3f", patient.pid, step, loss.item())
    with torch.no_grad():
        pop = metrics(base[half:], y[half:], cfg)
        per = metrics(head(feats[half:], base[half:]), y[half:], cfg)
    return pop, per


# ----------------------------------------------------------------------------- main

def get_args(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--patients", type=int, default=DEFAULTS["patients"])
    p.add_argument("--epochs", type=int, default=DEFAULTS["epochs"])
    p.add_argument("--hidden", type=int, default=DEFAULTS["hidden"])
    p.add_argument("--csv", action="store_true", help="print the per-patient table as CSV")
    p.add_argument("--log-level", default="INFO")
    return p.parse_args(argv)


def main(argv=None):
    args = get_args(argv)
    logging.basicConfig(stream=sys.stdout, level=getattr(logging, args.log_level.upper()),
                        format="[%(levelname)s] %(message)s")
    cfg = dict(DEFAULTS, patients=args.patients, epochs=args.epochs, hidden=args.hidden)
    torch.manual_seed(cfg["seed"])
    random.seed(cfg["seed"])

    patients = [simulate_patient(i, cfg) for i in range(cfg["patients"])]
    for p in patients:
        log.debug("patient %s", {k: v for k, v in asdict(p).items() if k != "series"})
    xs, ys = zip(*(windows(p, cfg) for p in patients[1:]))
    population = (torch.cat(xs), torch.cat(ys))
    log.info("population windows: %d", len(population[0]))

    model = Forecaster(cfg)
    train_population(model, population, cfg)
    held = windows(patients[0], cfg)
    held_pred = predict(model, held[0])
    log.info("held-out patient: %s", metrics(held_pred, held[1], cfg))
    log.info("residual autocorrelation %.3f", residual_autocorrelation(held_pred, held[1]))
    log.info("baselines %s", report_baselines(patients, cfg))

    rows = []
    for p in patients:
        pop, per = personalise(model, p, cfg)
        rows.append({"pid": p.pid, "pop_mae": pop["mae"], "per_mae": per["mae"],
                     "pop_zone_a": pop["zone_a"], "per_zone_a": per["zone_a"]})
    if args.csv:
        print(to_csv(rows))
    s = summarise([{k: v for k, v in r.items() if k != "pid"} for r in rows])
    log.info("summary %s", {k: round(v, 3) for k, v in s.items()})
    print("done")


if __name__ == "__main__":
    main()
