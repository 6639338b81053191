# expect: crash
"""Seismograph P/S phase picker.

A bidirectional GRU labels every sample of a three-component waveform window as noise, P
arrival or S arrival.  This is the research script used for the station-transfer experiments:
synthetic windows are generated on the fly, the model is trained with a class-weighted
cross-entropy, picks are extracted by peak finding on the per-sample probabilities and scored
against the catalogue picks with a tolerance window.

Usage:
    python seismograph_phase_picker.py --epochs 2 --steps 6
"""
import argparse
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

LOG = logging.getLogger("picker")

DEFAULT_CONFIG = {
    "seed": 31,
    "data": {
        "window": 24,
        "components": 3,
        "batch_size": 4,
        "noise_level": 0.3,
        "p_range": (4, 10),
        "s_gap": (4, 9),
    },
    "model": {
        "conv_channels": 8,
        "hidden": 8,
        "layers": 1,
        "dropout": 0.1,
        "n_classes": 3,
    },
    "optim": {
        "lr": 3e-3,
        "weight_decay": 1e-4,
        "clip": 1.0,
        "class_weights": (0.2, 1.0, 1.0),
    },
    "eval": {
        "tolerance": 2,
        "threshold": 0.4,
        "val_batches": 2,
    },
    "diagnostics": {
        "every": 4,
        "probe_size": 2,
    },
}


# --------------------------------------------------------------------------------------------
# configuration helpers
# --------------------------------------------------------------------------------------------
def deep_update(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_update(out[k], v)
        else:
            out[k] = v
    return out


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=2)
    p.add_argument("--steps", type=int, default=6, help="optimisation steps per epoch")
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--diag-every", type=int, default=None)
    p.add_argument("--save-metrics", action="store_true")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def build_config(args):
    override = {}
    if args.lr is not None:
        override.setdefault("optim", {})["lr"] = args.lr
    if args.hidden is not None:
        override.setdefault("model", {})["hidden"] = args.hidden
    if args.diag_every is not None:
        override.setdefault("diagnostics", {})["every"] = args.diag_every
    return deep_update(DEFAULT_CONFIG, override)


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# --------------------------------------------------------------------------------------------
# synthetic data
# --------------------------------------------------------------------------------------------
def ricker(length, centre, width=1.5):
    t = torch.arange(length, dtype=torch.float32) - centre
    a = (t / width) ** 2
    return (1 - 2 * a) * torch.exp(-a)


def synth_window(cfg):
    d = cfg["data"]
    w, c = d["window"], d["components"]
    p = random.randint(*d["p_range"])
    s = min(w - 2, p + random.randint(*d["s_gap"]))
    x = d["noise_level"] * torch.randn(c, w)
    x[0] += ricker(w, p)
    x[1] += 0.6 * ricker(w, s, 2.0)
    x[2] += 0.8 * ricker(w, s, 2.0)
    labels = torch.zeros(w, dtype=torch.long)
    labels[max(0, p - 1):p + 2] = 1
    labels[max(0, s - 1):s + 2] = 2
    return x, labels, p, s


def synth_batch(cfg):
    xs, ys, ps, ss = zip(*(synth_window(cfg) for _ in range(cfg["data"]["batch_size"])))
    return torch.stack(xs), torch.stack(ys), list(ps), list(ss)


# --------------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------------
class ConvFrontEnd(nn.Module):
    def __init__(self, c_in, c_out):
        super().__init__()
        self.conv1 = nn.Conv1d(c_in, c_out, kernel_size=5, padding=2)
        self.conv2 = nn.Conv1d(c_out, c_out, kernel_size=3, padding=1)
        self.norm = nn.BatchNorm1d(c_out)

    def forward(self, x):
        h = F.relu(self.conv1(x))
        return F.relu(self.norm(self.conv2(h)))


