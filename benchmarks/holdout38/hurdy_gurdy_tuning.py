# expect: clean
"""Hurdy-gurdy makers: predict the drone's pitch drift from wheel-speed/humidity traces.

Research script: a small GRU student is distilled from a larger frozen LSTM teacher
(evaluated every step), regularised with virtual adversarial training on the inputs,
early-stopped on validation MAE with the best state dict reloaded, and finally an
input-saliency report is written for the workshop log.

Usage:
    python hurdy_gurdy_tuning.py --epochs 3 --alpha 0.5 --vat-eps 0.05
"""
import argparse
import copy
import json
import logging
import math
import os
import sys
import tempfile
from dataclasses import dataclass, field

import torch
from torch import nn
import torch.nn.functional as F

logger = logging.getLogger("hurdy")

CONFIG = {
    "seed": 33,
    "n_features": 4,
    "seq_len": 8,
    "batch": 5,
    "teacher_hidden": 16,
    "student_hidden": 6,
    "epochs": 3,
    "steps_per_epoch": 3,
    "val_batches": 2,
    "lr": 4e-3,
    "alpha": 0.5,
    "temperature": 2.0,
    "vat_eps": 0.05,
    "vat_xi": 1e-3,
    "vat_weight": 0.3,
    "patience": 2,
    "teacher_pretrain_steps": 3,
}


# ----------------------------------------------------------------------------- helpers


def configure_logging(quiet=False):
    logging.basicConfig(level=logging.WARNING if quiet else logging.INFO, stream=sys.stdout,
                        format="[%(levelname)s] %(message)s")


@dataclass
class Metrics:
    train_loss: list = field(default_factory=list)
    val_mae: list = field(default_factory=list)
    kd_loss: list = field(default_factory=list)
    vat_loss: list = field(default_factory=list)

    def to_json(self):
        return json.dumps(self.__dict__)


def drone_traces(cfg, n=None, gen=None):
    n = n or cfg["batch"]
    t = torch.linspace(0, 1, cfg["seq_len"])
    speed = 1.0 + 0.3 * torch.randn(n, 1, generator=gen) + 0.1 * torch.randn(n, cfg["seq_len"], generator=gen)
    humidity = 0.5 + 0.2 * torch.randn(n, 1, generator=gen) * t
    resin = torch.rand(n, 1, generator=gen).expand(-1, cfg["seq_len"])
    string_age = torch.rand(n, 1, generator=gen).expand(-1, cfg["seq_len"]) * t
    x = torch.stack([speed, humidity.expand(-1, cfg["seq_len"]), resin, string_age], dim=-1)
    drift = 2.0 * speed.mean(1) - 1.5 * humidity[:, -1] + 0.5 * resin[:, 0]
    return x, drift


def batches(cfg, n_batches, seed):
    gen = torch.Generator().manual_seed(seed)
    return [drone_traces(cfg, gen=gen) for _ in range(n_batches)]


# ----------------------------------------------------------------------------- models


