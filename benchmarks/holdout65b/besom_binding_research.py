# expect: crash
"""besom-binding: which stretch of a birch-twig bundle predicts a loose binding.

Sensor gloves record grip force and twist angle while the besom maker winds the
binding wire along the bundle. A GRU tagger predicts per-step looseness; a
relevance callback logs gradient*input attributions for the validation batch
each epoch so the lab can see which part of the winding the model looks at.

Usage:
    python besom_binding_research.py --epochs 2 --log-every 1
"""
import argparse
import logging
import math
import os
import random
import sys
import time
from collections import OrderedDict, defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("besom")

CFG = OrderedDict(
    seq_len=16,
    n_feat=2,
    hidden=10,
    layers=1,
    dropout=0.1,
    lr=5e-3,
    batch_size=6,
    n_train=36,
    n_val=12,
    pos_weight=2.0,
    smooth_window=3,
)


# ----------------------------------------------------------------- data
class WindingSet:
    def __init__(self, n, cfg, seed):
        g = torch.Generator().manual_seed(seed)
        self.x = torch.randn(n, cfg["seq_len"], cfg["n_feat"], generator=g)
        slack = F.avg_pool1d(self.x[:, :, 0].unsqueeze(1), cfg["smooth_window"], 1,
                             padding=cfg["smooth_window"] // 2).squeeze(1)
        self.y = (slack < -0.3).float()

    def __len__(self):
        return len(self.x)

    def loader(self, bsz, shuffle=False):
        order = list(range(len(self)))
        if shuffle:
            random.shuffle(order)
        for i in range(0, len(order), bsz):
            idx = order[i:i + bsz]
            yield self.x[idx], self.y[idx]


# ----------------------------------------------------------------- model
class BindingTagger(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.embed = nn.Linear(cfg["n_feat"], cfg["hidden"])
        self.rnn = nn.GRU(cfg["hidden"], cfg["hidden"], num_layers=cfg["layers"], batch_first=True,
                          bidirectional=True)
        self.drop = nn.Dropout(cfg["dropout"])
        self.tag = nn.Linear(2 * cfg["hidden"], 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.embed(x)))
        return self.tag(self.drop(h)).squeeze(-1)


# ----------------------------------------------------------------- metrics
def binary_stats(logits, y, thr=0.0):
    pred = (logits > thr).float()
    tp = (pred * y).sum().item()
    fp = (pred * (1 - y)).sum().item()
    fn = ((1 - pred) * y).sum().item()
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": prec, "recall": rec, "f1": f1}


def auroc(scores, y):
    s, yy = scores.flatten(), y.flatten()
    pos, neg = s[yy == 1], s[yy == 0]
    if len(pos) == 0 or len(neg) == 0:
        return math.nan
    return (pos[:, None] > neg[None, :]).float().mean().item()


def segment_count(mask):
    m = mask.long()
    starts = (m[:, 1:] - m[:, :-1]).clamp_min(0).sum().item() + m[:, 0].sum().item()
    return int(starts)


# ----------------------------------------------------------------- callbacks
class Callback:
    def on_train_start(self, trainer):
        pass

    def on_epoch_end(self, trainer, epoch, logs):
        pass

    def on_validation_batch(self, trainer, batch, logits):
        pass

    def on_train_end(self, trainer):
        pass


class History(Callback):
    def __init__(self):
        self.rows = defaultdict(list)

    def on_epoch_end(self, trainer, epoch, logs):
        for k, v in logs.items():
            self.rows[k].append(v)


class ConsoleLogger(Callback):
    def __init__(self, every=1):
        self.every = every
        self.t0 = None

    def on_train_start(self, trainer):
        self.t0 = time.perf_counter()

    def on_epoch_end(self, trainer, epoch, logs):
        if epoch % self.every == 0:
            body = " ".join(f"{k}={v:.4f}" for k, v in logs.items())
            logger.info("epoch %d %s (%.2fs)", epoch, body, time.perf_counter() - self.t0)


class RelevanceLogger(Callback):
    """gradient*input relevance per time step for the first validation batch."""

    def __init__(self, every=1):
        self.every = every
        self.maps = []
        self._seen_epoch = None

    def on_validation_batch(self, trainer, batch, logits):
        if trainer.epoch % self.every or self._seen_epoch == trainer.epoch:
            return
        self._seen_epoch = trainer.epoch
        x, _ = batch
        with torch.enable_grad():
            xi = x.clone().requires_grad_(True)
            score = trainer.model(xi).sigmoid().sum()
            (g,) = torch.autograd.grad(score, xi)  # TM001-here
        rel = (g * xi.detach()).sum(-1)
        self.maps.append(rel.mean(0))
        top = rel.abs().mean(0).topk(3).indices.tolist()
        logger.info("relevance: top winding steps %s", top)


class Checkpoint(Callback):
    def __init__(self, path):
        self.path = path
        self.best = -math.inf

    def on_epoch_end(self, trainer, epoch, logs):
        if logs.get("val_f1", -math.inf) > self.best:
            self.best = logs["val_f1"]
            torch.save(trainer.model.state_dict(), self.path)

    def on_train_end(self, trainer):
        if os.path.exists(self.path):
            os.remove(self.path)


class WarmupLR(Callback):
    """Linear warm-up of the learning rate over the first epochs."""

    def __init__(self, warmup_epochs=2, floor=0.2):
        self.warmup_epochs = warmup_epochs
        self.floor = floor
        self.base = None

    def on_train_start(self, trainer):
        self.base = [g["lr"] for g in trainer.opt.param_groups]
        self._set(trainer, 0)

    def on_epoch_end(self, trainer, epoch, logs):
        self._set(trainer, epoch + 1)
        logs["lr"] = trainer.opt.param_groups[0]["lr"]

    def _set(self, trainer, epoch):
        frac = min(1.0, self.floor + (1 - self.floor) * epoch / max(self.warmup_epochs, 1))
        for g, b in zip(trainer.opt.param_groups, self.base):
            g["lr"] = b * frac


@torch.no_grad()
def tune_threshold(model, data, cfg, grid=(-1.0, -0.5, 0.0, 0.5, 1.0)):
    """Pick the logit threshold that maximises validation F1."""
    model.eval()
    logits = torch.cat([model(x) for x, _ in data.loader(cfg["batch_size"])])
    best_thr, best_f1 = 0.0, -1.0
    for thr in grid:
        f1 = binary_stats(logits, data.y, thr)["f1"]
        if f1 > best_f1:
            best_thr, best_f1 = thr, f1
    return best_thr, best_f1


# ----------------------------------------------------------------- trainer
class Trainer:
    def __init__(self, model, cfg, callbacks=()):
        self.model = model
        self.cfg = cfg
        self.callbacks = list(callbacks)
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
        self.epoch = 0

    def _fire(self, name, *args):
        for cb in self.callbacks:
            getattr(cb, name)(self, *args)

    def train_epoch(self, data):
        self.model.train()
        total, n = 0.0, 0
        pw = torch.tensor(self.cfg["pos_weight"])
        for x, y in data.loader(self.cfg["batch_size"], shuffle=True):
            loss = F.binary_cross_entropy_with_logits(self.model(x), y, pos_weight=pw)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            total += loss.item() * len(x)
            n += len(x)
        return total / n

    @torch.no_grad()
    def validate(self, data):
        self.model.eval()
        all_logits, all_y = [], []
        for batch in data.loader(self.cfg["batch_size"]):
            logits = self.model(batch[0])
            self._fire("on_validation_batch", batch, logits)
            all_logits.append(logits)
            all_y.append(batch[1])
        logits, y = torch.cat(all_logits), torch.cat(all_y)
        st = binary_stats(logits, y)
        return {
            "val_f1": st["f1"],
            "val_precision": st["precision"],
            "val_recall": st["recall"],
            "val_auroc": auroc(logits, y),
            "val_segments": float(segment_count(logits > 0)),
        }

    def fit(self, train, val, epochs):
        self._fire("on_train_start")
        for epoch in range(epochs):
            self.epoch = epoch
            logs = {"train_loss": self.train_epoch(train)}
            logs.update(self.validate(val))
            self._fire("on_epoch_end", epoch, logs)
        self._fire("on_train_end")


# ----------------------------------------------------------------- main
def build_argparser():
    ap = argparse.ArgumentParser(description="besom binding looseness tagger")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=31)
    ap.add_argument("--log-every", type=int, default=1)
    ap.add_argument("--hidden", type=int, default=None)
    ap.add_argument("--no-relevance", action="store_true")
    ap.add_argument("--ckpt", default="besom_best.pt")
    return ap


def main(argv=None):
    args = build_argparser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="%(name)s: %(message)s")
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    cfg = dict(CFG)
    if args.hidden:
        cfg["hidden"] = args.hidden
    train, val = WindingSet(cfg["n_train"], cfg, args.seed), WindingSet(cfg["n_val"], cfg, args.seed + 1)
    logger.info("positives: train %.2f val %.2f", train.y.mean().item(), val.y.mean().item())

    model = BindingTagger(cfg)
    history = History()
    callbacks = [WarmupLR(), history, ConsoleLogger(args.log_every), Checkpoint(args.ckpt)]
    if not args.no_relevance:
        callbacks.append(RelevanceLogger(args.log_every))
    trainer = Trainer(model, cfg, callbacks)
    trainer.fit(train, val, args.epochs)
    best = max(history.rows["val_f1"])
    logger.info("best val f1 %.4f", best)
    thr, f1 = tune_threshold(model, val, cfg)
    logger.info("tuned threshold %.2f -> f1 %.4f", thr, f1)
    return {k: v[-1] for k, v in history.rows.items()}


if __name__ == "__main__":
    print(main())