class PhasePicker(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        m = cfg["model"]
        self.front = ConvFrontEnd(cfg["data"]["components"], m["conv_channels"])
        self.gru = nn.GRU(m["conv_channels"], m["hidden"], num_layers=m["layers"],
                          batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(m["dropout"])
        self.cls = nn.Linear(2 * m["hidden"], m["n_classes"])

    def forward(self, x, return_hidden=False):
        feats = self.front(x).transpose(1, 2)
        h, _ = self.gru(feats)
        logits = self.cls(self.drop(h))
        if return_hidden:
            return logits, h
        return logits


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------------------------
def extract_picks(prob, threshold):
    """prob: (T,) probabilities for one phase. Returns local maxima above the threshold."""
    picks = []
    for t in range(1, prob.shape[0] - 1):
        if prob[t] >= threshold and prob[t] >= prob[t - 1] and prob[t] >= prob[t + 1]:
            picks.append(t)
    return picks


def match_picks(predicted, true, tol):
    tp = sum(1 for t in predicted if abs(t - true) <= tol)
    fp = len(predicted) - tp
    fn = 0 if tp else 1
    return min(tp, 1), fp, fn


class PickMetrics:
    def __init__(self, tolerance):
        self.tol = tolerance
        self.counts = defaultdict(lambda: [0, 0, 0])
        self.residuals = defaultdict(list)

    def update(self, probs, ps, ss, threshold):
        for b in range(probs.shape[0]):
            for phase, idx, truth in (("P", 1, ps[b]), ("S", 2, ss[b])):
                picks = extract_picks(probs[b, :, idx], threshold)
                tp, fp, fn = match_picks(picks, truth, self.tol)
                c = self.counts[phase]
                c[0] += tp
                c[1] += fp
                c[2] += fn
                if picks:
                    best = min(picks, key=lambda t: abs(t - truth))
                    self.residuals[phase].append(best - truth)

    def summary(self):
        out = {}
        for phase, (tp, fp, fn) in self.counts.items():
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            res = self.residuals[phase]
            mae = sum(abs(r) for r in res) / len(res) if res else float("nan")
            out[phase] = {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3),
                          "mae_samples": round(mae, 3) if not math.isnan(mae) else None}
        return out


# --------------------------------------------------------------------------------------------
# diagnostics
# --------------------------------------------------------------------------------------------
class HiddenStateMonitor:
    """Tracks how saturated the recurrent state is on a fixed probe batch.

    Dropout would make these numbers jumpy, so the probe forward runs without it."""

    def __init__(self, cfg):
        n = cfg["diagnostics"]["probe_size"]
        probe_cfg = deep_update(cfg, {"data": {"batch_size": n}})
        self.probe, _, _, _ = synth_batch(probe_cfg)
        self.history = []

    def __call__(self, model, step):
        model.eval()
        with torch.no_grad():
            _, h = model(self.probe, return_hidden=True)
        sat = (h.abs() > 0.95).float().mean().item()
        norm = h.norm(dim=-1).mean().item()
        self.history.append({"step": step, "saturation": sat, "norm": norm})
        LOG.debug("step %d hidden saturation %.3f norm %.3f", step, sat, norm)


# --------------------------------------------------------------------------------------------
# training / evaluation
# --------------------------------------------------------------------------------------------
def make_optimizer(model, cfg):
    o = cfg["optim"]
    decay, no_decay = [], []
    for n, p in model.named_parameters():
        (no_decay if n.endswith("bias") or "norm" in n else decay).append(p)
    return torch.optim.AdamW([{"params": decay, "weight_decay": o["weight_decay"]},
                              {"params": no_decay, "weight_decay": 0.0}], lr=o["lr"])


def loss_fn(logits, labels, cfg):
    weights = torch.tensor(cfg["optim"]["class_weights"], dtype=torch.float32)
    return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), labels.reshape(-1), weight=weights)


def train_one_epoch(model, opt, cfg, epoch, steps, state, monitor):
    model.train()
    running = 0.0
    t0 = time.time()
    for step in range(steps):
        x, y, _, _ = synth_batch(cfg)
        logits = model(x)
        loss = loss_fn(logits, y, cfg)
        opt.zero_grad(set_to_none=True)
        loss.backward()  # TM001-here
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        opt.step()
        running += loss.item()
        state["global_step"] += 1
        if state["global_step"] % cfg["diagnostics"]["every"] == 0:
            monitor(model, state["global_step"])
    LOG.info("epoch %d train loss %.4f (%.2fs)", epoch, running / steps, time.time() - t0)
    return running / steps


def evaluate(model, cfg):
    model.eval()
    metrics = PickMetrics(cfg["eval"]["tolerance"])
    total = 0.0
    with torch.no_grad():
        for _ in range(cfg["eval"]["val_batches"]):
            x, y, ps, ss = synth_batch(cfg)
            logits = model(x)
            total += loss_fn(logits, y, cfg).item()
            metrics.update(F.softmax(logits, dim=-1), ps, ss, cfg["eval"]["threshold"])
    return total / cfg["eval"]["val_batches"], metrics.summary()


def save_metrics(history):
    fd, path = tempfile.mkstemp(suffix=".json", prefix="picker_")
    with os.fdopen(fd, "w") as fh:
        json.dump(history, fh, indent=1)
    LOG.info("metrics written to %s", path)
    os.remove(path)


# --------------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------------
def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(stream=sys.stdout, level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    cfg = build_config(args)
    set_seed(cfg["seed"])
    model = PhasePicker(cfg)
    LOG.info("model has %d trainable parameters", count_parameters(model))
    opt = make_optimizer(model, cfg)
    monitor = HiddenStateMonitor(cfg)
    state = {"global_step": 0}
    history = []
    best_f1 = -1.0
    for epoch in range(args.epochs):
        train_loss = train_one_epoch(model, opt, cfg, epoch, args.steps, state, monitor)
        val_loss, summary = evaluate(model, cfg)
        f1 = sum(v["f1"] for v in summary.values()) / max(len(summary), 1)
        best_f1 = max(best_f1, f1)
        LOG.info("epoch %d val loss %.4f mean F1 %.3f %s", epoch, val_loss, f1, summary)
        history.append({"epoch": epoch, "train_loss": train_loss, "val_loss": val_loss, "picks": summary})
    LOG.info("best mean F1 %.3f; monitor samples %d", best_f1, len(monitor.history))
    if args.save_metrics:
        save_metrics(history)
    return history


if __name__ == "__main__":
    main()
