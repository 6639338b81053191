# expect: crash
"""Salt-glaze kiln firing: predict glaze-thickness class and final cone temperature
from the pyrometer / draw-ring trace of a wood-fired salt kiln.

Research script for the firing-log study.  Trains a bidirectional LSTM multi-task
model, logs metrics every epoch, keeps the best checkpoint in a temporary directory,
and stops early when the gradient norm on a fixed probe batch stops moving (the
"flat gradient" criterion from the firing-schedule notes).

Usage:
    python saltglaze_kiln_research.py --epochs 3 --hidden 12
"""
import argparse
import csv
import json
import logging
import math
import os
import random
import shutil
import tempfile
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOGGER = logging.getLogger("saltglaze")

DEFAULT_CONFIG = {
    "seed": 17,
    "n_channels": 4,  # pyrometer, draw-ring colour, damper position, salt charge
    "seq_len": 16,
    "hidden": 12,
    "layers": 1,
    "bidirectional": True,
    "dropout": 0.1,
    "n_glaze_classes": 3,  # thin / orange-peel / heavy
    "batch_size": 6,
    "n_train_batches": 5,
    "n_valid_batches": 2,
    "epochs": 3,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "temp_loss_weight": 0.5,
    "clip_norm": 1.0,
    "warmup_steps": 2,
    "patience": 2,
    "grad_flat_tol": 1e-4,
    "log_every": 2,
}


# --------------------------------------------------------------------------------------
# configuration and logging
# --------------------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--batch-size", type=int, default=None, dest="batch_size")
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--no-bidirectional", action="store_true")
    p.add_argument("--out-dir", default=None, help="defaults to a temporary directory")
    p.add_argument("--verbose", "-v", action="count", default=0)
    return p.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULT_CONFIG)
    for key in ("epochs", "hidden", "lr", "batch_size", "seed"):
        value = getattr(args, key)
        if value is not None:
            cfg[key] = value
    if args.no_bidirectional:
        cfg["bidirectional"] = False
    return cfg


def setup_logging(verbosity):
    level = logging.WARNING - 10 * min(verbosity + 1, 2)
    logging.basicConfig(level=level, format="%(asctime)s %(name)s %(levelname)s %(message)s",
                        datefmt="%H:%M:%S")


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# --------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------
def synth_firing(n, cfg, generator):
    """A crude physical-ish simulator: temperature ramps, salt charges cause dips."""
    L, C = cfg["seq_len"], cfg["n_channels"]
    t = torch.linspace(0, 1, L)
    ramp = 0.3 + 0.9 * t.unsqueeze(0) + 0.05 * torch.randn(n, L, generator=generator)
    charges = (torch.rand(n, L, generator=generator) < 0.15).float()
    dip = -0.08 * charges
    damper = torch.sigmoid(torch.randn(n, L, generator=generator))
    colour = torch.cumsum(charges, dim=1) / L + 0.02 * torch.randn(n, L, generator=generator)
    x = torch.stack([ramp + dip, colour, damper, charges], dim=-1)[..., :C]
    salt_total = charges.sum(1)
    glaze = torch.bucketize(salt_total, torch.tensor([1.5, 3.0]))
    cone_temp = 1250 + 60 * ramp[:, -1] - 10 * salt_total
    return x, glaze.long(), cone_temp


class FiringLogs:
    def __init__(self, cfg, n_batches, seed):
        g = torch.Generator().manual_seed(seed)
        self.batches = [synth_firing(cfg["batch_size"], cfg, g) for _ in range(n_batches)]
        temps = torch.cat([b[2] for b in self.batches])
        self.temp_mean, self.temp_std = temps.mean().item(), temps.std().item() + 1e-6

    def __iter__(self):
        return iter(self.batches)

    def __len__(self):
        return len(self.batches)

    def normalise(self, temp):
        return (temp - self.temp_mean) / self.temp_std

    def denormalise(self, z):
        return z * self.temp_std + self.temp_mean


