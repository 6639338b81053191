# expect: crash
"""Falcon telemetry: flight-behaviour classification from GPS/accelerometer tags.

Research script: train a small recurrent classifier for a few epochs, score every
training window by its gradient norm, drop the easiest fraction and retrain on the
rest. Usage:

    python falcon_telemetry_prune.py --epochs 2 --prune-frac 0.3
"""
import argparse
import json
import logging
import math
import os
import random
import tempfile
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("falcon")

BEHAVIOURS = ["soar", "stoop", "flap", "perch"]

DEFAULT_CONFIG = {
    "seed": 11,
    "n_windows": 48,
    "window": 10,
    "channels": 6,
    "hidden": 12,
    "layers": 1,
    "dropout": 0.1,
    "batch_size": 8,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "epochs": 2,
    "score_epochs": 1,
    "prune_frac": 0.25,
    "grad_clip": 1.0,
    "log_every": 3,
    "save_metrics": True,
}


# --------------------------------------------------------------------------- utils


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
        datefmt="%H:%M:%S",
    )


class AverageMeter:
    def __init__(self, name):
        self.name = name
        self.reset()

    def reset(self):
        self.sum = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.sum += value * n
        self.count += n

    @property
    def avg(self):
        return self.sum / max(1, self.count)

    def __repr__(self):
        return f"{self.name}={self.avg:.4f}"


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.start
        return False


# --------------------------------------------------------------------------- data


def synth_tag_windows(cfg):
    """Fake accelerometer + GPS-speed windows with a behaviour-dependent signature."""
    xs, ys = [], []
    for _ in range(cfg["n_windows"]):
        label = random.randrange(len(BEHAVIOURS))
        t = torch.linspace(0, 1, cfg["window"]).unsqueeze(-1)
        base = torch.randn(cfg["window"], cfg["channels"]) * 0.3
        if label == 0:
            base[:, 0] += 1.0
        elif label == 1:
            base[:, 1] -= 3.0 * t.squeeze(-1)
        elif label == 2:
            base[:, 2] += torch.sin(12 * math.pi * t.squeeze(-1))
        else:
            base *= 0.1
        xs.append(base)
        ys.append(label)
    return torch.stack(xs), torch.tensor(ys)


class WindowDataset(torch.utils.data.Dataset):
    def __init__(self, x, y, indices=None):
        self.x, self.y = x, y
        self.indices = list(range(len(y))) if indices is None else list(indices)

    def __len__(self):
        return len(self.indices)

    def __getitem__(self, i):
        j = self.indices[i]
        return self.x[j], self.y[j], j


def make_loader(ds, batch_size, shuffle):
    return torch.utils.data.DataLoader(ds, batch_size=batch_size, shuffle=shuffle)


def split_indices(n, val_frac=0.25):
    idx = list(range(n))
    random.shuffle(idx)
    k = int(n * val_frac)
    return idx[k:], idx[:k]


# --------------------------------------------------------------------------- model


class TagEncoder(nn.Module):
    def __init__(self, channels, hidden, layers, dropout):
        super().__init__()
        self.norm = nn.LayerNorm(channels)
        self.lstm = nn.LSTM(
            channels, hidden, num_layers=layers, batch_first=True, dropout=dropout if layers > 1 else 0.0
        )
        self.drop = nn.Dropout(dropout)

    def forward(self, x):
        h, _ = self.lstm(self.norm(x))
        return self.drop(h)


