# expect: crash
"""Cooperage stave grading: GRU classifier over bending-test traces, plus Langevin probes of class 0.

Research script for the pruning ablation: train a small recurrent classifier, evaluate it every epoch,
then score parameters by |w * dL/dw| on a held-out batch and prune the lowest fraction before a short
fine-tune; finally draw Langevin samples that the classifier
scores as "sound stave" for the qualitative figure.  Everything is tiny and random so the script runs in seconds.

    python cooper_stave_langevin_research.py --epochs 2 --langevin-steps 3
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

LOG = logging.getLogger("cooperage")

CONFIG = {
    "seed": 13,
    "n_train": 48,
    "n_val": 16,
    "seq_len": 9,
    "n_feat": 4,
    "n_classes": 3,
    "hidden": 12,
    "layers": 1,
    "dropout": 0.1,
    "batch_size": 8,
    "epochs": 2,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "clip": 1.0,
    "prune_frac": 0.3,
    "finetune_steps": 2,
    "score_head_only": True,
    "langevin_steps": 3,
    "langevin_step_size": 0.05,
    "log_every": 3,
}


# --------------------------------------------------------------------------- utils
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s", datefmt="%H:%M:%S")


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    p.add_argument("--hidden", type=int, default=CONFIG["hidden"])
    p.add_argument("--lr", type=float, default=CONFIG["lr"])
    p.add_argument("--prune-frac", type=float, default=CONFIG["prune_frac"])
    p.add_argument("--finetune-steps", type=int, default=CONFIG["finetune_steps"])
    p.add_argument("--langevin-steps", type=int, default=CONFIG["langevin_steps"])
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def merge_config(args):
    cfg = dict(CONFIG)
    cfg.update(epochs=args.epochs, hidden=args.hidden, lr=args.lr, prune_frac=args.prune_frac,
               finetune_steps=args.finetune_steps, langevin_steps=args.langevin_steps)
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


# --------------------------------------------------------------------------- data
def synth_split(n, cfg, offset=0):
    g = torch.Generator().manual_seed(cfg["seed"] + offset)
    x = torch.randn(n, cfg["seq_len"], cfg["n_feat"], generator=g)
    trend = x[:, :, 0].cumsum(1)[:, -1]
    y = torch.bucketize(trend, torch.tensor([-1.0, 1.0]))
    return x, y.clamp(max=cfg["n_classes"] - 1)


def iterate(x, y, batch_size, shuffle):
    idx = list(range(x.size(0)))
    if shuffle:
        random.shuffle(idx)
    for i in range(0, len(idx), batch_size):
        j = idx[i:i + batch_size]
        yield x[j], y[j]


# --------------------------------------------------------------------------- model
class StaveClassifier(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.inp = nn.Linear(cfg["n_feat"], cfg["hidden"])
        self.rnn = nn.GRU(cfg["hidden"], cfg["hidden"], num_layers=cfg["layers"], batch_first=True)
        self.drop = nn.Dropout(cfg["dropout"])
        self.head = nn.Linear(cfg["hidden"], cfg["n_classes"])

    def features(self, x):
        out, _ = self.rnn(torch.relu(self.inp(x)))
        return out.mean(1)

    def forward(self, x):
        return self.head(self.drop(self.features(x)))


def count_params(model):
    return sum(p.numel() for p in model.parameters())


def nonzero_params(model):
    return sum(int((p != 0).sum()) for p in model.parameters())


# --------------------------------------------------------------------------- metrics
def confusion(pred, target, k):
    m = torch.zeros(k, k, dtype=torch.long)
    for p, t in zip(pred.tolist(), target.tolist()):
        m[t, p] += 1
    return m


def macro_f1(conf):
    f1s = []
    for c in range(conf.size(0)):
        tp = conf[c, c].item()
        fp = conf[:, c].sum().item() - tp
        fn = conf[c, :].sum().item() - tp
        denom = 2 * tp + fp + fn
        f1s.append(0.0 if denom == 0 else 2 * tp / denom)
    return sum(f1s) / len(f1s)


def summarise(metrics):
    return " ".join(f"{k}={v:.4f}" for k, v in sorted(metrics.items()) if isinstance(v, float))


# --------------------------------------------------------------------------- train / eval
def train_one_epoch(model, opt, data, cfg, epoch, history):
    model.train()
    meter = AverageMeter()
    for step, (x, y) in enumerate(iterate(*data, cfg["batch_size"], shuffle=True)):
        logits = model(x)
        loss = F.cross_entropy(logits, y)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        meter.update(loss.item(), x.size(0))
        if step % cfg["log_every"] == 0:
            LOG.debug("epoch %d step %d loss %.4f", epoch, step, loss.item())
    history["train_loss"].append(meter.avg)
    return meter.avg


def evaluate(model, data, cfg):
    model.eval()
    preds, targets = [], []
    meter = AverageMeter()
    with torch.no_grad():
        for x, y in iterate(*data, cfg["batch_size"], shuffle=False):
            logits = model(x)
            meter.update(F.cross_entropy(logits, y).item(), x.size(0))
            preds.append(logits.argmax(-1))
            targets.append(y)
    pred, target = torch.cat(preds), torch.cat(targets)
    conf = confusion(pred, target, cfg["n_classes"])
    return {"loss": meter.avg, "acc": float((pred == target).float().mean()), "f1": macro_f1(conf)}


# --------------------------------------------------------------------------- pruning
def prune_scores(model, batch, head_only=False):
    """Connection sensitivity |w * g| measured on one validation batch."""
    x, y = batch
    model.zero_grad(set_to_none=True)
    if head_only:
        with torch.no_grad():
            feats = model.features(x)
        loss = F.cross_entropy(model.head(feats), y)
        named = [(n, p) for n, p in model.named_parameters() if n.startswith("head.")]
    else:
        loss = F.cross_entropy(model(x), y)
        named = [(n, p) for n, p in model.named_parameters() if p.dim() > 1]
    loss.backward()
    scores = {n: (p.detach() * p.grad.detach()).abs() for n, p in named}
    model.zero_grad(set_to_none=True)
    return scores


def build_masks(scores, frac):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = int(math.floor(frac * flat.numel()))
    if k == 0:
        return {n: torch.ones_like(s) for n, s in scores.items()}
    threshold = flat.kthvalue(k).values
    return {n: (s > threshold).float() for n, s in scores.items()}


def apply_masks(model, masks):
    params = dict(model.named_parameters())
    with torch.no_grad():
        for n, m in masks.items():
            params[n].mul_(m)


def finetune(model, opt, masks, data, cfg):
    model.train()
    for step, (x, y) in enumerate(iterate(*data, cfg["batch_size"], shuffle=True)):
        if step >= cfg["finetune_steps"]:
            break
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        apply_masks(model, masks)


# --------------------------------------------------------------------------- sampling (optional)
def langevin_probe(model, cfg, n=4):
    """Draw inputs that the classifier finds typical of class 0 (energy = -logit_0)."""
    x = torch.randn(n, cfg["seq_len"], cfg["n_feat"], requires_grad=True)
    for _ in range(cfg["langevin_steps"]):
        energy = -model(x)[:, 0].sum()
        g, = torch.autograd.grad(energy, x)  # TM001-here
        with torch.no_grad():
            x -= 0.5 * cfg["langevin_step_size"] * g
            x += math.sqrt(cfg["langevin_step_size"]) * torch.randn_like(x)
    return x.detach()


# --------------------------------------------------------------------------- checkpointing
def save_checkpoint(model, metrics, path):
    torch.save({"state": model.state_dict(), "metrics": metrics}, path)


def load_checkpoint(model, path):
    blob = torch.load(path, weights_only=True)
    model.load_state_dict(blob["state"])
    return blob["metrics"]


# --------------------------------------------------------------------------- main
def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_config(args)
    set_seed(cfg["seed"])
    LOG.info("config %s", json.dumps(cfg, sort_keys=True))

    train_data = synth_split(cfg["n_train"], cfg, offset=0)
    val_data = synth_split(cfg["n_val"], cfg, offset=1)

    model = StaveClassifier(cfg)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    LOG.info("params %d", count_params(model))

    history = defaultdict(list)
    best, best_metrics = -1.0, None
    fd, ckpt = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        start = time.time()
        for epoch in range(cfg["epochs"]):
            tl = train_one_epoch(model, opt, train_data, cfg, epoch, history)
            metrics = evaluate(model, val_data, cfg)
            history["val_f1"].append(metrics["f1"])
            LOG.info("epoch %d train_loss %.4f %s", epoch, tl, summarise(metrics))
            if metrics["f1"] > best:
                best, best_metrics = metrics["f1"], metrics
                save_checkpoint(model, metrics, ckpt)
        LOG.info("training took %.2fs", time.time() - start)

        load_checkpoint(model, ckpt)
        val_batch = next(iterate(*val_data, cfg["batch_size"], shuffle=False))
        scores = prune_scores(model, val_batch, head_only=cfg["score_head_only"])
        masks = build_masks(scores, cfg["prune_frac"])
        apply_masks(model, masks)
        LOG.info("pruned: %d / %d nonzero", nonzero_params(model), count_params(model))

        finetune(model, opt, masks, train_data, cfg)
        final = evaluate(model, val_data, cfg)
        LOG.info("after pruning %s (best before %s)", summarise(final), summarise(best_metrics))

        if cfg["langevin_steps"] > 0:
            samples = langevin_probe(model, cfg)
            LOG.info("langevin sample mean %.4f", samples.mean().item())
    finally:
        if os.path.exists(ckpt):
            os.remove(ckpt)
    return history


if __name__ == "__main__":
    main()
