# expect: crash
"""Predictive maintenance: remaining useful life (RUL) of pumps from multichannel sensor logs.

Research script in the style of a C-MAPSS baseline: synthetic degradation trajectories,
operating-condition normalisation, piecewise-linear RUL targets, a stacked LSTM regressor,
the asymmetric NASA score, k-run averaging of test metrics, and a sensor-sensitivity report
(Jacobian of the predicted RUL w.r.t. the last window) used to rank sensors for the ops team.

Usage:
    python long_maintenance_rul.py --epochs 2 --runs 1
"""
import argparse
import copy
import csv
import io
import logging
import math
import random
from dataclasses import dataclass, field
from typing import List

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.autograd.functional import jacobian

LOGGER = logging.getLogger("rul")

CONFIG = {
    "seed": 21,
    "units": 10,
    "min_life": 30,
    "max_life": 44,
    "sensors": ["t24", "t30", "t50", "p30", "nf", "nc", "phi", "bpr"],
    "op_conditions": 3,
    "window": 10,
    "rul_cap": 25,
    "model": {"hidden": 10, "layers": 2, "dropout": 0.1},
    "train": {"epochs": 2, "batch_size": 16, "lr": 5e-3, "max_batches": 3},
    "runs": 1,
    "sensitivity": {"units": 2},
}


@dataclass
class Unit:
    uid: int
    condition: torch.Tensor  # (T,)
    signals: torch.Tensor    # (T, S)
    life: int

    @property
    def rul(self):
        t = torch.arange(self.life, dtype=torch.float32)
        return (self.life - 1 - t)


@dataclass
class Fleet:
    units: List[Unit] = field(default_factory=list)

    def split(self, frac=0.7):
        k = int(len(self.units) * frac)
        return Fleet(self.units[:k]), Fleet(self.units[k:])

    def __iter__(self):
        return iter(self.units)

    def __len__(self):
        return len(self.units)


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def simulate_fleet(cfg) -> Fleet:
    fleet = Fleet()
    n_s = len(cfg["sensors"])
    sensitivity = torch.rand(n_s) * 2 - 0.5
    for uid in range(cfg["units"]):
        life = random.randint(cfg["min_life"], cfg["max_life"])
        cond = torch.randint(0, cfg["op_conditions"], (life,))
        offsets = torch.randn(cfg["op_conditions"], n_s)[cond]
        wear = torch.linspace(0, 1, life).pow(2).unsqueeze(-1) * sensitivity
        noise = 0.05 * torch.randn(life, n_s)
        fleet.units.append(Unit(uid, cond, offsets + wear + noise, life))
    return fleet


class ConditionNormaliser:
    """Per-operating-condition z-scoring, fitted on training units only."""

    def __init__(self, n_conditions):
        self.n = n_conditions
        self.mean = None
        self.std = None

    def fit(self, fleet: Fleet):
        sig = torch.cat([u.signals for u in fleet])
        cond = torch.cat([u.condition for u in fleet])
        self.mean = torch.stack([sig[cond == c].mean(0) for c in range(self.n)])
        self.std = torch.stack([sig[cond == c].std(0).clamp(min=1e-6) for c in range(self.n)])
        return self

    def __call__(self, unit: Unit) -> Unit:
        sig = (unit.signals - self.mean[unit.condition]) / self.std[unit.condition]
        return Unit(unit.uid, unit.condition, sig, unit.life)


def windows(fleet: Fleet, window, cap):
    xs, ys = [], []
    for u in fleet:
        rul = u.rul.clamp(max=cap)
        for end in range(window, u.life + 1):
            xs.append(u.signals[end - window:end])
            ys.append(rul[end - 1])
    return torch.stack(xs), torch.stack(ys)


def last_windows(fleet: Fleet, window, cap, cut=0.8):
    xs, ys = [], []
    for u in fleet:
        end = max(window, int(u.life * cut))
        xs.append(u.signals[end - window:end])
        ys.append(u.rul.clamp(max=cap)[end - 1])
    return torch.stack(xs), torch.stack(ys)


class RULRegressor(nn.Module):
    def __init__(self, n_sensors, hidden, layers, dropout):
        super().__init__()
        self.lstm = nn.LSTM(n_sensors, hidden, num_layers=layers, batch_first=True, dropout=dropout)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.lstm(x)
        return F.softplus(self.head(h[:, -1])).squeeze(-1)


def nasa_score(pred, target):
    d = pred - target
    return torch.where(d < 0, torch.exp(-d / 13) - 1, torch.exp(d / 10) - 1).sum().item()


def rmse(pred, target):
    return math.sqrt(F.mse_loss(pred, target).item())


def minibatches(x, y, bs, max_batches=None):
    perm = torch.randperm(len(x))
    for i, s in enumerate(range(0, len(x), bs)):
        if max_batches is not None and i >= max_batches:
            return
        idx = perm[s:s + bs]
        yield x[idx], y[idx]


def train(model, x, y, cfg):
    tcfg = cfg["train"]
    opt = torch.optim.Adam(model.parameters(), lr=tcfg["lr"])
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.7)
    for epoch in range(tcfg["epochs"]):
        model.train()
        total, n = 0.0, 0
        for xb, yb in minibatches(x, y, tcfg["batch_size"], tcfg["max_batches"]):
            loss = F.mse_loss(model(xb), yb)
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item() * len(xb)
            n += len(xb)
        sched.step()
        LOGGER.info("epoch %d mse %.3f lr %.5f", epoch, total / max(n, 1), sched.get_last_lr()[0])
    return model