class BehaviourClassifier(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.encoder = TagEncoder(cfg["channels"], cfg["hidden"], cfg["layers"], cfg["dropout"])
        self.attn = nn.Linear(cfg["hidden"], 1)
        self.out = nn.Linear(cfg["hidden"], len(BEHAVIOURS))

    def forward(self, x):
        h = self.encoder(x)
        w = torch.softmax(self.attn(h), dim=1)
        return self.out((w * h).sum(1))


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def build_optimizer(model, cfg):
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (no_decay if name.endswith("bias") or "norm" in name else decay).append(p)
    return torch.optim.AdamW(
        [{"params": decay, "weight_decay": cfg["weight_decay"]}, {"params": no_decay, "weight_decay": 0.0}],
        lr=cfg["lr"],
    )


# --------------------------------------------------------------------------- metrics


def confusion(preds, targets, n):
    m = torch.zeros(n, n, dtype=torch.long)
    for p, t in zip(preds.tolist(), targets.tolist()):
        m[t, p] += 1
    return m


def macro_f1(cm):
    f1s = []
    for c in range(cm.shape[0]):
        tp = cm[c, c].item()
        fp = cm[:, c].sum().item() - tp
        fn = cm[c, :].sum().item() - tp
        denom = 2 * tp + fp + fn
        f1s.append(2 * tp / denom if denom else 0.0)
    return sum(f1s) / len(f1s)


def per_class_recall(cm):
    return {BEHAVIOURS[c]: (cm[c, c].item() / max(1, cm[c].sum().item())) for c in range(cm.shape[0])}


# --------------------------------------------------------------------------- train / eval


def train_one_epoch(model, loader, opt, cfg, epoch):
    model.train()
    loss_m, acc_m = AverageMeter("loss"), AverageMeter("acc")
    for step, (x, y, _) in enumerate(loader):
        logits = model(x)
        loss = F.cross_entropy(logits, y)
        opt.zero_grad()
        loss.backward()
        if cfg["grad_clip"]:
            nn.utils.clip_grad_norm_(model.parameters(), cfg["grad_clip"])
        opt.step()
        loss_m.update(loss.item(), len(y))
        acc_m.update((logits.argmax(-1) == y).float().mean().item(), len(y))
        if step % cfg["log_every"] == 0:
            LOG.debug("epoch %d step %d %s %s", epoch, step, loss_m, acc_m)
    return {"loss": loss_m.avg, "acc": acc_m.avg}


@torch.no_grad()
def evaluate(model, loader):
    model.eval()
    preds, targets, loss_m = [], [], AverageMeter("val_loss")
    for x, y, _ in loader:
        logits = model(x)
        loss_m.update(F.cross_entropy(logits, y).item(), len(y))
        preds.append(logits.argmax(-1))
        targets.append(y)
    cm = confusion(torch.cat(preds), torch.cat(targets), len(BEHAVIOURS))
    return {"loss": loss_m.avg, "macro_f1": macro_f1(cm), "recall": per_class_recall(cm)}


# --------------------------------------------------------------------------- pruning


def grad_norm_scores(model, dataset):
    """GraNd-style score: norm of the per-window loss gradient w.r.t. the output layer."""
    scores = {}
    params = [p for p in model.out.parameters()]
    for i in range(len(dataset)):
        x, y, j = dataset[i]
        model.zero_grad()
        loss = F.cross_entropy(model(x.unsqueeze(0)), y.unsqueeze(0))
        loss.backward()  # TM001-here
        sq = sum(p.grad.pow(2).sum().item() for p in params)
        scores[j] = math.sqrt(sq)
    model.zero_grad()
    return scores


def prune_easy(indices, scores, frac):
    ranked = sorted(indices, key=lambda j: scores[j])
    k = int(len(ranked) * frac)
    kept = ranked[k:]
    LOG.info("pruned %d of %d windows (score cut %.4f)", k, len(ranked), scores[ranked[k]] if k else 0.0)
    return kept


def score_summary(scores):
    vals = sorted(scores.values())
    n = len(vals)
    return {"min": vals[0], "median": vals[n // 2], "max": vals[-1]}


# --------------------------------------------------------------------------- runs


def fit(model, train_ds, val_ds, cfg, epochs, tag):
    opt = build_optimizer(model, cfg)
    train_loader = make_loader(train_ds, cfg["batch_size"], shuffle=True)
    val_loader = make_loader(val_ds, cfg["batch_size"], shuffle=False)
    history = []
    for epoch in range(epochs):
        with Timer() as t:
            tr = train_one_epoch(model, train_loader, opt, cfg, epoch)
        va = evaluate(model, val_loader)
        LOG.info(
            "[%s] epoch %d train_loss %.4f acc %.3f | val_loss %.4f f1 %.3f (%.2fs)",
            tag, epoch, tr["loss"], tr["acc"], va["loss"], va["macro_f1"], t.elapsed,
        )
        history.append({"epoch": epoch, "train": tr, "val": va})
    return history


def write_metrics(path, payload):
    with open(path, "w") as fh:
        json.dump(payload, fh, indent=2, default=float)
    LOG.info("metrics written to %s", path)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--prune-frac", type=float, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--no-save", action="store_true")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def merge_config(args):
    cfg = dict(DEFAULT_CONFIG)
    for key in ("epochs", "prune_frac", "hidden", "seed"):
        val = getattr(args, key)
        if val is not None:
            cfg[key] = val
    if args.no_save:
        cfg["save_metrics"] = False
    return cfg


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_config(args)
    set_seed(cfg["seed"])
    LOG.info("config %s", json.dumps(cfg, sort_keys=True))

    x, y = synth_tag_windows(cfg)
    train_idx, val_idx = split_indices(len(y))
    train_ds = WindowDataset(x, y, train_idx)
    val_ds = WindowDataset(x, y, val_idx)
    counts = defaultdict(int)
    for j in train_idx:
        counts[BEHAVIOURS[y[j]]] += 1
    LOG.info("train class counts %s", dict(counts))

    # 1) short scoring run
    scorer = BehaviourClassifier(cfg)
    LOG.info("scorer params %d", count_parameters(scorer))
    fit(scorer, train_ds, val_ds, cfg, cfg["score_epochs"], tag="score")

    # 2) gradient-norm scores on the training windows
    scores = grad_norm_scores(scorer, train_ds)
    LOG.info("score summary %s", score_summary(scores))
    kept = prune_easy(train_idx, scores, cfg["prune_frac"])

    # 3) retrain from scratch on the kept windows
    set_seed(cfg["seed"] + 1)
    model = BehaviourClassifier(cfg)
    history = fit(model, WindowDataset(x, y, kept), val_ds, cfg, cfg["epochs"], tag="pruned")

    final = history[-1]["val"]
    LOG.info("final macro-F1 %.3f recall %s", final["macro_f1"], final["recall"])
    if cfg["save_metrics"]:
        fd, path = tempfile.mkstemp(suffix=".json", prefix="falcon_")
        os.close(fd)
        try:
            write_metrics(path, {"config": cfg, "history": history, "kept": len(kept)})
        finally:
            os.remove(path)
    return final


if __name__ == "__main__":
    main()
