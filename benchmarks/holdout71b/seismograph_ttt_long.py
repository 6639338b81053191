# expect: crash
"""
Volcano seismograph event classification with test-time training (TTT).

Research-code layout: a config dict, argparse overrides, logging, a synthetic
dataset, metrics, a training loop with warmup/cosine LR, and an evaluation that
adapts a copy of the encoder on each test batch with a self-supervised
(next-step prediction) loss before classifying.

Usage:
    python seismograph_ttt_long.py --epochs 2 --ttt-steps 1
"""
import argparse
import copy
import json
import logging
import math
import os
import random
import sys
import tempfile
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("seismo")

CONFIG = {
    "seed": 21,
    "data": {
        "n_train": 24,
        "n_test": 8,
        "seq_len": 12,
        "channels": 3,
        "n_classes": 3,
        "noise": 0.3,
    },
    "model": {
        "hidden": 12,
        "layers": 1,
        "dropout": 0.0,
        "aux_weight": 0.5,
    },
    "optim": {
        "lr": 3e-3,
        "weight_decay": 1e-4,
        "warmup_steps": 2,
        "epochs": 2,
        "batch_size": 8,
        "clip": 1.0,
    },
    "ttt": {
        "steps": 1,
        "lr": 1e-3,
        "reset_each_batch": True,
    },
    "out_dir": None,
}


# ---------------------------------------------------------------------------
# utilities
# ---------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def deep_update(base, overrides):
    out = copy.deepcopy(base)
    for k, v in overrides.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_update(out[k], v)
        else:
            out[k] = v
    return out


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.sum = 0.0
        self.n = 0

    def update(self, value, n=1):
        self.sum += float(value) * n
        self.n += n

    @property
    def avg(self):
        return self.sum / max(self.n, 1)


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.t0
        return False


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------
def synth_events(n, seq_len, channels, n_classes, noise, shift=0.0):
    """Three event types: tremor (low freq), long-period, volcano-tectonic spike."""
    t = torch.linspace(0, 1, seq_len)
    xs, ys = [], []
    for _ in range(n):
        c = random.randrange(n_classes)
        base = torch.zeros(seq_len, channels)
        if c == 0:
            base += torch.sin(2 * math.pi * 2 * t).unsqueeze(-1)
        elif c == 1:
            base += torch.sin(2 * math.pi * 0.5 * t).unsqueeze(-1) * 1.5
        else:
            k = random.randrange(seq_len)
            base[k] += 3.0
        base += noise * torch.randn(seq_len, channels) + shift
        xs.append(base)
        ys.append(c)
    return torch.stack(xs), torch.tensor(ys)


def batches(x, y, bs, shuffle=True):
    idx = list(range(len(x)))
    if shuffle:
        random.shuffle(idx)
    for i in range(0, len(idx), bs):
        j = idx[i:i + bs]
        yield x[j], y[j]


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------
class Encoder(nn.Module):
    def __init__(self, channels, hidden, layers, dropout):
        super().__init__()
        self.proj = nn.Linear(channels, hidden)
        self.rnn = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True,
                           dropout=dropout if layers > 1 else 0.0)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return h


class SeismoNet(nn.Module):
    def __init__(self, channels, hidden, layers, dropout, n_classes):
        super().__init__()
        self.encoder = Encoder(channels, hidden, layers, dropout)
        self.cls_head = nn.Linear(hidden, n_classes)
        self.aux_head = nn.Linear(hidden, channels)   # next-step prediction

    def forward(self, x):
        h = self.encoder(x)
        return self.cls_head(h[:, -1]), self.aux_head(h[:, :-1])


def aux_loss(pred_next, x):
    return F.mse_loss(pred_next, x[:, 1:])


# ---------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------
def confusion(pred, target, n):
    m = torch.zeros(n, n, dtype=torch.long)
    for p, t in zip(pred.tolist(), target.tolist()):
        m[t, p] += 1
    return m


def macro_f1(cm):
    f1s = []
    for k in range(cm.size(0)):
        tp = cm[k, k].item()
        fp = cm[:, k].sum().item() - tp
        fn = cm[k, :].sum().item() - tp
        denom = 2 * tp + fp + fn
        f1s.append(0.0 if denom == 0 else 2 * tp / denom)
    return sum(f1s) / len(f1s)


# ---------------------------------------------------------------------------
# training
# ---------------------------------------------------------------------------
def lr_at(step, total, cfg):
    if step < cfg["warmup_steps"]:
        return cfg["lr"] * (step + 1) / cfg["warmup_steps"]
    p = (step - cfg["warmup_steps"]) / max(1, total - cfg["warmup_steps"])
    return cfg["lr"] * 0.5 * (1 + math.cos(math.pi * p))


