# expect: crash
"""Grazing-behaviour recognition for oxen from collar accelerometers (research script).

Pipeline: synthetic collar windows -> BiGRU classifier -> training with early stopping and an EMA copy
-> temperature scaling on the validation split -> calibration report (ECE, NLL, per-class F1).

Usage:  python oxherd_grazing_research_long.py --epochs 2 --hidden 8
"""
import argparse
import copy
import json
import logging
import math
import random
import time
from collections import defaultdict

import torch
from torch import nn
from torch.nn import functional as F

LOG = logging.getLogger("grazing")

CLASSES = ("grazing", "ruminating", "walking", "resting")

DEFAULTS = {
    "seed": 13,
    "n_feat": 3,
    "seq_len": 10,
    "hidden": 8,
    "layers": 1,
    "dropout": 0.1,
    "batch_size": 6,
    "n_train": 4,
    "n_val": 2,
    "n_test": 2,
    "epochs": 2,
    "lr": 5e-3,
    "weight_decay": 1e-4,
    "ema_decay": 0.9,
    "patience": 3,
    "ts_steps": 5,
    "ts_lr": 0.05,
    "n_bins": 5,
}


# --------------------------------------------------------------------------------------------------- utils
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for key, val in DEFAULTS.items():
        ap.add_argument("--" + key.replace("_", "-"), type=type(val), default=val)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    cfg = dict(DEFAULTS)
    cfg.update({k: getattr(args, k) for k in DEFAULTS})
    cfg["verbose"] = args.verbose
    return cfg


class Timer:
    def __init__(self):
        self.t0 = time.perf_counter()

    def lap(self):
        t = time.perf_counter()
        dt, self.t0 = t - self.t0, t
        return dt


class AverageMeter:
    def __init__(self):
        self.sum = 0.0
        self.n = 0

    def update(self, value, n=1):
        self.sum += float(value) * n
        self.n += n

    @property
    def avg(self):
        return self.sum / max(self.n, 1)


# --------------------------------------------------------------------------------------------------- data
def synth_split(cfg, n_batches, seed):
    """Each class has its own dominant frequency on the collar's three axes."""
    g = torch.Generator().manual_seed(seed)
    batches = []
    t = torch.linspace(0, 1, cfg["seq_len"])
    for _ in range(n_batches):
        y = torch.randint(0, len(CLASSES), (cfg["batch_size"],), generator=g)
        freq = (y.float() + 1.0).unsqueeze(1)
        base = torch.sin(2 * math.pi * freq * t.unsqueeze(0))
        x = base.unsqueeze(-1).repeat(1, 1, cfg["n_feat"])
        x = x + 0.3 * torch.randn(x.shape, generator=g)
        batches.append((x, y))
    return batches


def class_balance(batches):
    counts = defaultdict(int)
    for _, y in batches:
        for c in y.tolist():
            counts[CLASSES[c]] += 1
    return dict(counts)


# --------------------------------------------------------------------------------------------------- model
class CollarBiGRU(nn.Module):
    def __init__(self, n_feat, hidden, layers, dropout, n_cls):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(dropout)
        self.cls = nn.Linear(2 * hidden, n_cls)

    def forward(self, x):
        h, _ = self.gru(torch.relu(self.inp(x)))
        pooled = torch.cat([h.mean(1), h.max(1).values], dim=-1)[:, : self.cls.in_features]
        return self.cls(self.drop(pooled))


class EMA:
    def __init__(self, model, decay):
        self.decay = decay
        self.shadow = copy.deepcopy(model)
        for p in self.shadow.parameters():
            p.requires_grad_(False)

    @torch.no_grad()
    def update(self, model):
        for s, p in zip(self.shadow.parameters(), model.parameters()):
            s.mul_(self.decay).add_(p.detach(), alpha=1 - self.decay)


class TemperatureScaler(nn.Module):
    def __init__(self):
        super().__init__()
        self.log_t = nn.Parameter(torch.zeros(()))

    @property
    def temperature(self):
        return self.log_t.exp()

    def forward(self, logits):
        return logits / self.temperature


# --------------------------------------------------------------------------------------------------- metrics
def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def per_class_f1(logits, y, n_cls):
    pred = logits.argmax(-1)
    out = {}
    for c in range(n_cls):
        tp = ((pred == c) & (y == c)).sum().item()
        fp = ((pred == c) & (y != c)).sum().item()
        fn = ((pred != c) & (y == c)).sum().item()
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        out[CLASSES[c]] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return out


