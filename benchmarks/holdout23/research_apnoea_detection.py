# expect: clean
"""Sleep-apnoea event detection from overnight polysomnography (airflow, SpO2, thoracic effort).

Research script: simulates nights with labelled apnoea/hypopnoea events, trains a CNN-BiGRU segment classifier,
tunes the decision threshold on a validation night, reports AHI error and event-level F1, and finally computes
per-channel saliency to check which signals drive the detections.

Usage: python research_apnoea_detection.py --epochs 2 --nights 4
"""
import argparse
import json
import logging
import os
import tempfile
import math
import random
from dataclasses import dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("apnoea")

CONFIG = dict(
    channels=("airflow", "spo2", "effort"),
    fs=4,                 # Hz after downsampling
    segment_s=8,          # seconds per classified segment
    context=3,            # segments of context on each side
    hidden=8,
    conv_channels=6,
    lr=3e-3,
    batch_size=8,
    pos_weight=3.0,
    thresholds=(0.3, 0.4, 0.5, 0.6, 0.7),
    finetune_epochs=1,
    seed=11,
)


@dataclass
class Night:
    signals: torch.Tensor   # [channels, samples]
    labels: torch.Tensor    # [segments] 0/1
    hours: float


# ------------------------------------------------------------------------------------------------------------
# simulation
# ------------------------------------------------------------------------------------------------------------
def simulate_night(cfg, n_segments, event_rate, rng):
    seg_len = cfg["fs"] * cfg["segment_s"]
    t = torch.arange(n_segments * seg_len).float() / cfg["fs"]
    airflow = torch.sin(2 * math.pi * t / 4.0)
    spo2 = torch.full_like(t, 0.96)
    effort = torch.sin(2 * math.pi * t / 4.0 + 0.3)
    labels = torch.zeros(n_segments)
    for s in range(n_segments):
        if rng.random() < event_rate:
            labels[s] = 1
            sl = slice(s * seg_len, (s + 1) * seg_len)
            airflow[sl] *= 0.15
            spo2[sl] -= 0.04 * torch.linspace(0, 1, seg_len)
    sig = torch.stack([airflow, spo2, effort]) + 0.05 * torch.randn(3, len(t))
    return Night(sig, labels, hours=n_segments * cfg["segment_s"] / 3600)


def normalise(sig):
    mu = sig.mean(-1, keepdim=True)
    sd = sig.std(-1, keepdim=True).clamp_min(1e-6)
    return (sig - mu) / sd


def segment_windows(night, cfg):
    """Return x [segments, context*2+1, channels, seg_len] and y [segments]."""
    seg_len = cfg["fs"] * cfg["segment_s"]
    sig = normalise(night.signals)
    n = night.labels.numel()
    segs = sig.reshape(sig.shape[0], n, seg_len).permute(1, 0, 2)
    pad = cfg["context"]
    padded = torch.cat([segs[:1].repeat(pad, 1, 1), segs, segs[-1:].repeat(pad, 1, 1)])
    x = torch.stack([padded[i:i + 2 * pad + 1] for i in range(n)])
    return x, night.labels


def loader(x, y, batch_size, shuffle, rng):
    idx = list(range(len(x)))
    if shuffle:
        rng.shuffle(idx)
    for s in range(0, len(idx), batch_size):
        j = torch.tensor(idx[s:s + batch_size])
        yield x[j], y[j]


# ------------------------------------------------------------------------------------------------------------
# model
# ------------------------------------------------------------------------------------------------------------
class SegmentEncoder(nn.Module):
    def __init__(self, in_ch, out_ch):
        super().__init__()
        self.conv = nn.Conv1d(in_ch, out_ch, 5, padding=2)
        self.bn = nn.BatchNorm1d(out_ch)

    def forward(self, x):                      # x: [B*T, C, L]
        return F.relu(self.bn(self.conv(x))).mean(-1)


