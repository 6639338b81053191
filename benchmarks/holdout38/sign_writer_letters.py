# expect: crash
"""Sign writers' lettering: classify brush-stroke sequences into letter families.

Research script: a bidirectional LSTM over pen-pressure/velocity traces, trained with
label smoothing and a cosine schedule, with connection-sensitivity pruning scores
(|w * dL/dw|) computed on a held-out batch after each evaluation round so that the
least useful weights can be masked for the next epoch.

Usage:
    python sign_writer_letters.py --epochs 2 --hidden 12 --prune-every 1
"""
import argparse
import logging
import math
import os
import random
import sys
import time
from collections import defaultdict, OrderedDict

import torch
from torch import nn
import torch.nn.functional as F

LOG = logging.getLogger("signwriter")

DEFAULTS = {
    "seed": 21,
    "epochs": 2,
    "batch_size": 6,
    "hidden": 12,
    "layers": 1,
    "dropout": 0.1,
    "lr": 3e-3,
    "weight_decay": 1e-5,
    "label_smoothing": 0.1,
    "n_classes": 4,
    "n_features": 3,
    "seq_len": 9,
    "train_batches": 4,
    "val_batches": 2,
    "prune_every": 1,
    "prune_fraction": 0.1,
    "clip": 1.0,
    "warmup": 2,
    "log_every": 2,
}

FAMILIES = ["roman", "italic", "script", "gothic"]


