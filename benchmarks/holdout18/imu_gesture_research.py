# expect: clean
"""
IMU gesture recognition: research training script.

Trains a BiGRU + attention-pooling classifier on synthetic 6-axis accelerometer/gyroscope windows, with
class-balanced sampling, label smoothing, early stopping, temperature-scaling calibration, and a small
report at the end. Everything is tiny so it runs on a laptop CPU in seconds.
"""
import argparse
import json
import logging
import math
import os
import random
import tempfile
import time
from collections import Counter, defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("imu")

CONFIG = {
    "seed": 50,
    "n_classes": 4,
    "n_channels": 6,
    "window": 12,
    "n_train": 24,
    "n_val": 8,
    "hidden": 8,
    "layers": 1,
    "dropout": 0.1,
    "batch_size": 8,
    "epochs": 3,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "label_smoothing": 0.05,
    "patience": 2,
    "grad_clip": 1.0,
    "calibrate": True,
}


# ----------------------------------------------------------------------------------------------------
# arguments and setup
# ----------------------------------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--no-calibrate", action="store_true")
    p.add_argument("--log-level", default="INFO")
    return p.parse_args(argv)


def merge_config(cfg, args):
    out = dict(cfg)
    for key in ("epochs", "lr", "hidden"):
        val = getattr(args, key)
        if val is not None:
            out[key] = val
    if args.no_calibrate:
        out["calibrate"] = False
    return out


def setup_logging(level):
    logging.basicConfig(level=getattr(logging, level), format="%(asctime)s %(levelname)s %(message)s")


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# ----------------------------------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------------------------------
def synth_gesture(label, cfg):
    t = torch.linspace(0, 2 * math.pi, cfg["window"])
    base = torch.stack([torch.sin((label + 1) * t + c) for c in range(cfg["n_channels"])], -1)
    return base + 0.3 * torch.randn_like(base)


def make_split(n, cfg):
    ys = [i % cfg["n_classes"] for i in range(n)]
    random.shuffle(ys)
    xs = torch.stack([synth_gesture(y, cfg) for y in ys])
    return xs, torch.tensor(ys)


def normalise(train_x, *others):
    mu = train_x.mean(dim=(0, 1), keepdim=True)
    sd = train_x.std(dim=(0, 1), keepdim=True) + 1e-6
    return [(x - mu) / sd for x in (train_x,) + others]


def balanced_batches(y, batch_size):
    by_class = defaultdict(list)
    for i, c in enumerate(y.tolist()):
        by_class[c].append(i)
    order = []
    while any(by_class.values()):
        for c in sorted(by_class):
            if by_class[c]:
                order.append(by_class[c].pop(random.randrange(len(by_class[c]))))
    for i in range(0, len(order), batch_size):
        yield torch.tensor(order[i:i + batch_size])


def augment(x):
    scale = 1 + 0.1 * torch.randn(x.shape[0], 1, x.shape[2])
    shift = torch.randint(-1, 2, (1,)).item()
    return torch.roll(x * scale, shifts=shift, dims=1)


