# expect: crash
"""Whisky cask maturation: classify cask type (bourbon / sherry / port / virgin oak) from the
monthly sensor log of a warehouse bay (temperature, humidity, angel's-share loss).

Only a handful of casks carry a label from the cooper's ledger; the rest are used by
self-training: a pseudo-labelling pass over the unlabelled logs produces soft targets and
the model is trained on them with a confidence mask, next to the supervised loss.

    python whisky_cask_selftrain.py --rounds 2 --steps 3
"""
import argparse
import logging
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("casks")

CASK_TYPES = ("bourbon", "sherry", "port", "virgin_oak")

CONFIG = {
    "seed": 51,
    "months": 10,
    "sensors": 3,
    "labelled": 12,
    "unlabelled": 24,
    "batch": 4,
    "hidden": 10,
    "embed_bay": 3,
    "n_bays": 4,
    "dropout": 0.2,
    "lr": 5e-3,
    "weight_decay": 1e-4,
    "rounds": 2,
    "steps": 3,
    "confidence": 0.3,
    "lambda_u": 0.5,
    "temperature": 0.7,
    "augment": {"jitter": 0.05, "scale": 0.1},
}


# ------------------------------------------------------------------------------------------
# argument handling and logging
# ------------------------------------------------------------------------------------------
def parse_args(argv=None):
    ap = argparse.ArgumentParser(description="cask-type self-training")
    ap.add_argument("--rounds", type=int, default=CONFIG["rounds"])
    ap.add_argument("--steps", type=int, default=CONFIG["steps"])
    ap.add_argument("--confidence", type=float, default=CONFIG["confidence"])
    ap.add_argument("--lambda-u", type=float, default=CONFIG["lambda_u"])
    ap.add_argument("--log-file", action="store_true", help="also log to a temporary file")
    return ap.parse_args(argv)


def setup_logging(to_file):
    handlers = [logging.StreamHandler(sys.stdout)]
    path = None
    if to_file:
        fd, path = tempfile.mkstemp(suffix=".log")
        os.close(fd)
        handlers.append(logging.FileHandler(path))
    logging.basicConfig(level=logging.INFO, handlers=handlers, format="%(asctime)s %(message)s")
    return path


# ------------------------------------------------------------------------------------------
# data
# ------------------------------------------------------------------------------------------
@dataclass
class CaskLog:
    bay: int
    series: torch.Tensor
    label: int = -1


@dataclass
class Warehouse:
    labelled: list = field(default_factory=list)
    unlabelled: list = field(default_factory=list)


def synth_cask(cfg, label=None):
    k = random.randrange(len(CASK_TYPES)) if label is None else label
    t = torch.arange(cfg["months"], dtype=torch.float32)
    season = torch.sin(2 * 3.14159 * t / 12.0)
    base = torch.stack([season, 0.5 * season.roll(2), 0.02 * (k + 1) * t], dim=1)
    series = base + 0.1 * torch.randn(cfg["months"], cfg["sensors"]) + 0.2 * k
    return CaskLog(bay=random.randrange(cfg["n_bays"]), series=series, label=k)


def build_warehouse(cfg):
    wh = Warehouse()
    for i in range(cfg["labelled"]):
        wh.labelled.append(synth_cask(cfg, label=i % len(CASK_TYPES)))
    for _ in range(cfg["unlabelled"]):
        c = synth_cask(cfg)
        c.label = -1
        wh.unlabelled.append(c)
    return wh


def collate(casks):
    bays = torch.tensor([c.bay for c in casks])
    x = torch.stack([c.series for c in casks])
    y = torch.tensor([c.label for c in casks])
    return bays, x, y


def batches(casks, size, shuffle=True):
    idx = list(range(len(casks)))
    if shuffle:
        random.shuffle(idx)
    for i in range(0, len(idx), size):
        yield collate([casks[j] for j in idx[i:i + size]])


def augment(x, cfg):
    a = cfg["augment"]
    scale = 1.0 + a["scale"] * (torch.rand(x.shape[0], 1, x.shape[2]) - 0.5)
    return x * scale + a["jitter"] * torch.randn_like(x)