# --------------------------------------------------------------------------- utils


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    level = logging.DEBUG if verbose else logging.INFO
    logging.basicConfig(stream=sys.stdout, level=level,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


class AverageMeter:
    def __init__(self, name):
        self.name = name
        self.reset()

    def reset(self):
        self.total = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.total += float(value) * n
        self.count += n

    @property
    def avg(self):
        return self.total / max(self.count, 1)

    def __repr__(self):
        return f"{self.name}={self.avg:.4f}"


class Timer:
    def __init__(self):
        self.start = time.perf_counter()

    def lap(self):
        now = time.perf_counter()
        dt, self.start = now - self.start, now
        return dt


# --------------------------------------------------------------------------- data


def synth_strokes(n, cfg, generator=None):
    """Pen traces whose letter family depends on curvature and pressure statistics."""
    t = torch.linspace(0, 2 * math.pi, cfg["seq_len"])
    labels = torch.randint(0, cfg["n_classes"], (n,), generator=generator)
    freq = 1.0 + labels.float().unsqueeze(1)
    pressure = torch.sin(freq * t) + 0.2 * torch.randn(n, cfg["seq_len"], generator=generator)
    velocity = torch.cos(freq * t / 2) + 0.2 * torch.randn(n, cfg["seq_len"], generator=generator)
    slant = (labels.float().unsqueeze(1) - 1.5) * 0.3 + 0.1 * torch.randn(n, cfg["seq_len"], generator=generator)
    x = torch.stack([pressure, velocity, slant], dim=-1)
    return x, labels


class StrokeLoader:
    def __init__(self, cfg, n_batches, seed):
        self.cfg = cfg
        self.n_batches = n_batches
        self.seed = seed

    def __len__(self):
        return self.n_batches

    def __iter__(self):
        g = torch.Generator().manual_seed(self.seed)
        for _ in range(self.n_batches):
            yield synth_strokes(self.cfg["batch_size"], self.cfg, generator=g)


def build_loaders(cfg):
    train = StrokeLoader(cfg, cfg["train_batches"], seed=cfg["seed"])
    val = StrokeLoader(cfg, cfg["val_batches"], seed=cfg["seed"] + 1)
    probe = StrokeLoader(cfg, 1, seed=cfg["seed"] + 2)
    return train, val, probe


# --------------------------------------------------------------------------- model


class AttentionPool(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.score = nn.Linear(dim, 1)

    def forward(self, h):
        w = torch.softmax(self.score(h).squeeze(-1), dim=1)
        return (w.unsqueeze(-1) * h).sum(1), w


class LetterNet(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.inp = nn.Linear(cfg["n_features"], cfg["hidden"])
        self.drop = nn.Dropout(cfg["dropout"])
        self.lstm = nn.LSTM(cfg["hidden"], cfg["hidden"], num_layers=cfg["layers"],
                            batch_first=True, bidirectional=True)
        self.pool = AttentionPool(2 * cfg["hidden"])
        self.cls = nn.Linear(2 * cfg["hidden"], cfg["n_classes"])

    def forward(self, x, return_attention=False):
        h = self.drop(torch.relu(self.inp(x)))
        h, _ = self.lstm(h)
        z, w = self.pool(h)
        logits = self.cls(self.drop(z))
        if return_attention:
            return logits, w
        return logits


# --------------------------------------------------------------------------- pruning


class MaskSet:
    """Binary masks on weight matrices, re-applied after every optimiser step."""

    def __init__(self, model):
        self.masks = OrderedDict()
        for name, p in model.named_parameters():
            if p.dim() >= 2:
                self.masks[name] = torch.ones_like(p)

    def apply(self, model):
        with torch.no_grad():
            for name, p in model.named_parameters():
                if name in self.masks:
                    p.mul_(self.masks[name])

    def sparsity(self):
        total = sum(m.numel() for m in self.masks.values())
        zeros = sum((m == 0).sum().item() for m in self.masks.values())
        return zeros / max(total, 1)


def connection_scores(model, batch, loss_fn):
    """|w * dL/dw| on one held-out batch (SNIP-style saliency)."""
    x, y = batch
    model.zero_grad(set_to_none=True)
    loss = loss_fn(model(x), y)
    loss.backward()  # TM001-here
    scores = {}
    for name, p in model.named_parameters():
        if p.grad is not None and p.dim() >= 2:
            scores[name] = (p.detach() * p.grad.detach()).abs()
    model.zero_grad(set_to_none=True)
    return scores


def update_masks(masks, scores, fraction):
    flat = torch.cat([s[masks.masks[n] > 0].flatten() for n, s in scores.items()])
    if flat.numel() == 0:
        return 0.0
    k = max(1, int(fraction * flat.numel()))
    threshold = flat.kthvalue(k).values
    for name, s in scores.items():
        masks.masks[name] = masks.masks[name] * (s > threshold).float()
    return threshold.item()


# --------------------------------------------------------------------------- train / eval


def cosine_lr(step, total, base, warmup):
    if step < warmup:
        return base * (step + 1) / warmup
    progress = (step - warmup) / max(1, total - warmup)
    return base * 0.5 * (1 + math.cos(math.pi * progress))


def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def confusion(logits, y, n):
    mat = torch.zeros(n, n, dtype=torch.long)
    for p, t in zip(logits.argmax(-1).tolist(), y.tolist()):
        mat[t, p] += 1
    return mat


def train_one_epoch(model, loader, opt, loss_fn, masks, cfg, state):
    model.train()
    meters = {"loss": AverageMeter("loss"), "acc": AverageMeter("acc")}
    for i, (x, y) in enumerate(loader):
        lr = cosine_lr(state["step"], state["total_steps"], cfg["lr"], cfg["warmup"])
        for group in opt.param_groups:
            group["lr"] = lr
        logits = model(x)
        loss = loss_fn(logits, y)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        masks.apply(model)
        meters["loss"].update(loss.item(), x.size(0))
        meters["acc"].update(accuracy(logits, y), x.size(0))
        state["step"] += 1
        if i % cfg["log_every"] == 0:
            LOG.debug("step %d lr %.5f %s", state["step"], lr, meters["loss"])
    return {k: m.avg for k, m in meters.items()}


@torch.no_grad()
def evaluate(model, loader, loss_fn, cfg):
    model.eval()
    meters = {"loss": AverageMeter("loss"), "acc": AverageMeter("acc")}
    conf = torch.zeros(cfg["n_classes"], cfg["n_classes"], dtype=torch.long)
    for x, y in loader:
        logits = model(x)
        meters["loss"].update(loss_fn(logits, y).item(), x.size(0))
        meters["acc"].update(accuracy(logits, y), x.size(0))
        conf += confusion(logits, y, cfg["n_classes"])
    return {k: m.avg for k, m in meters.items()}, conf


def per_class_recall(conf):
    out = {}
    for i, fam in enumerate(FAMILIES[: conf.size(0)]):
        denom = conf[i].sum().item()
        out[fam] = conf[i, i].item() / denom if denom else float("nan")
    return out


def attention_summary(model, loader):
    was = model.training
    model.eval()
    with torch.no_grad():
        x, _ = next(iter(loader))
        _, w = model(x, return_attention=True)
    model.train(was)
    return w.mean(0).tolist()


# --------------------------------------------------------------------------- main


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=DEFAULTS["epochs"])
    p.add_argument("--hidden", type=int, default=DEFAULTS["hidden"])
    p.add_argument("--lr", type=float, default=DEFAULTS["lr"])
    p.add_argument("--prune-every", type=int, default=DEFAULTS["prune_every"])
    p.add_argument("--prune-fraction", type=float, default=DEFAULTS["prune_fraction"])
    p.add_argument("--seed", type=int, default=DEFAULTS["seed"])
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--out", default=None, help="optional path for the final checkpoint")
    return p.parse_args(argv)


def make_config(args):
    cfg = dict(DEFAULTS)
    cfg.update(epochs=args.epochs, hidden=args.hidden, lr=args.lr, prune_every=args.prune_every,
               prune_fraction=args.prune_fraction, seed=args.seed)
    return cfg


def run(cfg, out_path=None):
    set_seed(cfg["seed"])
    train_loader, val_loader, probe_loader = build_loaders(cfg)
    model = LetterNet(cfg)
    LOG.info("model has %d trainable parameters", count_parameters(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    loss_fn = nn.CrossEntropyLoss(label_smoothing=cfg["label_smoothing"])
    masks = MaskSet(model)
    state = {"step": 0, "total_steps": cfg["epochs"] * len(train_loader)}
    history = defaultdict(list)
    timer = Timer()

    for epoch in range(cfg["epochs"]):
        train_stats = train_one_epoch(model, train_loader, opt, loss_fn, masks, cfg, state)
        val_stats, conf = evaluate(model, val_loader, loss_fn, cfg)
        history["train_loss"].append(train_stats["loss"])
        history["val_loss"].append(val_stats["loss"])
        history["val_acc"].append(val_stats["acc"])
        LOG.info("epoch %d train %.4f val %.4f acc %.3f (%.2fs)", epoch, train_stats["loss"],
                 val_stats["loss"], val_stats["acc"], timer.lap())
        LOG.info("recall %s", {k: round(v, 2) for k, v in per_class_recall(conf).items()})

        if cfg["prune_every"] and (epoch + 1) % cfg["prune_every"] == 0:
            probe_batch = next(iter(probe_loader))
            scores = connection_scores(model, probe_batch, loss_fn)
            thr = update_masks(masks, scores, cfg["prune_fraction"])
            masks.apply(model)
            LOG.info("pruned at threshold %.2e, sparsity %.3f", thr, masks.sparsity())

    LOG.info("attention profile %s", [round(a, 3) for a in attention_summary(model, val_loader)])
    if out_path:
        torch.save({"model": model.state_dict(), "config": cfg}, out_path)
        os.remove(out_path)
    return history


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = make_config(args)
    history = run(cfg, args.out)
    best = max(range(len(history["val_acc"])), key=history["val_acc"].__getitem__)
    LOG.info("best epoch %d acc %.3f", best, history["val_acc"][best])


if __name__ == "__main__":
    main()