# --------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------
class KilnNet(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.inp = nn.Linear(cfg["n_channels"], cfg["hidden"])
        self.lstm = nn.LSTM(cfg["hidden"], cfg["hidden"], num_layers=cfg["layers"], batch_first=True,
                            bidirectional=cfg["bidirectional"])
        width = cfg["hidden"] * (2 if cfg["bidirectional"] else 1)
        self.drop = nn.Dropout(cfg["dropout"])
        self.glaze_head = nn.Linear(width, cfg["n_glaze_classes"])
        self.temp_head = nn.Linear(width, 1)

    def forward(self, x):
        h, _ = self.lstm(F.gelu(self.inp(x)))
        pooled = self.drop(torch.cat([h.mean(1), h.max(1).values], dim=-1)[:, : h.shape[-1]])
        return self.glaze_head(pooled), self.temp_head(pooled).squeeze(-1)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------------------
# losses and metrics
# --------------------------------------------------------------------------------------
def multitask_loss(outputs, glaze, temp_z, cfg):
    logits, temp_pred = outputs
    ce = F.cross_entropy(logits, glaze)
    mse = F.mse_loss(temp_pred, temp_z)
    return ce + cfg["temp_loss_weight"] * mse, {"ce": ce.item(), "mse": mse.item()}


class MetricTracker:
    def __init__(self):
        self.sums = defaultdict(float)
        self.counts = defaultdict(int)

    def update(self, name, value, n=1):
        self.sums[name] += value * n
        self.counts[name] += n

    def compute(self):
        return {k: self.sums[k] / max(self.counts[k], 1) for k in self.sums}


def accuracy(logits, target):
    return (logits.argmax(-1) == target).float().mean().item()


def macro_f1(logits, target, n_classes):
    pred = logits.argmax(-1)
    f1s = []
    for c in range(n_classes):
        tp = ((pred == c) & (target == c)).sum().item()
        fp = ((pred == c) & (target != c)).sum().item()
        fn = ((pred != c) & (target == c)).sum().item()
        denom = 2 * tp + fp + fn
        f1s.append(2 * tp / denom if denom else 0.0)
    return sum(f1s) / len(f1s)


def rmse(pred, target):
    return math.sqrt(F.mse_loss(pred, target).item())


def r2_score(pred, target):
    ss_res = ((target - pred) ** 2).sum().item()
    ss_tot = ((target - target.mean()) ** 2).sum().item() + 1e-12
    return 1.0 - ss_res / ss_tot


# --------------------------------------------------------------------------------------
# optimisation helpers
# --------------------------------------------------------------------------------------
def build_optimizer(model, cfg):
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (no_decay if name.endswith("bias") else decay).append(p)
    return torch.optim.AdamW([
        {"params": decay, "weight_decay": cfg["weight_decay"]},
        {"params": no_decay, "weight_decay": 0.0},
    ], lr=cfg["lr"])


def build_scheduler(optimizer, cfg, total_steps):
    warm = cfg["warmup_steps"]

    def lr_lambda(step):
        if step < warm:
            return (step + 1) / warm
        progress = (step - warm) / max(total_steps - warm, 1)
        return 0.5 * (1 + math.cos(math.pi * min(progress, 1.0)))

    return torch.optim.lr_scheduler.LambdaLR(optimizer, lr_lambda)


def global_grad_norm(model):
    norms = [p.grad.detach().norm() for p in model.parameters() if p.grad is not None]
    return torch.norm(torch.stack(norms)).item() if norms else 0.0


# --------------------------------------------------------------------------------------
# train / validate
# --------------------------------------------------------------------------------------
def train_one_epoch(model, data, optimizer, scheduler, cfg, epoch):
    model.train()
    tracker = MetricTracker()
    for step, (x, glaze, temp) in enumerate(data):
        optimizer.zero_grad(set_to_none=True)
        outputs = model(x)
        loss, parts = multitask_loss(outputs, glaze, data.normalise(temp), cfg)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), cfg["clip_norm"])
        optimizer.step()
        scheduler.step()
        tracker.update("loss", loss.item(), x.shape[0])
        tracker.update("acc", accuracy(outputs[0], glaze), x.shape[0])
        for k, v in parts.items():
            tracker.update(k, v, x.shape[0])
        if step % cfg["log_every"] == 0:
            LOGGER.debug("epoch %d step %d loss %.4f lr %.2e", epoch, step, loss.item(),
                         scheduler.get_last_lr()[0])
    return tracker.compute()


def validate(model, data, cfg):
    model.eval()
    logits_all, glaze_all, temp_pred_all, temp_all = [], [], [], []
    with torch.no_grad():
        for x, glaze, temp in data:
            logits, temp_z = model(x)
            logits_all.append(logits)
            glaze_all.append(glaze)
            temp_pred_all.append(data.denormalise(temp_z))
            temp_all.append(temp)
    logits, glaze = torch.cat(logits_all), torch.cat(glaze_all)
    temp_pred, temp = torch.cat(temp_pred_all), torch.cat(temp_all)
    return {
        "acc": accuracy(logits, glaze),
        "macro_f1": macro_f1(logits, glaze, cfg["n_glaze_classes"]),
        "temp_rmse": rmse(temp_pred, temp),
        "temp_r2": r2_score(temp_pred, temp),
    }