@torch.no_grad()
def test(model, x, y):
    model.eval()
    pred = model(x)
    return {"rmse": rmse(pred, y), "score": nasa_score(pred, y), "bias": (pred - y).mean().item()}


def sensor_sensitivity(model, x, sensors):
    """|d RUL / d sensor| summed over the window, per sensor, averaged over units."""
    ranks = torch.zeros(len(sensors))
    for i in range(len(x)):
        jac = jacobian(lambda w: model(w.unsqueeze(0))[0], x[i])  # TM001-here
        ranks += jac.abs().sum(0)
    ranks /= len(x)
    order = ranks.argsort(descending=True).tolist()
    return [(sensors[j], round(float(ranks[j]), 4)) for j in order]


def exponential_smoothing(series, alpha=0.3):
    out = [float(series[0])]
    for v in series[1:]:
        out.append(alpha * float(v) + (1 - alpha) * out[-1])
    return out


def health_indicator(unit: Unit, weights=None):
    """A linear health index of the sensors, smoothed; 1 = healthy, 0 = failed."""
    w = weights if weights is not None else torch.ones(unit.signals.shape[1]) / unit.signals.shape[1]
    raw = unit.signals @ w
    smooth = torch.tensor(exponential_smoothing(raw))
    lo, hi = smooth.min(), smooth.max()
    return 1 - (smooth - lo) / (hi - lo + 1e-9)


@dataclass
class MaintenancePolicy:
    threshold: float = 8.0
    lead: int = 3

    def schedule(self, predicted_rul):
        """Hours until a maintenance slot should be booked, per unit (None = not yet)."""
        return [max(0, int(r) - self.lead) if r <= self.threshold else None for r in predicted_rul.tolist()]


def policy_cost(schedule, true_rul, early_cost=1.0, failure_cost=20.0):
    cost = 0.0
    for slot, rul in zip(schedule, true_rul.tolist()):
        if slot is None:
            cost += failure_cost if rul <= 1 else 0.0
        elif slot > rul:
            cost += failure_cost
        else:
            cost += early_cost * (rul - slot) / max(rul, 1)
    return cost


def write_report(rows, sensors):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["run", "rmse", "score", "bias", "top_sensor"])
    for r in rows:
        writer.writerow([r["run"], f"{r['rmse']:.3f}", f"{r['score']:.2f}", f"{r['bias']:.3f}", r["top"]])
    return buf.getvalue()


def mean_std(values):
    m = sum(values) / len(values)
    s = math.sqrt(sum((v - m) ** 2 for v in values) / max(len(values) - 1, 1))
    return m, s


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description="RUL estimation baseline")
    ap.add_argument("--epochs", type=int, default=CONFIG["train"]["epochs"])
    ap.add_argument("--runs", type=int, default=CONFIG["runs"])
    ap.add_argument("--window", type=int, default=CONFIG["window"])
    ap.add_argument("--hidden", type=int, default=CONFIG["model"]["hidden"])
    ap.add_argument("--skip-sensitivity", action="store_true")
    ap.add_argument("-v", "--verbose", action="count", default=0)
    return ap.parse_args(argv)


def configure(args):
    cfg = copy.deepcopy(CONFIG)
    cfg["train"]["epochs"] = args.epochs
    cfg["runs"] = args.runs
    cfg["window"] = args.window
    cfg["model"]["hidden"] = args.hidden
    return cfg


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="[%(levelname)s] %(message)s")
    cfg = configure(args)
    rows = []
    for run in range(cfg["runs"]):
        seed_everything(cfg["seed"] + run)
        fleet = simulate_fleet(cfg)
        train_fleet, test_fleet = fleet.split()
        norm = ConditionNormaliser(cfg["op_conditions"]).fit(train_fleet)
        train_fleet = Fleet([norm(u) for u in train_fleet])
        test_fleet = Fleet([norm(u) for u in test_fleet])
        x, y = windows(train_fleet, cfg["window"], cfg["rul_cap"])
        tx, ty = last_windows(test_fleet, cfg["window"], cfg["rul_cap"])
        LOGGER.info("run %d: %d training windows, %d test units", run, len(x), len(tx))

        m = cfg["model"]
        model = train(RULRegressor(len(cfg["sensors"]), m["hidden"], m["layers"], m["dropout"]), x, y, cfg)
        metrics = test(model, tx, ty)
        with torch.no_grad():
            plan = MaintenancePolicy().schedule(model(tx))
        metrics["policy_cost"] = policy_cost(plan, ty)
        hi = health_indicator(test_fleet.units[0])
        LOGGER.debug("unit %d health %.2f -> %.2f", test_fleet.units[0].uid, float(hi[0]), float(hi[-1]))
        top = "-"
        if not args.skip_sensitivity:
            ranking = sensor_sensitivity(model, tx[: cfg["sensitivity"]["units"]], cfg["sensors"])
            top = ranking[0][0]
            LOGGER.info("sensor ranking: %s", ranking)
        rows.append({"run": run, **metrics, "top": top})

    for key in ("rmse", "score"):
        mu, sd = mean_std([r[key] for r in rows])
        LOGGER.info("%s: %.3f +- %.3f", key, mu, sd)
    print(write_report(rows, cfg["sensors"]))


if __name__ == "__main__":
    main()
