# expect: clean
"""Snowplough route clearing time.

Research script: predict how many minutes a municipal snowplough needs to clear
a route segment, from the sequence of road-weather-station readings along the
route (air/road temperature, snowfall rate, wind) plus the segment's static
attributes.

The script trains a GRU student, uses a frozen "route difficulty" GRU (trained
last winter) as an extra feature extractor, keeps the best snapshot, fine-tunes
from it with a lower learning rate, and finally reports input saliency per
weather channel.

Usage::

    python long_snowplough_route_clearing.py --epochs 3 --finetune-steps 2
"""
import argparse
import copy
import logging
import math
import random
import statistics
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("snowplough")

CONFIG = {
    "n_channels": 4,
    "n_static": 3,
    "seq_len": 10,
    "n_train": 20,
    "n_val": 8,
    "batch_size": 5,
    "hidden": 10,
    "teacher_hidden": 8,
    "dropout": 0.2,
    "lr": 5e-3,
    "finetune_lr": 1e-3,
    "epochs": 3,
    "finetune_steps": 2,
    "patience": 2,
    "seed": 77,
}

CHANNELS = ["air_temp", "road_temp", "snowfall", "wind"]


# ---------------------------------------------------------------------------
# bookkeeping
# ---------------------------------------------------------------------------

@dataclass
class RunState:
    epoch: int = 0
    best_val: float = float("inf")
    best_epoch: int = -1
    bad_epochs: int = 0
    history: list = field(default_factory=list)

    def improved(self, val):
        if val < self.best_val:
            self.best_val, self.best_epoch, self.bad_epochs = val, self.epoch, 0
            return True
        self.bad_epochs += 1
        return False


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def configure_logging(level):
    logging.basicConfig(level=getattr(logging, level.upper()), format="[%(levelname)s] %(message)s")


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------

def synth_segments(n, cfg, seed):
    g = torch.Generator().manual_seed(seed)
    t = cfg["seq_len"]
    air = -5 + 3 * torch.randn(n, t, generator=g)
    road = air + 1.5 + 0.5 * torch.randn(n, t, generator=g)
    snow = torch.rand(n, t, generator=g) * 3
    wind = torch.rand(n, t, generator=g) * 12
    weather = torch.stack([air / 10, road / 10, snow / 3, wind / 12], -1)
    static = torch.rand(n, cfg["n_static"], generator=g)  # length, slope, lanes (scaled)
    minutes = 20 + 30 * static[:, 0] + 8 * snow.mean(1) + 2 * (road.mean(1) < 0).float() * wind.mean(1) / 12
    return {"weather": weather, "static": static, "minutes": minutes}


def iterate(split, bs, shuffle):
    n = split["minutes"].shape[0]
    idx = list(range(n))
    if shuffle:
        random.shuffle(idx)
    for i in range(0, n, bs):
        sel = torch.tensor(idx[i : i + bs])
        yield {k: v[sel] for k, v in split.items()}


# ---------------------------------------------------------------------------
# models
# ---------------------------------------------------------------------------

class DifficultyTeacher(nn.Module):
    """Last winter's route-difficulty model; only its hidden summary is reused."""

    def __init__(self, cfg):
        super().__init__()
        self.gru = nn.GRU(cfg["n_channels"], cfg["teacher_hidden"], batch_first=True)
        self.score = nn.Linear(cfg["teacher_hidden"], 1)

    def summary(self, weather):
        _, h = self.gru(weather)
        return h[-1]


