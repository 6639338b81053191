# expect: clean
"""Salt-pan brine model: forecast brine density (degrees Baumé) for the next tide window.

Research script. A large teacher BiGRU is trained first; then a small student GRU is
distilled from it for deployment on the pan-side logger. Phases and their module modes come
from a YAML-like block parsed at start-up; metrics are logged per phase; a final table compares
teacher and student.
"""
import argparse
import logging
import math
import statistics
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("saltpan")

PHASES_YAML = """
teacher:
  epochs: 2
  lr: 0.004
  modes: teacher=train
distill:
  epochs: 2
  lr: 0.006
  alpha: 0.7
  modes: teacher=eval, student=train
"""

CONFIG = {
    "seed": 99,
    "n_pans": 6,
    "windows_per_pan": 6,
    "window": 12,
    "features": ["temp", "humidity", "wind", "depth", "baume"],
    "teacher_hidden": 16,
    "student_hidden": 6,
    "batch_size": 6,
    "val_pans": 2,
}


# --------------------------------------------------------------------------- parsing
def parse_phases(text):
    """Tiny parser for the two-level YAML-like block above (no dependency on PyYAML)."""
    phases, current = {}, None
    for raw in text.splitlines():
        if not raw.strip() or raw.strip().startswith("#"):
            continue
        if not raw.startswith(" "):
            current = raw.strip().rstrip(":")
            phases[current] = {}
            continue
        key, value = (s.strip() for s in raw.split(":", 1))
        if key == "modes":
            pairs = [p.split("=") for p in value.split(",")]
            phases[current]["modes"] = {k.strip(): v.strip() for k, v in pairs}
        else:
            phases[current][key] = float(value) if "." in value else int(value)
    return phases


def parse_args(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--seed", type=int, default=CONFIG["seed"])
    p.add_argument("--quiet", action="store_true")
    p.add_argument("--skip-distill", action="store_true")
    return p.parse_args(argv)


# ------------------------------------------------------------------------------ data
def simulate_pan(n_windows, window, n_features):
    t = torch.arange(n_windows * window, dtype=torch.float32)
    temp = 20 + 5 * torch.sin(t / 7)
    humidity = 60 - 10 * torch.sin(t / 7 + 0.5) + torch.randn_like(t)
    wind = torch.rand_like(t) * 4
    depth = 10 - 0.02 * t + 0.3 * torch.randn_like(t)
    evap = (temp - 15).clamp(min=0) * (100 - humidity) * (1 + wind) * 1e-4
    baume = 3 + evap.cumsum(0) * 0.5
    series = torch.stack([temp, humidity, wind, depth, baume], dim=-1)
    x = series.view(n_windows, window, n_features)
    y = torch.cat([baume.view(n_windows, window)[1:, -1], baume[-1:] + evap[-1:]])
    return x, y


def build_dataset(cfg):
    xs, ys, pan_ids = [], [], []
    for pan in range(cfg["n_pans"]):
        x, y = simulate_pan(cfg["windows_per_pan"], cfg["window"], len(cfg["features"]))
        xs.append(x)
        ys.append(y)
        pan_ids += [pan] * len(x)
    x, y = torch.cat(xs), torch.cat(ys)
    pan_ids = torch.tensor(pan_ids)
    val_mask = pan_ids >= cfg["n_pans"] - cfg["val_pans"]
    mean, std = x[~val_mask].mean((0, 1)), x[~val_mask].std((0, 1)) + 1e-6
    x = (x - mean) / std
    return (x[~val_mask], y[~val_mask]), (x[val_mask], y[val_mask])


def batches(data, size, shuffle=True):
    x, y = data
    order = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), size):
        idx = order[i:i + size]
        yield x[idx], y[idx]


# ----------------------------------------------------------------------------- models
class Teacher(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, num_layers=2, bidirectional=True, batch_first=True)
        self.attn = nn.Linear(2 * hidden, 1)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        w = torch.softmax(self.attn(h), dim=1)
        return self.out((w * h).sum(1)).squeeze(-1)