class ApnoeaNet(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.enc = SegmentEncoder(len(cfg["channels"]), cfg["conv_channels"])
        self.rnn = nn.GRU(cfg["conv_channels"], cfg["hidden"], batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(2 * cfg["hidden"], 1)
        self.centre = cfg["context"]

    def forward(self, x):                      # x: [B, T, C, L]
        b, t = x.shape[:2]
        z = self.enc(x.flatten(0, 1)).view(b, t, -1)
        h, _ = self.rnn(z)
        return self.head(self.drop(h[:, self.centre])).squeeze(-1)


# ------------------------------------------------------------------------------------------------------------
# metrics
# ------------------------------------------------------------------------------------------------------------
def confusion(pred, true):
    tp = ((pred == 1) & (true == 1)).sum().item()
    fp = ((pred == 1) & (true == 0)).sum().item()
    fn = ((pred == 0) & (true == 1)).sum().item()
    tn = ((pred == 0) & (true == 0)).sum().item()
    return tp, fp, fn, tn


def f1_score(pred, true):
    tp, fp, fn, _ = confusion(pred, true)
    return 2 * tp / max(2 * tp + fp + fn, 1)


def ahi(events, hours):
    return events / max(hours, 1e-6)


def ahi_error(pred, night):
    return abs(ahi(pred.sum().item(), night.hours) - ahi(night.labels.sum().item(), night.hours))


# ------------------------------------------------------------------------------------------------------------
# train / evaluate
# ------------------------------------------------------------------------------------------------------------
def train_epoch(model, opt, x, y, cfg, rng):
    model.train()
    pos_weight = torch.tensor(cfg["pos_weight"])
    losses = []
    for xb, yb in loader(x, y, cfg["batch_size"], True, rng):
        loss = F.binary_cross_entropy_with_logits(model(xb), yb, pos_weight=pos_weight)
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)


def predict_proba(model, x, cfg):
    model.eval()
    out = []
    with torch.no_grad():
        for xb, _ in loader(x, torch.zeros(len(x)), cfg["batch_size"], False, None):
            out.append(torch.sigmoid(model(xb)))
    return torch.cat(out)


def tune_threshold(model, x, y, cfg):
    proba = predict_proba(model, x, cfg)
    scores = {th: f1_score((proba > th).long(), y.long()) for th in cfg["thresholds"]}
    best = max(scores, key=scores.get)
    logger.info("threshold scan %s -> %.2f", {k: round(v, 3) for k, v in scores.items()}, best)
    return best


def evaluate_night(model, night, cfg, threshold):
    x, y = segment_windows(night, cfg)
    pred = (predict_proba(model, x, cfg) > threshold).long()
    return {"f1": f1_score(pred, y.long()), "ahi_err": ahi_error(pred, night)}


def freeze_batchnorm(model):
    """Fine-tuning on one patient: keep BN statistics from the population model."""
    for m in model.modules():
        if isinstance(m, nn.BatchNorm1d):
            m.eval()


def finetune_patient(model, night, cfg, rng):
    x, y = segment_windows(night, cfg)
    opt = torch.optim.Adam([p for n, p in model.named_parameters() if not n.startswith("enc.")], lr=cfg["lr"] / 3)
    for epoch in range(cfg["finetune_epochs"]):
        loss = train_epoch(model, opt, x, y, cfg, rng)
        freeze_batchnorm(model)
        logger.info("patient finetune epoch %d loss %.4f", epoch, loss)


def channel_saliency(model, night, cfg):
    """|d logit / d input| averaged per channel. Runs in eval mode (dropout/BN frozen) with cuDNN disabled, the
    only way to differentiate through an eval-mode GRU on GPU."""
    x, _ = segment_windows(night, cfg)
    x = x[: cfg["batch_size"]].clone().requires_grad_(True)
    model.eval()
    with torch.backends.cudnn.flags(enabled=False):
        logits = model(x)
        logits.sum().backward()
    sal = x.grad.abs().mean(dim=(0, 1, 3))
    model.zero_grad(set_to_none=True)
    return {ch: round(v, 5) for ch, v in zip(cfg["channels"], sal.tolist())}


# ------------------------------------------------------------------------------------------------------------
# reporting
# ------------------------------------------------------------------------------------------------------------
def bootstrap_f1(pred, true, n_boot=20, seed=0):
    """Percentile bootstrap CI for segment-level F1."""
    g = torch.Generator().manual_seed(seed)
    vals = []
    for _ in range(n_boot):
        idx = torch.randint(0, len(pred), (len(pred),), generator=g)
        vals.append(f1_score(pred[idx], true[idx]))
    vals.sort()
    return vals[int(0.05 * n_boot)], vals[int(0.95 * n_boot) - 1]


def warmup_lambda(warmup_steps):
    def fn(step):
        return min(1.0, (step + 1) / max(warmup_steps, 1))
    return fn


def export_report(report):
    """Write the run report next to other runs, read it back for the log, then clean up."""
    fd, path = tempfile.mkstemp(suffix=".json", prefix="apnoea_report_")
    try:
        with os.fdopen(fd, "w") as fh:
            json.dump(report, fh, indent=2, default=str)
        with open(path) as fh:
            size = len(fh.read())
        logger.info("report written (%d bytes)", size)
    finally:
        os.remove(path)


def test_report(model, night, cfg, threshold):
    x, y = segment_windows(night, cfg)
    pred = (predict_proba(model, x, cfg) > threshold).long()
    lo, hi = bootstrap_f1(pred, y.long())
    return {"f1": f1_score(pred, y.long()), "f1_ci": (round(lo, 3), round(hi, 3)),
            "ahi_true": ahi(night.labels.sum().item(), night.hours),
            "ahi_pred": ahi(pred.sum().item(), night.hours)}


# ------------------------------------------------------------------------------------------------------------
# main
# ------------------------------------------------------------------------------------------------------------
def parse_args(argv=None):
    ap = argparse.ArgumentParser(description="apnoea segment detection")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--nights", type=int, default=4)
    ap.add_argument("--segments", type=int, default=12)
    ap.add_argument("--event-rate", type=float, default=0.3)
    ap.add_argument("--verbose", action="store_true")
    return ap.parse_args(argv)


def stack_nights(nights, cfg):
    xs, ys = zip(*(segment_windows(n, cfg) for n in nights))
    return torch.cat(xs), torch.cat(ys)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="[%(levelname)s] %(message)s")
    cfg = dict(CONFIG)
    rng = random.Random(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    nights = [simulate_night(cfg, args.segments, args.event_rate, rng) for _ in range(args.nights)]
    train_n, val_n, test_n = nights[:-2], nights[-2], nights[-1]
    x_tr, y_tr = stack_nights(train_n, cfg)
    x_va, y_va = segment_windows(val_n, cfg)
    logger.info("train segments %d (pos %.2f)", len(y_tr), y_tr.mean().item())

    model = ApnoeaNet(cfg)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"])
    sched = torch.optim.lr_scheduler.LambdaLR(opt, warmup_lambda(2))
    history = []
    for epoch in range(args.epochs):
        loss = train_epoch(model, opt, x_tr, y_tr, cfg, rng)
        val = evaluate_night(model, val_n, cfg, 0.5)
        sched.step()
        history.append((loss, val))
        logger.info("epoch %d loss %.4f val %s", epoch, loss, val)

    th = tune_threshold(model, x_va, y_va, cfg)
    logger.info("test (population model): %s", evaluate_night(model, test_n, cfg, th))
    finetune_patient(model, test_n, cfg, rng)
    logger.info("test (after patient finetune): %s", evaluate_night(model, test_n, cfg, th))
    logger.info("channel saliency: %s", channel_saliency(model, test_n, cfg))
    export_report({"config": cfg, "threshold": th, "test": test_report(model, test_n, cfg, th),
                   "history": history})
    logger.info("done; %d epochs logged", len(history))


if __name__ == "__main__":
    main([])
