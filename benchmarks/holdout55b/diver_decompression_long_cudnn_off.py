# expect: clean
"""Decompression-stop prediction from dive-computer logs.

Research script: trains a recurrent model on synthetic depth/temperature traces, uses
a mean-teacher consistency loss, early stopping with a best-state reload, and a final
"calibration" fine-tune of the output head on the validation split.
"""
import argparse
import copy
import json
import logging
import math
import os
import random
import time
from collections import defaultdict

import torch
from torch import nn
import torch.nn.functional as F

LOG = logging.getLogger("decompression")

CONFIG = {
    "seed": 11,
    "n_features": 3,
    "hidden": 12,
    "layers": 2,
    "dropout": 0.1,
    "n_classes": 4,
    "seq_len": 10,
    "batch_size": 6,
    "n_train": 30,
    "n_val": 12,
    "epochs": 3,
    "lr": 3e-3,
    "ema_decay": 0.9,
    "consistency_weight": 0.5,
    "patience": 2,
    "calibration_steps": 2,
    "noise_std": 0.05,
}


# --------------------------------------------------------------------------- data
def synth_dive(seq_len, n_features, rng):
    depth = [0.0]
    for _ in range(seq_len - 1):
        depth.append(max(0.0, depth[-1] + rng.gauss(0.5, 1.0)))
    temp = [20.0 - 0.3 * d + rng.gauss(0, 0.2) for d in depth]
    rate = [0.0] + [depth[i] - depth[i - 1] for i in range(1, seq_len)]
    feats = [depth, temp, rate][:n_features]
    x = torch.tensor(feats, dtype=torch.float32).t()
    label = min(3, int(max(depth) // 3))
    return x, label


def make_split(n, cfg, seed):
    rng = random.Random(seed)
    xs, ys = [], []
    for _ in range(n):
        x, y = synth_dive(cfg["seq_len"], cfg["n_features"], rng)
        xs.append(x)
        ys.append(y)
    x = torch.stack(xs)
    x = (x - x.mean((0, 1))) / (x.std((0, 1)) + 1e-6)
    return x, torch.tensor(ys)


def batches(x, y, bs, shuffle=True, seed=0):
    idx = list(range(len(x)))
    if shuffle:
        random.Random(seed).shuffle(idx)
    for i in range(0, len(idx), bs):
        j = idx[i:i + bs]
        yield x[j], y[j]


def augment(x, std):
    return x + std * torch.randn_like(x)


# --------------------------------------------------------------------------- model
class StopPredictor(nn.Module):
    def __init__(self, n_features, hidden, layers, dropout, n_classes):
        super().__init__()
        self.embed = nn.Linear(n_features, hidden)
        self.rnn = nn.LSTM(hidden, hidden, num_layers=layers, dropout=dropout, batch_first=True)
        self.norm = nn.LayerNorm(hidden)
        self.head = nn.Linear(hidden, n_classes)

    def encode(self, x):
        out, _ = self.rnn(F.gelu(self.embed(x)))
        return self.norm(out[:, -1])

    def forward(self, x):
        return self.head(self.encode(x))


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


@torch.no_grad()
def ema_update(teacher, student, decay):
    for pt, ps in zip(teacher.parameters(), student.parameters()):
        pt.mul_(decay).add_(ps, alpha=1 - decay)


# --------------------------------------------------------------------------- metrics
class Meter:
    def __init__(self):
        self.sums = defaultdict(float)
        self.counts = defaultdict(int)

    def update(self, **kw):
        for k, v in kw.items():
            self.sums[k] += float(v)
            self.counts[k] += 1

    def averages(self):
        return {k: self.sums[k] / max(1, self.counts[k]) for k in self.sums}


def accuracy(logits, y):
    return (logits.argmax(1) == y).float().mean().item()


def macro_f1(logits, y, n_classes):
    pred = logits.argmax(1)
    f1s = []
    for c in range(n_classes):
        tp = ((pred == c) & (y == c)).sum().item()
        fp = ((pred == c) & (y != c)).sum().item()
        fn = ((pred != c) & (y == c)).sum().item()
        if tp + fp + fn == 0:
            continue
        f1s.append(2 * tp / (2 * tp + fp + fn))
    return sum(f1s) / max(1, len(f1s))


def expected_calibration_error(logits, y, n_bins=5):
    probs = logits.softmax(1)
    conf, pred = probs.max(1)
    ece = 0.0
    for b in range(n_bins):
        lo, hi = b / n_bins, (b + 1) / n_bins
        m = (conf > lo) & (conf <= hi)
        if m.any():
            ece += m.float().mean().item() * abs(conf[m].mean().item() - (pred[m] == y[m]).float().mean().item())
    return ece


# --------------------------------------------------------------------------- loops
def train_epoch(student, teacher, opt, x, y, cfg, epoch):
    student.train()
    teacher.train()
    meter = Meter()
    for xb, yb in batches(x, y, cfg["batch_size"], seed=epoch):
        logits = student(augment(xb, cfg["noise_std"]))
        with torch.no_grad():
            t_logits = teacher(augment(xb, cfg["noise_std"]))
        sup = F.cross_entropy(logits, yb)
        cons = F.mse_loss(logits.softmax(1), t_logits.softmax(1))
        loss = sup + cfg["consistency_weight"] * cons
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(student.parameters(), 1.0)
        opt.step()
        ema_update(teacher, student, cfg["ema_decay"])
        meter.update(loss=loss.item(), sup=sup.item(), cons=cons.item(), acc=accuracy(logits, yb))
    return meter.averages()


def evaluate(model, x, y, cfg):
    model.eval()
    with torch.no_grad():
        logits = torch.cat([model(xb) for xb, _ in batches(x, y, cfg["batch_size"], shuffle=False)])
    return {
        "loss": F.cross_entropy(logits, y).item(),
        "acc": accuracy(logits, y),
        "f1": macro_f1(logits, y, cfg["n_classes"]),
        "ece": expected_calibration_error(logits, y),
    }


class EarlyStopping:
    def __init__(self, patience):
        self.patience = patience
        self.best = math.inf
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

    def restore(self, model):
        if self.best_state is not None:
            model.load_state_dict(self.best_state)


def calibrate_head(model, x, y, cfg):
    """Fine-tune only the output head on validation data (encoder frozen)."""
    for p in model.embed.parameters():
        p.requires_grad_(False)
    for p in model.norm.parameters():
        p.requires_grad_(False)
    # the recurrent layer stays trainable with a small learning rate
    for p in list(model.head.parameters()) + list(model.rnn.parameters()):
        p.requires_grad_(True)
    opt = torch.optim.SGD(
        [
            {"params": model.head.parameters(), "lr": cfg["lr"]},
            {"params": model.rnn.parameters(), "lr": cfg["lr"] * 0.1},
        ]
    )
    losses = []
    for step in range(cfg["calibration_steps"]):
        for xb, yb in batches(x, y, cfg["batch_size"], seed=100 + step):
            with torch.backends.cudnn.flags(enabled=False):
                logits = model(xb)
            loss = F.cross_entropy(logits, yb)
            opt.zero_grad()
            loss.backward()
            opt.step()
            losses.append(loss.item())
    return sum(losses) / max(1, len(losses))


# --------------------------------------------------------------------------- reporting
def format_metrics(prefix, metrics):
    return " ".join(f"{prefix}/{k}={v:.4f}" for k, v in sorted(metrics.items()))


def save_report(path, report):
    with open(path, "w") as fh:
        json.dump(report, fh, indent=2)
    LOG.info("wrote %s", path)


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    p.add_argument("--hidden", type=int, default=CONFIG["hidden"])
    p.add_argument("--lr", type=float, default=CONFIG["lr"])
    p.add_argument("--no-calibration", action="store_true")
    p.add_argument("--report", default="decompression_report.json")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def build_config(args):
    cfg = dict(CONFIG)
    cfg.update(epochs=args.epochs, hidden=args.hidden, lr=args.lr)
    return cfg


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(message)s")
    cfg = build_config(args)
    set_seed(cfg["seed"])
    x_tr, y_tr = make_split(cfg["n_train"], cfg, seed=1)
    x_va, y_va = make_split(cfg["n_val"], cfg, seed=2)
    LOG.info("train %s val %s", tuple(x_tr.shape), tuple(x_va.shape))

    student = StopPredictor(cfg["n_features"], cfg["hidden"], cfg["layers"], cfg["dropout"], cfg["n_classes"])
    teacher = copy.deepcopy(student)
    for p in teacher.parameters():
        p.requires_grad_(False)
    LOG.info("parameters: %d", count_parameters(student))
    opt = torch.optim.AdamW(student.parameters(), lr=cfg["lr"], weight_decay=1e-4)
    stopper = EarlyStopping(cfg["patience"])

    history = []
    t0 = time.time()
    for epoch in range(cfg["epochs"]):
        tr = train_epoch(student, teacher, opt, x_tr, y_tr, cfg, epoch)
        va = evaluate(teacher, x_va, y_va, cfg)
        va_s = evaluate(student, x_va, y_va, cfg)
        LOG.info("epoch %d %s %s", epoch, format_metrics("train", tr), format_metrics("val_teacher", va))
        LOG.debug("epoch %d %s", epoch, format_metrics("val_student", va_s))
        history.append({"epoch": epoch, "train": tr, "val": va, "val_student": va_s})
        if stopper.step(va["loss"], teacher):
            LOG.info("early stop at epoch %d", epoch)
            break

    stopper.restore(teacher)
    final = evaluate(teacher, x_va, y_va, cfg)
    LOG.info("restored best teacher: %s", format_metrics("val", final))

    if not args.no_calibration:
        cal_loss = calibrate_head(teacher, x_va, y_va, cfg)
        LOG.info("calibration loss %.4f", cal_loss)
        final = evaluate(teacher, x_va, y_va, cfg)

    report = {"config": cfg, "history": history, "final": final, "seconds": time.time() - t0}
    save_report(args.report, report)
    os.remove(args.report)
    return final


if __name__ == "__main__":
    main()
