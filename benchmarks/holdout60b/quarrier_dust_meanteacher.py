# expect: clean
"""Quarry dust (PM10) exceedance detection with a mean-teacher consistency objective.

Only a few days of dust-monitor readings are labelled by the site inspector; the rest are
unlabelled. A GRU student is trained on labelled data plus a consistency loss against an
EMA teacher on noisy views of unlabelled data. At the end, a sensor-attribution report is
produced for the inspector with input gradients of the best student.

    python quarrier_dust_meanteacher.py --epochs 3 --ema 0.95
"""
import argparse
import copy
import logging
import math
import random
import sys
import time
from collections import OrderedDict

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("dust")

SENSORS = ["pm10", "pm2_5", "wind_speed", "wind_dir_sin", "humidity", "blast_flag"]

CFG = {
    "seed": 31,
    "n_labelled": 12,
    "n_unlabelled": 24,
    "n_val": 8,
    "seq_len": 9,
    "hidden": 10,
    "layers": 1,
    "dropout": 0.2,
    "batch": 4,
    "lr": 5e-3,
    "epochs": 3,
    "ema": 0.95,
    "cons_weight": 1.0,
    "cons_rampup": 2,
    "noise": 0.1,
    "threshold": 0.5,
}


# --------------------------------------------------------------------------- helpers

def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def sigmoid_rampup(epoch, length):
    if length == 0:
        return 1.0
    phase = 1.0 - min(epoch, length) / length
    return math.exp(-5.0 * phase * phase)


class MetricTracker:
    def __init__(self, *keys):
        self.data = OrderedDict((k, []) for k in keys)

    def add(self, **kw):
        for k, v in kw.items():
            self.data.setdefault(k, []).append(v)

    def last(self, key):
        return self.data[key][-1] if self.data.get(key) else float("nan")

    def best(self, key, mode="max"):
        vals = self.data.get(key, [])
        return (max if mode == "max" else min)(vals) if vals else float("nan")

    def row(self):
        return " ".join(f"{k}={self.last(k):.4f}" for k in self.data)


# --------------------------------------------------------------------------- data

def synth_days(n, cfg, g):
    T = cfg["seq_len"]
    t = torch.arange(T).float()
    blast = (torch.rand(n, 1, generator=g) < 0.4).float()
    wind = torch.rand(n, 1, generator=g) * 5
    pm10 = 0.3 + blast * torch.exp(-((t - 4) ** 2) / 4) * (1.5 - 0.2 * wind) + 0.05 * torch.randn(n, T, generator=g)
    pm25 = 0.5 * pm10 + 0.05 * torch.randn(n, T, generator=g)
    ws = wind.expand(n, T) + 0.1 * torch.randn(n, T, generator=g)
    wd = torch.sin(torch.rand(n, 1, generator=g) * 6.28).expand(n, T)
    hum = 0.6 + 0.1 * torch.randn(n, T, generator=g)
    bf = blast.expand(n, T) * (t == 4).float()
    x = torch.stack([pm10, pm25, ws, wd, hum, bf], -1)
    y = (pm10.max(1).values > 1.0).long()
    return x, y


def build_data(cfg):
    g = torch.Generator().manual_seed(cfg["seed"])
    lab = synth_days(cfg["n_labelled"], cfg, g)
    unl = synth_days(cfg["n_unlabelled"], cfg, g)[0]
    val = synth_days(cfg["n_val"], cfg, g)
    return lab, unl, val


def batches(tensors, size, shuffle=True):
    n = tensors[0].shape[0]
    idx = torch.randperm(n) if shuffle else torch.arange(n)
    for i in range(0, n, size):
        j = idx[i: i + size]
        yield tuple(t[j] for t in tensors)


def augment(x, noise):
    scale = 1 + noise * torch.randn(x.shape[0], 1, x.shape[2])
    return x * scale + noise * torch.randn_like(x)


# --------------------------------------------------------------------------- model

class DustNet(nn.Module):
    def __init__(self, n_in, hidden, layers, dropout):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.drop = nn.Dropout(dropout)
        self.gru = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.gru(self.drop(F.relu(self.inp(x))))
        return self.cls(self.drop(h[:, -1]))


def make_teacher(student):
    teacher = copy.deepcopy(student)
    for p in teacher.parameters():
        p.requires_grad_(False)
    return teacher


@torch.no_grad()
def ema_update(teacher, student, decay):
    for tp, sp in zip(teacher.parameters(), student.parameters()):
        tp.mul_(decay).add_(sp.detach(), alpha=1 - decay)


# --------------------------------------------------------------------------- train / eval

def train_epoch(student, teacher, opt, lab, unl, cfg, epoch):
    student.train()
    teacher.eval()
    w = cfg["cons_weight"] * sigmoid_rampup(epoch, cfg["cons_rampup"])
    sup_total, cons_total, n = 0.0, 0.0, 0
    unl_iter = batches((unl,), cfg["batch"])
    for x, y in batches(lab, cfg["batch"]):
        try:
            (xu,) = next(unl_iter)
        except StopIteration:
            unl_iter = batches((unl,), cfg["batch"])
            (xu,) = next(unl_iter)
        sup = F.cross_entropy(student(augment(x, cfg["noise"])), y)
        with torch.no_grad():
            t_prob = F.softmax(teacher(augment(xu, cfg["noise"])), -1)
        s_prob = F.softmax(student(augment(xu, cfg["noise"])), -1)
        cons = F.mse_loss(s_prob, t_prob)
        loss = sup + w * cons
        opt.zero_grad()
        loss.backward()
        opt.step()
        ema_update(teacher, student, cfg["ema"])
        sup_total += sup.item()
        cons_total += cons.item()
        n += 1
    return sup_total / n, cons_total / n