def probe_gradient_norm(model, probe, data, cfg):
    """Gradient norm of the full loss on a fixed probe batch; no optimiser step."""
    x, glaze, temp = probe
    model.zero_grad(set_to_none=True)
    loss, _ = multitask_loss(model(x), glaze, data.normalise(temp), cfg)
    loss.backward()  # TM001-here
    norm = global_grad_norm(model)
    model.zero_grad(set_to_none=True)
    return norm


class GradFlatStopper:
    def __init__(self, patience, tol):
        self.patience, self.tol = patience, tol
        self.prev, self.flat_epochs = None, 0

    def step(self, norm):
        if self.prev is not None and abs(norm - self.prev) < self.tol:
            self.flat_epochs += 1
        else:
            self.flat_epochs = 0
        self.prev = norm
        return self.flat_epochs >= self.patience


# --------------------------------------------------------------------------------------
# bookkeeping
# --------------------------------------------------------------------------------------
class CsvLogger:
    def __init__(self, path):
        self.path = path
        self.fieldnames = None

    def write(self, row):
        new = self.fieldnames is None
        if new:
            self.fieldnames = list(row)
        with open(self.path, "a", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=self.fieldnames)
            if new:
                w.writeheader()
            w.writerow(row)


def save_checkpoint(model, optimizer, epoch, metrics, path):
    torch.save({"model": model.state_dict(), "optim": optimizer.state_dict(),
                "epoch": epoch, "metrics": metrics}, path)


def summarise(history):
    best = max(history, key=lambda r: r["val_macro_f1"])
    return {"best_epoch": best["epoch"], "best_macro_f1": best["val_macro_f1"],
            "best_temp_rmse": best["val_temp_rmse"], "epochs_run": len(history)}


# --------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------
def run(cfg, out_dir):
    seed_everything(cfg["seed"])
    train_data = FiringLogs(cfg, cfg["n_train_batches"], seed=cfg["seed"])
    valid_data = FiringLogs(cfg, cfg["n_valid_batches"], seed=cfg["seed"] + 1)
    probe = next(iter(FiringLogs(cfg, 1, seed=cfg["seed"] + 2)))

    model = KilnNet(cfg)
    LOGGER.info("model has %d trainable parameters", count_parameters(model))
    optimizer = build_optimizer(model, cfg)
    scheduler = build_scheduler(optimizer, cfg, cfg["epochs"] * len(train_data))
    stopper = GradFlatStopper(cfg["patience"], cfg["grad_flat_tol"])
    csv_log = CsvLogger(os.path.join(out_dir, "metrics.csv"))
    ckpt_path = os.path.join(out_dir, "best.pt")

    history, best_f1 = [], -1.0
    for epoch in range(cfg["epochs"]):
        t0 = time.time()
        train_metrics = train_one_epoch(model, train_data, optimizer, scheduler, cfg, epoch)
        val_metrics = validate(model, valid_data, cfg)
        probe_norm = probe_gradient_norm(model, probe, train_data, cfg)
        row = {"epoch": epoch, **{f"train_{k}": round(v, 5) for k, v in train_metrics.items()},
               **{f"val_{k}": round(v, 5) for k, v in val_metrics.items()},
               "probe_grad_norm": round(probe_norm, 5), "seconds": round(time.time() - t0, 3)}
        history.append(row)
        csv_log.write(row)
        LOGGER.info("epoch %d | loss %.4f | val acc %.3f f1 %.3f rmse %.1f | probe |g| %.4f",
                    epoch, train_metrics["loss"], val_metrics["acc"], val_metrics["macro_f1"],
                    val_metrics["temp_rmse"], probe_norm)
        if val_metrics["macro_f1"] > best_f1:
            best_f1 = val_metrics["macro_f1"]
            save_checkpoint(model, optimizer, epoch, val_metrics, ckpt_path)
        if stopper.step(probe_norm):
            LOGGER.info("gradient norm flat for %d epochs, stopping", stopper.patience)
            break
    return history


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = build_config(args)
    LOGGER.info("config: %s", json.dumps(cfg, sort_keys=True))
    own_dir = args.out_dir is None
    out_dir = tempfile.mkdtemp(prefix="saltglaze_") if own_dir else args.out_dir
    try:
        history = run(cfg, out_dir)
        print(json.dumps(summarise(history), indent=2))
    finally:
        if own_dir:
            shutil.rmtree(out_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
