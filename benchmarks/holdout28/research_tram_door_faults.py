# expect: crash
"""
Tram door fault prediction from door-controller event logs.

Research code for the depot maintenance study: a bidirectional GRU over per-cycle
features (motor current, closing time, obstruction count, temperature, ...), trained
with class-weighted cross-entropy, early stopping on validation AUROC-like ranking
score, temperature scaling and a short threshold-aware fine-tuning stage.

Usage:
    python research_tram_door_faults.py --epochs 3 --hidden 8
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
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

LOG = logging.getLogger("doorfaults")

DEFAULT_CONFIG = {
    "seed": 13,
    "n_trams": 24,
    "cycles": 12,
    "features": 6,
    "classes": 3,            # ok / degraded / fault
    "hidden": 8,
    "layers": 1,
    "dropout": 0.1,
    "batch_size": 6,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "epochs": 3,
    "patience": 2,
    "clip": 1.0,
    "threshold_finetune_steps": 2,
    "threshold_margin": 0.1,
    "log_every": 2,
}


# ----------------------------------------------------------------------------- utils
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--no-threshold-finetune", action="store_true")
    p.add_argument("--out", default=None, help="where to write metrics json (deleted afterwards)")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def merge_config(args):
    cfg = dict(DEFAULT_CONFIG)
    for key in ("epochs", "hidden", "lr"):
        val = getattr(args, key)
        if val is not None:
            cfg[key] = val
    cfg["threshold_finetune"] = not args.no_threshold_finetune
    return cfg


class AverageMeter:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.total += value * n
        self.count += n

    @property
    def avg(self):
        return self.total / max(self.count, 1)


# ----------------------------------------------------------------------------- data
def synth_door_logs(cfg):
    """Fake controller logs: faults show rising closing time and current spikes."""
    n, t, f = cfg["n_trams"], cfg["cycles"], cfg["features"]
    x = torch.randn(n, t, f) * 0.5
    labels = torch.randint(0, cfg["classes"], (n,))
    drift = torch.linspace(0, 1, t).view(1, t, 1)
    x[:, :, 0:1] += labels.view(n, 1, 1).float() * drift          # closing time
    x[:, :, 1:2] += (labels == 2).view(n, 1, 1).float() * 0.8      # current spikes
    return x, labels


def split(x, y, frac=0.7):
    idx = torch.randperm(x.shape[0])
    k = int(frac * len(idx))
    return (x[idx[:k]], y[idx[:k]]), (x[idx[k:]], y[idx[k:]])


def make_loader(x, y, bs, shuffle):
    return DataLoader(TensorDataset(x, y), batch_size=bs, shuffle=shuffle)


def class_weights(y, n_classes):
    counts = torch.bincount(y, minlength=n_classes).float().clamp(min=1)
    w = counts.sum() / (n_classes * counts)
    return w / w.mean()


# ----------------------------------------------------------------------------- model
class DoorEncoder(nn.Module):
    def __init__(self, n_in, hidden, layers, dropout):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(n_in, hidden), nn.GELU())
        self.rnn = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True,
                          bidirectional=True, dropout=dropout if layers > 1 else 0.0)
        self.norm = nn.LayerNorm(2 * hidden)

    def forward(self, x):
        out, _ = self.rnn(self.inp(x))
        return self.norm(out)


class AttentionPool(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.score = nn.Linear(d, 1)

    def forward(self, h):
        a = self.score(h).softmax(dim=1)
        return (a * h).sum(1)


class DoorFaultModel(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.encoder = DoorEncoder(cfg["features"], cfg["hidden"], cfg["layers"], cfg["dropout"])
        self.pool = AttentionPool(2 * cfg["hidden"])
        self.drop = nn.Dropout(cfg["dropout"])
        self.cls = nn.Linear(2 * cfg["hidden"], cfg["classes"])
        self.register_buffer("temperature", torch.ones(1))

    def forward(self, x):
        z = self.pool(self.encoder(x))
        return self.cls(self.drop(z)) / self.temperature


# ----------------------------------------------------------------------------- metrics
def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def macro_f1(logits, y, n_classes):
    pred = logits.argmax(-1)
    f1s = []
    for c in range(n_classes):
        tp = ((pred == c) & (y == c)).sum().item()
        fp = ((pred == c) & (y != c)).sum().item()
        fn = ((pred != c) & (y == c)).sum().item()
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / len(f1s)


def ranking_score(logits, y):
    """Pairwise ranking of the fault probability (an AUROC without sklearn)."""
    p = logits.softmax(-1)[:, -1]
    pos, neg = p[y == 2], p[y != 2]
    if len(pos) == 0 or len(neg) == 0:
        return 0.5
    return (pos.view(-1, 1) > neg.view(1, -1)).float().mean().item()


def expected_calibration_error(logits, y, bins=5):
    conf, pred = logits.softmax(-1).max(-1)
    ece = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        m = (conf > lo) & (conf <= hi)
        if m.any():
            ece += m.float().mean().item() * abs((pred[m] == y[m]).float().mean().item() - conf[m].mean().item())
    return ece


# ----------------------------------------------------------------------------- train / eval
def train_one_epoch(model, loader, opt, crit, cfg, epoch):
    model.train()
    meter = AverageMeter()
    for i, (x, y) in enumerate(loader):
        loss = crit(model(x), y)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        meter.update(loss.item(), x.shape[0])
        if i % cfg["log_every"] == 0:
            LOG.debug("epoch %d it %d loss %.4f", epoch, i, loss.item())
    return meter.avg


@torch.no_grad()
def collect_logits(model, loader):
    model.eval()
    logits, ys = [], []
    for x, y in loader:
        logits.append(model(x))
        ys.append(y)
    return torch.cat(logits), torch.cat(ys)


def evaluate(model, loader, cfg):
    logits, y = collect_logits(model, loader)
    return {
        "acc": accuracy(logits, y),
        "f1": macro_f1(logits, y, cfg["classes"]),
        "rank": ranking_score(logits, y),
        "ece": expected_calibration_error(logits, y),
    }


def fit_temperature(model, loader, steps=20):
    """Temperature scaling on held-out logits (the model itself is not updated)."""
    logits, y = collect_logits(model, loader)
    raw = logits * model.temperature
    log_t = torch.zeros(1, requires_grad=True)
    opt = torch.optim.LBFGS([log_t], lr=0.1, max_iter=steps)

    def closure():
        opt.zero_grad()
        loss = nn.functional.cross_entropy(raw / log_t.exp(), y)
        loss.backward()
        return loss

    opt.step(closure)
    model.temperature.fill_(log_t.exp().item())
    return model.temperature.item()


def threshold_loss(logits, y, margin):
    """Hinge on the fault logit so that faults clear the alarm threshold by a margin."""
    fault = logits[:, -1] - logits[:, :-1].max(-1).values
    target = (y == 2).float() * 2 - 1
    return nn.functional.relu(margin - target * fault).mean()


def threshold_finetune(model, loader, cfg):
    opt = torch.optim.SGD(model.cls.parameters(), lr=cfg["lr"])
    opt_enc = torch.optim.SGD(model.encoder.parameters(), lr=cfg["lr"] * 0.1)
    losses = []
    for step in range(cfg["threshold_finetune_steps"]):
        for x, y in loader:
            loss = threshold_loss(model(x), y, cfg["threshold_margin"])
            opt.zero_grad()
            opt_enc.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            opt_enc.step()
            losses.append(loss.item())
    return sum(losses) / max(len(losses), 1)


# ----------------------------------------------------------------------------- experiment
def run(cfg):
    set_seed(cfg["seed"])
    x, y = synth_door_logs(cfg)
    (xtr, ytr), (xva, yva) = split(x, y)
    train_loader = make_loader(xtr, ytr, cfg["batch_size"], shuffle=True)
    val_loader = make_loader(xva, yva, cfg["batch_size"], shuffle=False)

    model = DoorFaultModel(cfg)
    crit = nn.CrossEntropyLoss(weight=class_weights(ytr, cfg["classes"]))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=max(cfg["epochs"], 1))

    history = defaultdict(list)
    best_rank, best_state, bad_epochs = -math.inf, None, 0
    t0 = time.time()
    for epoch in range(cfg["epochs"]):
        tr_loss = train_one_epoch(model, train_loader, opt, crit, cfg, epoch)
        sched.step()
        metrics = evaluate(model, val_loader, cfg)
        history["train_loss"].append(tr_loss)
        for k, v in metrics.items():
            history[k].append(v)
        LOG.info("epoch %d loss %.4f acc %.3f f1 %.3f rank %.3f", epoch, tr_loss,
                 metrics["acc"], metrics["f1"], metrics["rank"])
        if metrics["rank"] > best_rank:
            best_rank, bad_epochs = metrics["rank"], 0
            best_state = {k: v.clone() for k, v in model.state_dict().items()}
        else:
            bad_epochs += 1
            if bad_epochs >= cfg["patience"]:
                LOG.info("early stop at epoch %d", epoch)
                break

    if best_state is not None:
        model.load_state_dict(best_state)
    temp = fit_temperature(model, val_loader)
    LOG.info("temperature %.3f", temp)
    if cfg["threshold_finetune"]:
        history["threshold_loss"].append(threshold_finetune(model, train_loader, cfg))
    final = evaluate(model, val_loader, cfg)
    final["seconds"] = round(time.time() - t0, 2)
    return final, dict(history)


def write_metrics(path, final, history):
    with open(path, "w") as fh:
        json.dump({"final": final, "history": history}, fh, indent=2)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(message)s", stream=sys.stdout)
    cfg = merge_config(args)
    LOG.info("config %s", json.dumps(cfg))
    final, history = run(cfg)
    out = args.out or os.path.join(tempfile.gettempdir(), f"doorfaults_{os.getpid()}.json")
    try:
        write_metrics(out, final, history)
        LOG.info("metrics written to %s", out)
    finally:
        if os.path.exists(out):
            os.remove(out)
    print(json.dumps(final))


if __name__ == "__main__":
    main([])