class Teacher(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.lstm = nn.LSTM(cfg["n_features"], cfg["teacher_hidden"], num_layers=2, batch_first=True)
        self.out = nn.Linear(cfg["teacher_hidden"], 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


class Student(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.gru = nn.GRU(cfg["n_features"], cfg["student_hidden"], batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(cfg["student_hidden"], 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(self.drop(h[:, -1])).squeeze(-1)


def pretrain_teacher(teacher, cfg):
    opt = torch.optim.Adam(teacher.parameters(), lr=cfg["lr"])
    teacher.train()
    for x, y in batches(cfg, cfg["teacher_pretrain_steps"], cfg["seed"] + 100):
        loss = F.mse_loss(teacher(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    for p in teacher.parameters():
        p.requires_grad_(False)
    teacher.eval()
    logger.info("teacher pretrained, final loss %.4f", loss.item())
    return teacher


# ----------------------------------------------------------------------------- losses


def kd_loss(student_out, teacher_out, target, alpha, temperature):
    hard = F.mse_loss(student_out, target)
    soft = F.mse_loss(student_out / temperature, teacher_out / temperature) * temperature ** 2
    return alpha * soft + (1 - alpha) * hard, soft


def _l2_normalise(d):
    return d / (d.flatten(1).norm(dim=1).view(-1, 1, 1) + 1e-8)


def vat_loss(model, x, xi, eps):
    with torch.no_grad():
        clean = model(x)
    d = _l2_normalise(torch.randn_like(x)).requires_grad_(True)
    adv_dist = F.mse_loss(model(x + xi * d), clean)
    (grad_d,) = torch.autograd.grad(adv_dist, d)
    r_adv = eps * _l2_normalise(grad_d.detach())
    return F.mse_loss(model(x + r_adv), clean)


# ----------------------------------------------------------------------------- loops


def train_epoch(student, teacher, opt, data, cfg, metrics):
    student.train()
    running = 0.0
    for x, y in data:
        with torch.no_grad():
            t_out = teacher(x)
        s_out = student(x)
        loss, soft = kd_loss(s_out, t_out, y, cfg["alpha"], cfg["temperature"])
        reg = vat_loss(student, x, cfg["vat_xi"], cfg["vat_eps"])
        total = loss + cfg["vat_weight"] * reg
        opt.zero_grad()
        total.backward()
        opt.step()
        running += total.item()
        metrics.kd_loss.append(soft.item())
        metrics.vat_loss.append(reg.item())
    return running / len(data)


def validate(student, data):
    student.eval()
    errs = []
    with torch.no_grad():
        for x, y in data:
            errs.append((student(x) - y).abs().mean().item())
    return sum(errs) / len(errs)


class EarlyStopping:
    def __init__(self, patience):
        self.patience = patience
        self.best = math.inf
        self.best_state = None
        self.bad = 0

    def step(self, value, model):
        if value < self.best:
            self.best = value
            self.best_state = copy.deepcopy(model.state_dict())
            self.bad = 0
            return False
        self.bad += 1
        return self.bad >= self.patience

    def restore(self, model):
        if self.best_state is not None:
            model.load_state_dict(self.best_state)


def saliency_report(model, x):
    """|d pitch / d input| averaged over time, computed with cuDNN off for an eval model."""
    was = model.training
    model.eval()
    x = x.clone().requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        model(x).sum().backward()
    sal = x.grad.abs().mean((0, 1))
    model.zero_grad(set_to_none=True)
    model.train(was)
    return dict(zip(["speed", "humidity", "resin", "string_age"], sal.tolist()))


def feature_ablation(model, data, n_features):
    """Increase in validation MAE when one feature is replaced by its batch mean."""
    base = validate(model, data)
    out = []
    for f in range(n_features):
        ablated = []
        for x, y in data:
            x2 = x.clone()
            x2[:, :, f] = x[:, :, f].mean()
            ablated.append((x2, y))
        out.append(validate(model, ablated) - base)
    return out


def format_table(rows, headers):
    widths = [max(len(str(h)), *(len(f"{r[i]:.4f}" if isinstance(r[i], float) else str(r[i])) for r in rows))
              for i, h in enumerate(headers)]
    line = " | ".join(str(h).ljust(w) for h, w in zip(headers, widths))
    body = []
    for r in rows:
        cells = [(f"{c:.4f}" if isinstance(c, float) else str(c)).ljust(w) for c, w in zip(r, widths)]
        body.append(" | ".join(cells))
    return "\n".join([line, "-" * len(line)] + body)


def summarise(metrics):
    rows = []
    for i, (tl, mae) in enumerate(zip(metrics.train_loss, metrics.val_mae)):
        rows.append((i, tl, mae))
    return format_table(rows, ["epoch", "train", "val_mae"])


def save_checkpoint(model, metrics, directory):
    path = os.path.join(directory, "student.pt")
    torch.save({"state": model.state_dict(), "metrics": metrics.to_json()}, path)
    return path


# ----------------------------------------------------------------------------- main


def parse_args(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    ap.add_argument("--alpha", type=float, default=CONFIG["alpha"])
    ap.add_argument("--vat-eps", type=float, default=CONFIG["vat_eps"])
    ap.add_argument("--patience", type=int, default=CONFIG["patience"])
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--keep-checkpoint", action="store_true")
    return ap.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    configure_logging(args.quiet)
    cfg = dict(CONFIG, epochs=args.epochs, alpha=args.alpha, vat_eps=args.vat_eps, patience=args.patience)
    torch.manual_seed(cfg["seed"])

    teacher = pretrain_teacher(Teacher(cfg), cfg)
    student = Student(cfg)
    opt = torch.optim.Adam(student.parameters(), lr=cfg["lr"])
    stopper = EarlyStopping(cfg["patience"])
    metrics = Metrics()
    val_data = batches(cfg, cfg["val_batches"], cfg["seed"] + 1)

    for epoch in range(cfg["epochs"]):
        data = batches(cfg, cfg["steps_per_epoch"], cfg["seed"] + 10 + epoch)
        tl = train_epoch(student, teacher, opt, data, cfg, metrics)
        mae = validate(student, val_data)
        metrics.train_loss.append(tl)
        metrics.val_mae.append(mae)
        logger.info("epoch %d train %.4f val_mae %.4f", epoch, tl, mae)
        if stopper.step(mae, student):
            logger.info("early stop at epoch %d", epoch)
            break

    stopper.restore(student)
    logger.info("restored best (val_mae %.4f)", stopper.best)
    # one more short fine-tuning epoch on the restored weights
    data = batches(cfg, 2, cfg["seed"] + 99)
    tl = train_epoch(student, teacher, opt, data, cfg, metrics)
    logger.info("final fine-tune loss %.4f", tl)

    report = saliency_report(student, val_data[0][0])
    logger.info("saliency %s", {k: round(v, 4) for k, v in report.items()})
    ablation = feature_ablation(student, val_data, cfg["n_features"])
    logger.info("ablation deltas %s", [round(a, 4) for a in ablation])
    student.train()
    logger.info("summary\n%s", summarise(metrics))

    with tempfile.TemporaryDirectory() as tmp:
        path = save_checkpoint(student, metrics, tmp)
        logger.info("checkpoint written to %s (%d bytes)", path, os.path.getsize(path))
        if not args.keep_checkpoint:
            os.remove(path)


if __name__ == "__main__":
    main()