class Student(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.out(h[-1]).squeeze(-1)


def apply_modes(models, modes):
    for name, mode in modes.items():
        models[name].train(mode == "train")


def n_params(module):
    return sum(p.numel() for p in module.parameters())


# ---------------------------------------------------------------------------- metrics
def regression_metrics(pred, target):
    err = pred - target
    rmse = math.sqrt((err ** 2).mean().item())
    mae = err.abs().mean().item()
    mape = (err.abs() / target.abs().clamp(min=1e-3)).mean().item() * 100
    return {"rmse": rmse, "mae": mae, "mape": mape}


def evaluate(model, data):
    was = model.training
    model.eval()
    with torch.no_grad():
        pred = torch.cat([model(x) for x, _ in batches(data, 64, shuffle=False)])
    model.train(was)
    return regression_metrics(pred, data[1])


class Meter:
    def __init__(self):
        self.values = []

    def add(self, v):
        self.values.append(v)

    @property
    def mean(self):
        return statistics.fmean(self.values) if self.values else float("nan")


# ----------------------------------------------------------------------------- phases
def run_teacher_phase(models, data, spec, cfg):
    apply_modes(models, spec["modes"])
    teacher = models["teacher"]
    opt = torch.optim.Adam(teacher.parameters(), lr=spec["lr"])
    for epoch in range(spec["epochs"]):
        meter = Meter()
        for x, y in batches(data["train"], cfg["batch_size"]):
            opt.zero_grad()
            loss = F.mse_loss(teacher(x), y)
            loss.backward()
            opt.step()
            meter.add(loss.item())
        m = evaluate(teacher, data["val"])
        log.info("teacher epoch %d loss %.4f val rmse %.4f", epoch, meter.mean, m["rmse"])
    return evaluate(teacher, data["val"])


def distill_loss(student_pred, teacher_pred, target, alpha):
    hard = F.mse_loss(student_pred, target)
    soft = F.mse_loss(student_pred, teacher_pred)
    return alpha * soft + (1 - alpha) * hard, hard.item(), soft.item()


def run_distill_phase(models, data, spec, cfg):
    apply_modes(models, spec["modes"])
    teacher, student = models["teacher"], models["student"]
    opt = torch.optim.Adam(student.parameters(), lr=spec["lr"])
    for epoch in range(spec["epochs"]):
        hard_m, soft_m = Meter(), Meter()
        t0 = time.perf_counter()
        for x, y in batches(data["train"], cfg["batch_size"]):
            opt.zero_grad()
            teacher_pred = teacher(x).detach()
            loss, hard, soft = distill_loss(student(x), teacher_pred, y, spec["alpha"])
            loss.backward()
            opt.step()
            hard_m.add(hard)
            soft_m.add(soft)
        m = evaluate(student, data["val"])
        log.info("distill epoch %d hard %.4f soft %.4f val rmse %.4f (%.2fs)",
                 epoch, hard_m.mean, soft_m.mean, m["rmse"], time.perf_counter() - t0)
    return evaluate(student, data["val"])


# ------------------------------------------------------------------------------ main
def print_summary(rows):
    print(f"{'model':<9}{'params':>8}{'rmse':>9}{'mae':>9}{'mape%':>8}")
    for name, params, m in rows:
        print(f"{name:<9}{params:>8d}{m['rmse']:>9.4f}{m['mae']:>9.4f}{m['mape']:>8.2f}")


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="%(asctime)s %(levelname)s %(message)s")
    torch.manual_seed(args.seed)
    phases = parse_phases(PHASES_YAML)
    train, val = build_dataset(CONFIG)
    data = {"train": train, "val": val}
    n_in = len(CONFIG["features"])
    models = {
        "teacher": Teacher(n_in, CONFIG["teacher_hidden"]),
        "student": Student(n_in, CONFIG["student_hidden"]),
    }
    rows = [("teacher", n_params(models["teacher"]), run_teacher_phase(models, data, phases["teacher"], CONFIG))]
    if not args.skip_distill:
        rows.append(("student", n_params(models["student"]),
                     run_distill_phase(models, data, phases["distill"], CONFIG)))
    print_summary(rows)


if __name__ == "__main__":
    main()