# ----------------------------------------------------------------------------------------------------
# model
# ----------------------------------------------------------------------------------------------------
class AttnPool(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.score = nn.Linear(d, 1)

    def forward(self, h):
        w = torch.softmax(self.score(h), 1)
        return (w * h).sum(1), w.squeeze(-1)


class GestureNet(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.inp = nn.Linear(cfg["n_channels"], cfg["hidden"])
        self.gru = nn.GRU(cfg["hidden"], cfg["hidden"], num_layers=cfg["layers"], batch_first=True,
                          bidirectional=True)
        self.pool = AttnPool(2 * cfg["hidden"])
        self.drop = nn.Dropout(cfg["dropout"])
        self.head = nn.Linear(2 * cfg["hidden"], cfg["n_classes"])

    def forward(self, x, return_attn=False):
        h, _ = self.gru(torch.relu(self.inp(x)))
        z, w = self.pool(h)
        logits = self.head(self.drop(z))
        return (logits, w) if return_attn else logits


def count_params(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ----------------------------------------------------------------------------------------------------
# metrics
# ----------------------------------------------------------------------------------------------------
def confusion(pred, y, n):
    m = torch.zeros(n, n, dtype=torch.long)
    for p, t in zip(pred.tolist(), y.tolist()):
        m[t, p] += 1
    return m


def macro_f1(cm):
    f1s = []
    for c in range(cm.shape[0]):
        tp = cm[c, c].item()
        fp = cm[:, c].sum().item() - tp
        fn = cm[c, :].sum().item() - tp
        denom = 2 * tp + fp + fn
        f1s.append(0.0 if denom == 0 else 2 * tp / denom)
    return sum(f1s) / len(f1s)


def ece(probs, y, bins=5):
    conf, pred = probs.max(-1)
    total = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        m = (conf > lo) & (conf <= hi)
        if m.any():
            total += m.float().mean().item() * abs(conf[m].mean().item() - (pred[m] == y[m]).float().mean().item())
    return total


class AverageMeter:
    def __init__(self):
        self.sum, self.n = 0.0, 0

    def update(self, v, k=1):
        self.sum += v * k
        self.n += k

    @property
    def avg(self):
        return self.sum / max(self.n, 1)


# ----------------------------------------------------------------------------------------------------
# training / evaluation
# ----------------------------------------------------------------------------------------------------
def train_one_epoch(model, opt, x, y, cfg):
    model.train()
    meter = AverageMeter()
    for idx in balanced_batches(y, cfg["batch_size"]):
        xb, yb = augment(x[idx]), y[idx]
        opt.zero_grad()
        loss = F.cross_entropy(model(xb), yb, label_smoothing=cfg["label_smoothing"])
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["grad_clip"])
        opt.step()
        meter.update(loss.item(), len(idx))
    return meter.avg


@torch.no_grad()
def evaluate(model, x, y, cfg):
    model.eval()
    logits = model(x)
    pred = logits.argmax(-1)
    cm = confusion(pred, y, cfg["n_classes"])
    return {
        "loss": F.cross_entropy(logits, y).item(),
        "acc": (pred == y).float().mean().item(),
        "f1": macro_f1(cm),
        "logits": logits,
        "cm": cm,
    }


class EarlyStopping:
    def __init__(self, patience):
        self.patience, self.best, self.bad = patience, -1.0, 0
        self.path = os.path.join(tempfile.mkdtemp(prefix="imu_"), "best.pt")

    def step(self, score, model):
        if score > self.best:
            self.best, self.bad = score, 0
            torch.save(model.state_dict(), self.path)
            return False
        self.bad += 1
        return self.bad >= self.patience

    def restore(self, model):
        model.load_state_dict(torch.load(self.path))

    def cleanup(self):
        if os.path.exists(self.path):
            os.remove(self.path)
        os.rmdir(os.path.dirname(self.path))


def fit_temperature(logits, y, steps=20):
    """Temperature scaling on held-out logits (Guo et al. 2017)."""
    log_t = torch.zeros(1, requires_grad=True)
    opt = torch.optim.Adam([log_t], lr=0.05)
    for _ in range(steps):
        opt.zero_grad()
        loss = F.cross_entropy(logits / log_t.exp(), y)
        loss.backward()
        opt.step()
    return log_t.exp().item()


def attention_report(model, x, y, cfg):
    model.eval()
    with torch.no_grad():
        _, w = model(x, return_attn=True)
    peaks = Counter(w.argmax(-1).tolist())
    return {int(k): v for k, v in sorted(peaks.items())}


def summarise(history):
    best = max(history, key=lambda h: h["val_f1"])
    return {"best_epoch": best["epoch"], "best_f1": round(best["val_f1"], 4), "epochs_run": len(history)}


# ----------------------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------------------
def main(argv=None):
    args = parse_args(argv)
    cfg = merge_config(CONFIG, args)
    setup_logging(args.log_level)
    seed_everything(cfg["seed"])
    logger.info("config %s", json.dumps(cfg))

    xtr, ytr = make_split(cfg["n_train"], cfg)
    xva, yva = make_split(cfg["n_val"], cfg)
    xtr, xva = normalise(xtr, xva)
    logger.info("train %s val %s classes %s", tuple(xtr.shape), tuple(xva.shape), dict(Counter(ytr.tolist())))

    model = GestureNet(cfg)
    logger.info("params %d", count_params(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    stopper = EarlyStopping(cfg["patience"])
    history = []
    t0 = time.time()
    try:
        for epoch in range(cfg["epochs"]):
            tr_loss = train_one_epoch(model, opt, xtr, ytr, cfg)
            val = evaluate(model, xva, yva, cfg)
            history.append({"epoch": epoch, "train_loss": tr_loss, "val_loss": val["loss"], "val_f1": val["f1"]})
            logger.info("epoch %d train %.4f val %.4f acc %.3f f1 %.3f", epoch, tr_loss, val["loss"], val["acc"],
                        val["f1"])
            if stopper.step(val["f1"], model):
                logger.info("early stop at epoch %d", epoch)
                break
        stopper.restore(model)
    finally:
        stopper.cleanup()

    val = evaluate(model, xva, yva, cfg)
    probs = val["logits"].softmax(-1)
    logger.info("ECE before calibration %.4f", ece(probs, yva))
    if cfg["calibrate"]:
        T = fit_temperature(val["logits"], yva)
        logger.info("temperature %.3f, ECE after %.4f", T, ece((val["logits"] / T).softmax(-1), yva))
    logger.info("attention peaks %s", attention_report(model, xva, yva, cfg))
    logger.info("confusion\n%s", val["cm"])
    logger.info("summary %s (%.1fs)", summarise(history), time.time() - t0)


if __name__ == "__main__":
    main([])