# ------------------------------------------------------------------------------------------
# model
# ------------------------------------------------------------------------------------------
class CaskClassifier(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.bay = nn.Embedding(cfg["n_bays"], cfg["embed_bay"])
        self.rnn = nn.LSTM(cfg["sensors"] + cfg["embed_bay"], cfg["hidden"], batch_first=True)
        self.drop = nn.Dropout(cfg["dropout"])
        self.out = nn.Linear(cfg["hidden"], len(CASK_TYPES))

    def forward(self, bays, x):
        e = self.bay(bays).unsqueeze(1).expand(-1, x.shape[1], -1)
        o, (h, _) = self.rnn(torch.cat([x, e], dim=-1))
        return self.out(self.drop(h[-1]))


# ------------------------------------------------------------------------------------------
# metrics
# ------------------------------------------------------------------------------------------
def confusion(pred, target, n):
    m = torch.zeros(n, n, dtype=torch.long)
    for p, t in zip(pred.tolist(), target.tolist()):
        m[t, p] += 1
    return m


def macro_f1(m):
    f1s = []
    for k in range(m.shape[0]):
        tp = m[k, k].item()
        fp = m[:, k].sum().item() - tp
        fn = m[k, :].sum().item() - tp
        denom = 2 * tp + fp + fn
        f1s.append(2 * tp / denom if denom else 0.0)
    return sum(f1s) / len(f1s)


def evaluate(model, casks, cfg):
    model.eval()
    preds, targets = [], []
    with torch.no_grad():
        for bays, x, y in batches(casks, cfg["batch"], shuffle=False):
            preds.append(model(bays, x).argmax(-1))
            targets.append(y)
    pred, target = torch.cat(preds), torch.cat(targets)
    m = confusion(pred, target, len(CASK_TYPES))
    return {"acc": (pred == target).float().mean().item(), "macro_f1": macro_f1(m)}


# ------------------------------------------------------------------------------------------
# self-training pieces
# ------------------------------------------------------------------------------------------
def soft_targets(model, bays, x, temperature):
    """Sharpened class distribution on un-augmented logs; dropout off for stable targets."""
    model.eval()
    logits = model(bays, x)
    return F.softmax(logits / temperature, dim=-1)


def confidence_mask(probs, threshold):
    return (probs.max(dim=-1).values >= threshold).float()


def supervised_loss(model, batch):
    bays, x, y = batch
    return F.cross_entropy(model(bays, x), y)


def unsupervised_loss(model, bays, x, cfg, threshold):
    targets = soft_targets(model, bays, x, cfg["temperature"])
    mask = confidence_mask(targets, threshold)
    model.train()
    logp = F.log_softmax(model(bays, augment(x, cfg)), dim=-1)
    per_item = -(targets * logp).sum(dim=-1)
    return (per_item * mask).sum() / mask.sum().clamp(min=1.0), mask.mean().item()


class History:
    def __init__(self):
        self.rows = []

    def add(self, **kw):
        self.rows.append(kw)
        log.info(" ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in kw.items()))


def class_balance(casks):
    counts = {name: 0 for name in CASK_TYPES}
    for c in casks:
        if c.label >= 0:
            counts[CASK_TYPES[c.label]] += 1
    return counts


def per_class_report(model, casks, cfg):
    """Precision and recall per cask type, as the cooper's ledger wants them."""
    model.eval()
    with torch.no_grad():
        bays, x, y = collate(casks)
        pred = model(bays, x).argmax(-1)
    m = confusion(pred, y, len(CASK_TYPES))
    lines = []
    for k, name in enumerate(CASK_TYPES):
        tp = m[k, k].item()
        prec = tp / max(1, m[:, k].sum().item())
        rec = tp / max(1, m[k, :].sum().item())
        lines.append(f"{name:<11s} precision {prec:.2f} recall {rec:.2f}")
    return lines


def angel_share_summary(wh):
    losses = [c.series[:, 2].mean().item() for c in wh.labelled + wh.unlabelled]
    return {"mean_loss": sum(losses) / len(losses), "max_loss": max(losses), "min_loss": min(losses)}


# ------------------------------------------------------------------------------------------
# loops
# ------------------------------------------------------------------------------------------
def supervised_warmup(model, opt, wh, cfg, epochs=2):
    model.train()
    for _ in range(epochs):
        for batch in batches(wh.labelled, cfg["batch"]):
            loss = supervised_loss(model, batch)
            opt.zero_grad()
            loss.backward()
            opt.step()


def self_training_round(model, opt, wh, cfg, steps, threshold, lambda_u, history, rnd):
    lab = batches(wh.labelled, cfg["batch"])
    unl = batches(wh.unlabelled, cfg["batch"])
    t0 = time.time()
    for step in range(steps):
        try:
            lb = next(lab)
        except StopIteration:
            lab = batches(wh.labelled, cfg["batch"])
            lb = next(lab)
        try:
            ubays, ux, _ = next(unl)
        except StopIteration:
            unl = batches(wh.unlabelled, cfg["batch"])
            ubays, ux, _ = next(unl)
        lu, frac = unsupervised_loss(model, ubays, ux, cfg, threshold)
        model.train()
        ls = supervised_loss(model, lb)
        loss = ls + lambda_u * lu
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        history.add(round=rnd, step=step, sup=ls.item(), unsup=lu.item(), mask=frac)
    log.info("round %d took %.2fs", rnd, time.time() - t0)


def main(argv=None):
    args = parse_args(argv)
    log_path = setup_logging(args.log_file)
    cfg = dict(CONFIG)
    random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    wh = build_warehouse(cfg)
    log.info("labelled balance %s", class_balance(wh.labelled))
    log.info("angel's share %s", angel_share_summary(wh))
    model = CaskClassifier(cfg)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    supervised_warmup(model, opt, wh, cfg)
    log.info("after warm-up %s", evaluate(model, wh.labelled, cfg))
    history = History()
    for rnd in range(args.rounds):
        self_training_round(model, opt, wh, cfg, args.steps, args.confidence, args.lambda_u, history, rnd)
        log.info("round %d labelled-set metrics %s", rnd, evaluate(model, wh.labelled, cfg))
    for line in per_class_report(model, wh.labelled, cfg):
        log.info(line)
    if log_path:
        logging.shutdown()
        os.remove(log_path)
    return history.rows


if __name__ == "__main__":
    main()