class ClearingTimeGRU(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.gru = nn.GRU(cfg["n_channels"], cfg["hidden"], batch_first=True)
        self.static = nn.Linear(cfg["n_static"], cfg["hidden"])
        self.drop = nn.Dropout(cfg["dropout"])
        self.out = nn.Linear(2 * cfg["hidden"] + cfg["teacher_hidden"], 1)

    def forward(self, weather, static, teacher_feat):
        _, h = self.gru(weather)
        z = torch.cat([h[-1], torch.relu(self.static(static)), teacher_feat], -1)
        return self.out(self.drop(z)).squeeze(-1)


def load_teacher(cfg):
    teacher = DifficultyTeacher(cfg)
    teacher.requires_grad_(False)
    return teacher.eval()


# ---------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------

def regression_report(pred, target):
    err = pred - target
    mae = err.abs().mean().item()
    rmse = math.sqrt((err ** 2).mean().item())
    mape = (err.abs() / target.clamp_min(1.0)).mean().item()
    return {"mae": mae, "rmse": rmse, "mape": mape}


def format_report(rep):
    return " ".join(f"{k}={v:.3f}" for k, v in rep.items())


# ---------------------------------------------------------------------------
# loops
# ---------------------------------------------------------------------------

def forward_batch(model, teacher, batch):
    feat = teacher.summary(batch["weather"])
    return model(batch["weather"], batch["static"], feat)


def train_epoch(model, teacher, split, opt, cfg):
    losses = []
    for batch in iterate(split, cfg["batch_size"], shuffle=True):
        opt.zero_grad()
        loss = F.smooth_l1_loss(forward_batch(model, teacher, batch), batch["minutes"])
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return statistics.mean(losses)


def evaluate(model, teacher, split, cfg):
    was_training = model.training
    model.eval()
    preds = []
    with torch.no_grad():
        for batch in iterate(split, cfg["batch_size"], shuffle=False):
            preds.append(forward_batch(model, teacher, batch))
    model.train(was_training)
    return regression_report(torch.cat(preds), split["minutes"])


def finetune_from(model, snapshot, teacher, split, cfg):
    model.load_state_dict(snapshot)
    opt = torch.optim.SGD(model.parameters(), lr=cfg["finetune_lr"], momentum=0.9)
    last = float("nan")
    for step in range(cfg["finetune_steps"]):
        for batch in iterate(split, cfg["batch_size"], shuffle=True):
            opt.zero_grad()
            loss = F.smooth_l1_loss(forward_batch(model, teacher, batch), batch["minutes"])
            loss.backward()
            opt.step()
            last = loss.item()
        log.info("finetune step %d loss %.3f", step, last)
    return last


def channel_saliency(model, teacher, split, cfg):
    """|d prediction / d weather| averaged over time and segments, per channel."""
    model.eval()
    weather = split["weather"].clone().requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        feat = teacher.summary(weather)
        pred = model(weather, split["static"], feat)
        (g,) = torch.autograd.grad(pred.sum(), weather)
    sal = g.abs().mean((0, 1))
    return {c: round(v, 4) for c, v in zip(CHANNELS, sal.tolist())}


def breakdown_by_length(model, teacher, split, cfg, n_buckets=2):
    """MAE per route-length bucket (short vs long segments)."""
    was_training = model.training
    model.eval()
    with torch.no_grad():
        pred = forward_batch(model, teacher, split)
    model.train(was_training)
    length = split["static"][:, 0]
    edges = torch.quantile(length, torch.linspace(0, 1, n_buckets + 1))
    out = {}
    for b in range(n_buckets):
        lo, hi = edges[b].item(), edges[b + 1].item()
        mask = (length >= lo) & (length <= hi)
        if mask.any():
            out[f"len[{lo:.2f},{hi:.2f}]"] = (pred[mask] - split["minutes"][mask]).abs().mean().item()
    return out


@torch.no_grad()
def teacher_ablation(model, teacher, split, cfg):
    """Validation MAE when the teacher summary is replaced by zeros."""
    was_training = model.training
    model.eval()
    zeros = torch.zeros(split["minutes"].shape[0], cfg["teacher_hidden"])
    pred = model(split["weather"], split["static"], zeros)
    model.train(was_training)
    return (pred - split["minutes"]).abs().mean().item()


def print_table(rows, columns):
    widths = [max(len(c), *(len(f"{r.get(c, ''):.3f}" if isinstance(r.get(c), float) else str(r.get(c, ""))) for r in rows)) for c in columns]
    line = " | ".join(c.ljust(w) for c, w in zip(columns, widths))
    print(line)
    print("-" * len(line))
    for r in rows:
        cells = []
        for c, w in zip(columns, widths):
            v = r.get(c, "")
            cells.append((f"{v:.3f}" if isinstance(v, float) else str(v)).ljust(w))
        print(" | ".join(cells))


def run(cfg):
    train = synth_segments(cfg["n_train"], cfg, cfg["seed"])
    val = synth_segments(cfg["n_val"], cfg, cfg["seed"] + 1)
    teacher = load_teacher(cfg)
    model = ClearingTimeGRU(cfg)
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    state = RunState()
    snapshot = copy.deepcopy(model.state_dict())
    for epoch in range(cfg["epochs"]):
        state.epoch = epoch
        tr = train_epoch(model, teacher, train, opt, cfg)
        rep = evaluate(model, teacher, val, cfg)
        state.history.append({"epoch": epoch, "train": tr, **rep})
        log.info("epoch %d train %.3f | val %s", epoch, tr, format_report(rep))
        if state.improved(rep["mae"]):
            snapshot = copy.deepcopy(model.state_dict())
        elif state.bad_epochs >= cfg["patience"]:
            log.info("early stop at epoch %d", epoch)
            break
    ft_loss = finetune_from(model, snapshot, teacher, train, cfg)
    final = evaluate(model, teacher, val, cfg)
    buckets = breakdown_by_length(model, teacher, val, cfg)
    ablation = teacher_ablation(model, teacher, val, cfg)
    sal = channel_saliency(model, teacher, val, cfg)
    return {"state": state, "finetune_loss": ft_loss, "final": final, "saliency": sal,
            "buckets": buckets, "no_teacher_mae": ablation}


# ---------------------------------------------------------------------------
# cli
# ---------------------------------------------------------------------------

def build_parser():
    p = argparse.ArgumentParser(description="snowplough route clearing time")
    p.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    p.add_argument("--finetune-steps", type=int, default=CONFIG["finetune_steps"])
    p.add_argument("--hidden", type=int, default=CONFIG["hidden"])
    p.add_argument("--seed", type=int, default=CONFIG["seed"])
    p.add_argument("--log-level", default="info", choices=["debug", "info", "warning"])
    return p


def main(argv=None):
    args = build_parser().parse_args(argv)
    configure_logging(args.log_level)
    cfg = {**CONFIG, "epochs": args.epochs, "finetune_steps": args.finetune_steps,
           "hidden": args.hidden, "seed": args.seed}
    seed_everything(cfg["seed"])
    out = run(cfg)
    log.info("best epoch %d (val mae %.3f)", out["state"].best_epoch, out["state"].best_val)
    log.info("after finetune: %s", format_report(out["final"]))
    log.info("channel saliency: %s", out["saliency"])
    log.info("per-length MAE: %s; without teacher: %.3f", out["buckets"], out["no_teacher_mae"])
    print_table(out["state"].history, ["epoch", "train", "mae", "rmse", "mape"])
    return out


if __name__ == "__main__":
    main()
