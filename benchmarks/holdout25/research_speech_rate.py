# expect: clean
"""Syllable-rate estimation from frame-level acoustic features.

Experiment script: LSTM regressor of syllables per second with an auxiliary voicing tagger, cosine LR schedule,
per-speaker metrics, a gradient-norm sanity monitor and a best-checkpoint export.

    python research_speech_rate.py --epochs 2
"""
import argparse
import contextlib
import csv
import io
import logging
import math
import os
import random
import statistics
import tempfile
from dataclasses import dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("speechrate")

CONFIG = {
    "seed": 28,
    "n_mfcc": 6,
    "hidden": 10,
    "frames": 12,
    "batch": 4,
    "speakers": 3,
    "utts_per_speaker": 4,
    "epochs": 2,
    "lr": 1e-2,
    "min_lr": 1e-4,
    "aux_weight": 0.3,
    "monitor_every": 2,
    "export": True,
}


@dataclass
class Utterance:
    speaker: int
    feats: torch.Tensor
    voicing: torch.Tensor
    rate: float


# ---------------------------------------------------------------------------------------------------- helpers
def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def get_args(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    ap.add_argument("--lr", type=float, default=CONFIG["lr"])
    ap.add_argument("--no-export", action="store_true")
    ap.add_argument("--log-level", default="INFO")
    return ap.parse_args(argv)


def cosine_lr(step, total, base, floor):
    if total <= 1:
        return base
    return floor + 0.5 * (base - floor) * (1 + math.cos(math.pi * step / (total - 1)))


@contextlib.contextmanager
def inference_mode_of(module):
    """Evaluation mode for the duration of the block; the previous mode comes back afterwards."""
    previous = module.training
    module.eval()
    try:
        with torch.no_grad():
            yield module
    finally:
        module.train(previous)


def make_corpus(cfg, gen):
    corpus = []
    for spk in range(cfg["speakers"]):
        speed = 3.0 + spk
        for _ in range(cfg["utts_per_speaker"]):
            feats = torch.randn(cfg["frames"], cfg["n_mfcc"], generator=gen)
            voicing = (torch.rand(cfg["frames"], generator=gen) > 0.4).float()
            feats[:, 0] += voicing * speed / 3
            corpus.append(Utterance(spk, feats, voicing, speed + 0.1 * torch.randn(1, generator=gen).item()))
    return corpus


def split_by_speaker(corpus, held_out):
    train = [u for u in corpus if u.speaker != held_out]
    test = [u for u in corpus if u.speaker == held_out]
    return train, test


def collate(utts):
    feats = torch.stack([u.feats for u in utts])
    voicing = torch.stack([u.voicing for u in utts])
    rate = torch.tensor([u.rate for u in utts])
    speakers = torch.tensor([u.speaker for u in utts])
    return feats, voicing, rate, speakers


def batches(utts, size, shuffle):
    order = list(range(len(utts)))
    if shuffle:
        random.shuffle(order)
    for i in range(0, len(order), size):
        yield collate([utts[j] for j in order[i:i + size]])


# ---------------------------------------------------------------------------------------------------- model
class RateEstimator(nn.Module):
    def __init__(self, n_mfcc, hidden):
        super().__init__()
        self.norm = nn.LayerNorm(n_mfcc)
        self.lstm = nn.LSTM(n_mfcc, hidden, batch_first=True)
        self.voicing = nn.Linear(hidden, 1)
        self.rate = nn.Sequential(nn.Linear(hidden, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, feats):
        h, _ = self.lstm(self.norm(feats))
        voiced = self.voicing(h).squeeze(-1)
        pooled = (h * torch.sigmoid(voiced).unsqueeze(-1)).mean(1)
        return self.rate(pooled).squeeze(-1), voiced


def loss_fn(model_out, voicing, rate, aux_weight):
    pred_rate, voiced_logits = model_out
    main = F.smooth_l1_loss(pred_rate, rate)
    aux = F.binary_cross_entropy_with_logits(voiced_logits, voicing)
    return main + aux_weight * aux, main.item(), aux.item()


# ---------------------------------------------------------------------------------------------------- metrics
def mae(pred, gold):
    return (pred - gold).abs().mean().item()


def pearson(pred, gold):
    p, g = pred - pred.mean(), gold - gold.mean()
    denom = p.norm() * g.norm()
    return (p @ g / denom).item() if denom > 0 else 0.0


def per_speaker(pred, gold, speakers):
    out = {}
    for s in speakers.unique().tolist():
        m = speakers == s
        out[s] = mae(pred[m], gold[m])
    return out


def evaluate(model, utts, cfg):
    preds, golds, spks = [], [], []
    with inference_mode_of(model):
        for feats, voicing, rate, speakers in batches(utts, cfg["batch"], shuffle=False):
            pred, _ = model(feats)
            preds.append(pred)
            golds.append(rate)
            spks.append(speakers)
    pred, gold, spk = torch.cat(preds), torch.cat(golds), torch.cat(spks)
    return {"mae": mae(pred, gold), "r": pearson(pred, gold), "per_speaker": per_speaker(pred, gold, spk)}


class GradMonitor:
    """Keeps a running record of the gradient norm of the recurrent weights."""

    def __init__(self, module):
        self.module = module
        self.norms = []

    def record(self):
        total = 0.0
        for p in self.module.parameters():
            if p.grad is not None:
                total += p.grad.pow(2).sum().item()
        self.norms.append(math.sqrt(total))

    def summary(self):
        if not self.norms:
            return "no gradients recorded"
        return f"grad-norm mean {statistics.mean(self.norms):.3f} max {max(self.norms):.3f}"


# ---------------------------------------------------------------------------------------------------- loop
def fit(model, train_utts, dev_utts, cfg, args):
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    monitor = GradMonitor(model.lstm)
    steps_per_epoch = math.ceil(len(train_utts) / cfg["batch"])
    total = steps_per_epoch * args.epochs
    step = 0
    best = (math.inf, None)
    model.train()
    for epoch in range(args.epochs):
        running = []
        for feats, voicing, rate, _ in batches(train_utts, cfg["batch"], shuffle=True):
            for group in opt.param_groups:
                group["lr"] = cosine_lr(step, total, args.lr, cfg["min_lr"])
            out = model(feats)
            loss, main, aux = loss_fn(out, voicing, rate, cfg["aux_weight"])
            if step % cfg["monitor_every"] == 0:
                # dev numbers for the log line, computed before this step's update
                dev = evaluate(model, dev_utts, cfg)
                log.info("step %d dev mae %.3f r %.3f", step, dev["mae"], dev["r"])
            opt.zero_grad()
            loss.backward()
            monitor.record()
            opt.step()
            running.append(main)
            step += 1
        dev = evaluate(model, dev_utts, cfg)
        log.info("epoch %d train %.4f dev mae %.4f", epoch, statistics.mean(running), dev["mae"])
        if dev["mae"] < best[0]:
            best = (dev["mae"], {k: v.clone() for k, v in model.state_dict().items()})
    log.info(monitor.summary())
    return best


def export_predictions(model, utts, cfg):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["speaker", "gold", "pred"])
    with inference_mode_of(model):
        for feats, _, rate, spk in batches(utts, cfg["batch"], shuffle=False):
            pred, _ = model(feats)
            for s, g, p in zip(spk.tolist(), rate.tolist(), pred.tolist()):
                writer.writerow([s, f"{g:.3f}", f"{p:.3f}"])
    fd, path = tempfile.mkstemp(suffix=".csv")
    try:
        with os.fdopen(fd, "w") as fh:
            fh.write(buf.getvalue())
        log.info("wrote %d bytes of predictions", os.path.getsize(path))
    finally:
        os.remove(path)


def bootstrap_ci(pred, gold, n_boot=50, alpha=0.1, seed=0):
    """Percentile bootstrap interval for the MAE."""
    rng = random.Random(seed)
    n = len(pred)
    stats = []
    for _ in range(n_boot):
        idx = [rng.randrange(n) for _ in range(n)]
        stats.append(mae(pred[idx], gold[idx]))
    stats.sort()
    lo = stats[int(alpha / 2 * n_boot)]
    hi = stats[min(n_boot - 1, int((1 - alpha / 2) * n_boot))]
    return lo, hi


def collect_predictions(model, utts, cfg):
    preds, golds = [], []
    with inference_mode_of(model):
        for feats, _, rate, _ in batches(utts, cfg["batch"], shuffle=False):
            pred, _ = model(feats)
            preds.append(pred)
            golds.append(rate)
    return torch.cat(preds), torch.cat(golds)


def format_table(per_spk):
    lines = ["speaker | MAE", "--------|------"]
    for spk, err in sorted(per_spk.items()):
        lines.append(f"{spk:7d} | {err:.3f}")
    return "\n".join(lines)


def describe_config(cfg):
    width = max(len(k) for k in cfg)
    return "\n".join(f"{k.ljust(width)} = {v}" for k, v in sorted(cfg.items()))


def main(argv=None):
    args = get_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level), format="%(levelname)s %(message)s")
    cfg = dict(CONFIG)
    seed_everything(cfg["seed"])
    gen = torch.Generator().manual_seed(cfg["seed"])
    corpus = make_corpus(cfg, gen)
    train_utts, test_utts = split_by_speaker(corpus, held_out=cfg["speakers"] - 1)
    dev_utts = train_utts[::4]
    model = RateEstimator(cfg["n_mfcc"], cfg["hidden"])
    best_mae, best_state = fit(model, train_utts, dev_utts, cfg, args)
    if best_state is not None:
        model.load_state_dict(best_state)
    log.debug("config\n%s", describe_config(cfg))
    result = evaluate(model, test_utts, cfg)
    pred, gold = collect_predictions(model, test_utts, cfg)
    lo, hi = bootstrap_ci(pred, gold)
    print(format_table(result["per_speaker"]))
    print(f"90% CI for MAE: [{lo:.3f}, {hi:.3f}]")
    print(f"held-out speaker MAE {result['mae']:.3f} r={result['r']:.3f} (dev best {best_mae:.3f})")
    if cfg["export"] and not args.no_export:
        export_predictions(model, test_utts, cfg)


if __name__ == "__main__":
    main([])