@torch.no_grad()
def evaluate(model, data, cfg):
    model.eval()
    x, y = data
    prob = F.softmax(model(x), -1)[:, 1]
    pred = (prob > cfg["threshold"]).long()
    acc = (pred == y).float().mean().item()
    tp = ((pred == 1) & (y == 1)).sum().item()
    fp = ((pred == 1) & (y == 0)).sum().item()
    fn = ((pred == 0) & (y == 1)).sum().item()
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    brier = ((prob - y.float()) ** 2).mean().item()
    return {"acc": acc, "f1": f1, "brier": brier}


# --------------------------------------------------------------------------- calibration and thresholds

@torch.no_grad()
def reliability_bins(model, data, n_bins=4):
    """Expected calibration error with equal-width bins over p(exceedance)."""
    model.eval()
    x, y = data
    prob = F.softmax(model(x), -1)[:, 1]
    edges = torch.linspace(0, 1, n_bins + 1)
    ece, rows = 0.0, []
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (prob >= lo) & (prob < hi) if hi < 1 else (prob >= lo)
        if m.sum() == 0:
            rows.append((lo.item(), hi.item(), 0, float("nan"), float("nan")))
            continue
        conf, freq = prob[m].mean().item(), y[m].float().mean().item()
        ece += m.float().mean().item() * abs(conf - freq)
        rows.append((lo.item(), hi.item(), int(m.sum()), conf, freq))
    return ece, rows


@torch.no_grad()
def sweep_threshold(model, data, grid=(0.3, 0.4, 0.5, 0.6, 0.7)):
    model.eval()
    x, y = data
    prob = F.softmax(model(x), -1)[:, 1]
    best = (None, -1.0)
    for th in grid:
        pred = (prob > th).long()
        tp = ((pred == 1) & (y == 1)).sum().item()
        denom = 2 * tp + ((pred == 1) & (y == 0)).sum().item() + ((pred == 0) & (y == 1)).sum().item()
        f1 = 2 * tp / denom if denom else 0.0
        if f1 > best[1]:
            best = (th, f1)
    return best


def dump_config(cfg):
    width = max(len(k) for k in cfg)
    return "\n".join(f"  {k:<{width}} = {v}" for k, v in sorted(cfg.items()))


# --------------------------------------------------------------------------- attribution report

def sensor_attribution(model, x):
    """Mean |d p(exceedance) / d input| per sensor, computed on the deterministic (eval) model.

    The fused cuDNN kernels cannot give gradients of an eval-mode forward, so the
    attribution forward and backward run with cuDNN switched off.
    """
    model.eval()
    x = x.clone().requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        prob = F.softmax(model(x), -1)[:, 1]
        prob.sum().backward()
    model.zero_grad(set_to_none=True)
    return x.grad.abs().mean((0, 1))


def format_report(scores):
    order = scores.argsort(descending=True).tolist()
    width = max(len(s) for s in SENSORS)
    return "\n".join(f"  {SENSORS[i]:<{width}}  {scores[i].item():.4f}" for i in order)


# --------------------------------------------------------------------------- main

def get_args(argv):
    ap = argparse.ArgumentParser(description="mean-teacher PM10 exceedance detector")
    ap.add_argument("--epochs", type=int, default=CFG["epochs"])
    ap.add_argument("--ema", type=float, default=CFG["ema"])
    ap.add_argument("--cons-weight", type=float, default=CFG["cons_weight"])
    ap.add_argument("--hidden", type=int, default=CFG["hidden"])
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args(argv)


def run(argv=None):
    args = get_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="[%(levelname)s] %(message)s")
    cfg = dict(CFG, epochs=args.epochs, ema=args.ema, cons_weight=args.cons_weight, hidden=args.hidden)
    seed_everything(cfg["seed"])
    log.info("config:\n%s", dump_config(cfg))
    lab, unl, val = build_data(cfg)
    log.info("labelled %d unlabelled %d val %d", lab[0].shape[0], unl.shape[0], val[0].shape[0])

    student = DustNet(len(SENSORS), cfg["hidden"], cfg["layers"], cfg["dropout"])
    teacher = make_teacher(student)
    opt = torch.optim.Adam(student.parameters(), lr=cfg["lr"])
    tracker = MetricTracker("sup", "cons", "s_f1", "t_f1")
    best_state, best_f1 = None, -1.0
    t0 = time.perf_counter()
    for epoch in range(cfg["epochs"]):
        sup, cons = train_epoch(student, teacher, opt, lab, unl, cfg, epoch)
        s_metrics = evaluate(student, val, cfg)
        t_metrics = evaluate(teacher, val, cfg)
        tracker.add(sup=sup, cons=cons, s_f1=s_metrics["f1"], t_f1=t_metrics["f1"])
        log.info("epoch %d %s", epoch, tracker.row())
        if t_metrics["f1"] >= best_f1:
            best_f1 = t_metrics["f1"]
            best_state = copy.deepcopy(teacher.state_dict())
    log.info("training took %.2fs, best teacher f1 %.3f", time.perf_counter() - t0, best_f1)

    ece, rows = reliability_bins(teacher, val)
    th, f1 = sweep_threshold(teacher, val)
    log.info("teacher ECE %.4f over %d bins; best threshold %s (f1 %.3f)", ece, len(rows), th, f1)

    student.load_state_dict(best_state)
    scores = sensor_attribution(student, val[0])
    print("sensor attribution (best checkpoint):")
    print(format_report(scores))
    return tracker


if __name__ == "__main__":
    run()