def expected_calibration_error(probs, y, n_bins):
    conf, pred = probs.max(-1)
    correct = (pred == y).float()
    ece = 0.0
    edges = torch.linspace(0, 1, n_bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (conf > lo) & (conf <= hi)
        if mask.any():
            ece += mask.float().mean().item() * abs(conf[mask].mean().item() - correct[mask].mean().item())
    return ece


# --------------------------------------------------------------------------------------------------- train / eval
def train_one_epoch(model, ema, opt, batches, epoch):
    model.train()
    loss_meter, acc_meter = AverageMeter(), AverageMeter()
    for step, (x, y) in enumerate(batches):
        opt.zero_grad()
        logits = model(x)
        loss = F.cross_entropy(logits, y)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        ema.update(model)
        loss_meter.update(loss.item(), x.size(0))
        acc_meter.update(accuracy(logits.detach(), y), x.size(0))
        LOG.debug("epoch %d step %d loss %.4f", epoch, step, loss.item())
    return {"loss": loss_meter.avg, "acc": acc_meter.avg}


@torch.no_grad()
def evaluate(model, batches):
    model.eval()
    logits, ys = [], []
    for x, y in batches:
        logits.append(model(x))
        ys.append(y)
    logits, ys = torch.cat(logits), torch.cat(ys)
    return {"loss": F.cross_entropy(logits, ys).item(), "acc": accuracy(logits, ys)}, logits, ys


def collect_logits(model, batches):
    model.eval()
    logits = torch.cat([model(x) for x, _ in batches])
    ys = torch.cat([y for _, y in batches])
    return logits, ys


def fit_temperature(model, batches, cfg):
    scaler = TemperatureScaler()
    opt = torch.optim.Adam(scaler.parameters(), lr=cfg["ts_lr"])
    logits, ys = collect_logits(model, batches)
    for _ in range(cfg["ts_steps"]):
        opt.zero_grad()
        nll = F.cross_entropy(scaler(logits), ys)
        nll.backward(retain_graph=True)  # TM001-here
        opt.step()
    return scaler


class EarlyStopping:
    def __init__(self, patience):
        self.patience = patience
        self.best = float("inf")
        self.best_state = None
        self.bad = 0

    def step(self, score, model):
        if score < self.best:
            self.best = score
            self.best_state = copy.deepcopy(model.state_dict())
            self.bad = 0
            return False
        self.bad += 1
        return self.bad >= self.patience


def calibration_report(model, scaler, batches, cfg):
    with torch.no_grad():
        _, logits, ys = evaluate(model, batches)
        raw = F.softmax(logits, -1)
        scaled = F.softmax(scaler(logits), -1)
    return {
        "temperature": round(scaler.temperature.item(), 4),
        "nll_raw": round(F.nll_loss(raw.log(), ys).item(), 4),
        "nll_scaled": round(F.nll_loss(scaled.log(), ys).item(), 4),
        "ece_raw": round(expected_calibration_error(raw, ys, cfg["n_bins"]), 4),
        "ece_scaled": round(expected_calibration_error(scaled, ys, cfg["n_bins"]), 4),
        "f1": {k: round(v, 3) for k, v in per_class_f1(logits, ys, len(CLASSES)).items()},
    }


# --------------------------------------------------------------------------------------------------- main
def main(argv=None):
    cfg = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if cfg["verbose"] else logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    set_seed(cfg["seed"])
    timer = Timer()

    train_set = synth_split(cfg, cfg["n_train"], cfg["seed"] + 1)
    val_set = synth_split(cfg, cfg["n_val"], cfg["seed"] + 2)
    test_set = synth_split(cfg, cfg["n_test"], cfg["seed"] + 3)
    LOG.info("train balance %s", class_balance(train_set))

    model = CollarBiGRU(cfg["n_feat"], cfg["hidden"], cfg["layers"], cfg["dropout"], len(CLASSES))
    ema = EMA(model, cfg["ema_decay"])
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=max(cfg["epochs"], 1))
    stopper = EarlyStopping(cfg["patience"])

    history = []
    for epoch in range(cfg["epochs"]):
        tr = train_one_epoch(model, ema, opt, train_set, epoch)
        va, _, _ = evaluate(model, val_set)
        va_ema, _, _ = evaluate(ema.shadow, val_set)
        sched.step()
        history.append({"epoch": epoch, "train": tr, "val": va, "val_ema": va_ema})
        LOG.info("epoch %d train %.4f/%.3f val %.4f/%.3f ema %.4f (%.2fs)", epoch, tr["loss"], tr["acc"],
                 va["loss"], va["acc"], va_ema["loss"], timer.lap())
        if stopper.step(va["loss"], model):
            LOG.info("early stop at epoch %d", epoch)
            break

    if stopper.best_state is not None:
        model.load_state_dict(stopper.best_state)

    scaler = fit_temperature(model, val_set, cfg)
    report = calibration_report(model, scaler, test_set, cfg)
    print(json.dumps({"history_len": len(history), "report": report}, indent=1))
    return report


if __name__ == "__main__":
    main()