def train(model, data, cfg):
    ocfg = cfg["optim"]
    opt = torch.optim.AdamW(model.parameters(), lr=ocfg["lr"], weight_decay=ocfg["weight_decay"])
    x, y = data
    steps_per_epoch = math.ceil(len(x) / ocfg["batch_size"])
    total = steps_per_epoch * ocfg["epochs"]
    step = 0
    history = defaultdict(list)
    model.train()
    for epoch in range(ocfg["epochs"]):
        meter = AverageMeter()
        for xb, yb in batches(x, y, ocfg["batch_size"]):
            for g in opt.param_groups:
                g["lr"] = lr_at(step, total, ocfg)
            logits, nxt = model(xb)
            loss = F.cross_entropy(logits, yb) + cfg["model"]["aux_weight"] * aux_loss(nxt, xb)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), ocfg["clip"])
            opt.step()
            meter.update(loss.item(), len(xb))
            step += 1
        history["train_loss"].append(meter.avg)
        LOG.info("epoch %d loss %.4f", epoch, meter.avg)
    return history


@torch.no_grad()
def evaluate_plain(model, data, n_classes):
    model.eval()
    x, y = data
    logits, _ = model(x)
    cm = confusion(logits.argmax(-1), y, n_classes)
    return {"acc": (cm.diag().sum() / cm.sum()).item(), "f1": macro_f1(cm)}


def ttt_adapt(model, xb, tcfg):
    """Self-supervised adaptation of the encoder on one unlabeled test batch."""
    opt = torch.optim.SGD(model.encoder.parameters(), lr=tcfg["lr"])
    for _ in range(tcfg["steps"]):
        _, nxt = model(xb)
        loss = aux_loss(nxt, xb)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def evaluate_ttt(model, data, cfg):
    tcfg = cfg["ttt"]
    n_classes = cfg["data"]["n_classes"]
    x, y = data
    preds, aux = [], AverageMeter()
    base_state = copy.deepcopy(model.state_dict())
    for xb, _ in batches(x, y, cfg["optim"]["batch_size"], shuffle=False):
        if tcfg["reset_each_batch"]:
            model.load_state_dict(base_state)
        aux.update(ttt_adapt(model, xb, tcfg), len(xb))
        with torch.no_grad():
            logits, _ = model(xb)
        preds.append(logits.argmax(-1))
    model.load_state_dict(base_state)
    cm = confusion(torch.cat(preds), y, n_classes)
    return {"acc": (cm.diag().sum() / cm.sum()).item(), "f1": macro_f1(cm), "aux": aux.avg}


# ---------------------------------------------------------------------------
# io
# ---------------------------------------------------------------------------
def save_report(report, out_dir):
    path = os.path.join(out_dir, "report.json")
    with open(path, "w") as fh:
        json.dump(report, fh, indent=2)
    return path


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--ttt-steps", type=int, default=None)
    ap.add_argument("--ttt-lr", type=float, default=None)
    ap.add_argument("--hidden", type=int, default=None)
    ap.add_argument("--shift", type=float, default=0.5, help="test-time covariate shift")
    ap.add_argument("--no-ttt", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    return ap.parse_args(argv)


def config_from_args(args):
    over = {"optim": {}, "ttt": {}, "model": {}}
    if args.epochs is not None:
        over["optim"]["epochs"] = args.epochs
    if args.ttt_steps is not None:
        over["ttt"]["steps"] = args.ttt_steps
    if args.ttt_lr is not None:
        over["ttt"]["lr"] = args.ttt_lr
    if args.hidden is not None:
        over["model"]["hidden"] = args.hidden
    return deep_update(CONFIG, over)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s", stream=sys.stdout)
    cfg = config_from_args(args)
    set_seed(cfg["seed"])
    d = cfg["data"]
    train_data = synth_events(d["n_train"], d["seq_len"], d["channels"], d["n_classes"], d["noise"])
    test_data = synth_events(d["n_test"], d["seq_len"], d["channels"], d["n_classes"], d["noise"],
                             shift=args.shift)
    m = cfg["model"]
    model = SeismoNet(d["channels"], m["hidden"], m["layers"], m["dropout"], d["n_classes"])
    LOG.info("parameters: %d", count_parameters(model))

    with Timer() as t:
        history = train(model, train_data, cfg)
    LOG.info("training took %.2fs", t.elapsed)

    report = {"history": dict(history), "plain": evaluate_plain(model, test_data, d["n_classes"])}
    LOG.info("plain: %s", report["plain"])
    if not args.no_ttt:
        report["ttt"] = evaluate_ttt(model, test_data, cfg)
        LOG.info("ttt: %s", report["ttt"])

    with tempfile.TemporaryDirectory() as out_dir:
        path = save_report(report, out_dir)
        LOG.info("wrote %s (%d bytes)", os.path.basename(path), os.path.getsize(path))
    return report


if __name__ == "__main__":
    main()
