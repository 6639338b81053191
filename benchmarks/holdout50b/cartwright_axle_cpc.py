# expect: crash
"""Cartwright axle monitoring: contrastive predictive coding on hub-vibration
recordings, then fine-tuning for bearing-fault classification.

Stage 1 (``pretrain``) learns a GRU context network with the InfoNCE objective of
CPC: from the context at time t, predict the encoded frames at t+1..t+K against
the other sequences in the batch as negatives.
Stage 2 (``finetune``) reloads the encoder from the stage-1 checkpoint and trains
it end to end with a small classification head.

Usage:
    python cartwright_axle_cpc.py --pretrain-epochs 2 --finetune-epochs 2
"""
import argparse
import json
import logging
import math
import os
import random
import shutil
import tempfile
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("axle_cpc")

DEFAULT_CONFIG = {
    "seed": 17,
    "channels": 2,
    "frame": 4,
    "frames": 12,
    "z_dim": 8,
    "c_dim": 8,
    "pred_steps": 3,
    "n_classes": 3,
    "batch_size": 6,
    "pretrain_batches": 3,
    "finetune_batches": 3,
    "val_batches": 2,
    "lr_pretrain": 2e-3,
    "lr_finetune": 1e-3,
    "weight_decay": 1e-5,
    "grad_clip": 1.0,
    "log_every": 2,
}


# ---------------------------------------------------------------------------
# utilities
# ---------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


class AverageMeter:
    def __init__(self):
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


class MetricLog:
    """Collects scalar metrics per stage; dumps them as JSON lines at the end."""

    def __init__(self):
        self.rows = defaultdict(list)

    def add(self, stage, **kw):
        kw["t"] = round(time.time(), 3)
        self.rows[stage].append(kw)

    def summary(self):
        out = {}
        for stage, rows in self.rows.items():
            last = rows[-1]
            out[stage] = {k: v for k, v in last.items() if k != "t"}
        return out


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--pretrain-epochs", type=int, default=2)
    p.add_argument("--finetune-epochs", type=int, default=2)
    p.add_argument("--workdir", default=None, help="checkpoint folder (temporary if unset)")
    p.add_argument("--keep-workdir", action="store_true")
    p.add_argument("--config", default=None, help="JSON string overriding DEFAULT_CONFIG")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULT_CONFIG)
    if args.config:
        cfg.update(json.loads(args.config))
    cfg["pretrain_epochs"] = args.pretrain_epochs
    cfg["finetune_epochs"] = args.finetune_epochs
    return cfg


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------
def synth_recording(cfg, label, g):
    """Hub vibration: a base rotation tone plus a fault-dependent component."""
    n = cfg["frames"] * cfg["frame"]
    t = torch.arange(n, dtype=torch.float32)
    speed = 0.2 + 0.1 * torch.rand(1, generator=g).item()
    base = torch.sin(speed * t)
    if label == 1:      # outer race: periodic impulses
        fault = (torch.remainder(t, 7) == 0).float() * 0.8
    elif label == 2:    # imbalance: second harmonic
        fault = 0.5 * torch.sin(2 * speed * t + 0.3)
    else:
        fault = torch.zeros(n)
    noise = 0.1 * torch.randn(cfg["channels"], n, generator=g)
    sig = torch.stack([base + fault, 0.5 * base - fault]) + noise
    return sig.view(cfg["channels"], cfg["frames"], cfg["frame"]).permute(1, 0, 2).reshape(
        cfg["frames"], cfg["channels"] * cfg["frame"])


def make_loader(cfg, n_batches, seed, labelled=True):
    def loader():
        g = torch.Generator().manual_seed(seed)
        for _ in range(n_batches):
            labels = torch.randint(0, cfg["n_classes"], (cfg["batch_size"],), generator=g)
            x = torch.stack([synth_recording(cfg, int(y), g) for y in labels])
            yield (x, labels) if labelled else x
    return loader


# ---------------------------------------------------------------------------
# models
# ---------------------------------------------------------------------------
class FrameEncoder(nn.Module):
    def __init__(self, in_dim, z_dim):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(in_dim, 2 * z_dim), nn.GELU(), nn.Linear(2 * z_dim, z_dim))

    def forward(self, frames):
        return self.net(frames)


class CPCModel(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        in_dim = cfg["channels"] * cfg["frame"]
        self.encoder = FrameEncoder(in_dim, cfg["z_dim"])
        self.context = nn.GRU(cfg["z_dim"], cfg["c_dim"], batch_first=True)
        self.predictors = nn.ModuleList(
            [nn.Linear(cfg["c_dim"], cfg["z_dim"], bias=False) for _ in range(cfg["pred_steps"])])

    def forward(self, x):
        z = self.encoder(x)
        c, _ = self.context(z)
        return z, c

    def infonce(self, x):
        z, c = self(x)
        B, T, _ = z.shape
        losses, accs = [], []
        for k, pred in enumerate(self.predictors, start=1):
            if T - k <= 0:
                break
            ctx = c[:, : T - k]                       # B, T-k, C
            target = z[:, k:]                          # B, T-k, Z
            scores = torch.einsum("btz,ctz->btc", pred(ctx), target)  # positives on the diagonal
            labels = torch.arange(B).unsqueeze(1).expand(B, T - k)
            losses.append(F.cross_entropy(scores.reshape(-1, B), labels.reshape(-1)))
            accs.append((scores.argmax(-1) == labels).float().mean())
        return torch.stack(losses).mean(), torch.stack(accs).mean()


class FaultClassifier(nn.Module):
    def __init__(self, cpc, n_classes):
        super().__init__()
        self.cpc = cpc
        self.head = nn.Sequential(nn.Dropout(0.1), nn.Linear(cpc.context.hidden_size, n_classes))

    def forward(self, x):
        _, c = self.cpc(x)
        return self.head(c[:, -1])


# ---------------------------------------------------------------------------
# checkpoints
# ---------------------------------------------------------------------------
def save_checkpoint(model, cfg, path):
    torch.save({"state_dict": model.state_dict(), "config": cfg}, path)
    LOG.info("saved %s", os.path.basename(path))


def load_encoder(path):
    """Rebuild the CPC model from a checkpoint, ready for feature extraction."""
    ckpt = torch.load(path, map_location="cpu")
    model = CPCModel(ckpt["config"])
    model.load_state_dict(ckpt["state_dict"])
    return model.eval()


# ---------------------------------------------------------------------------
# stage 1: CPC pretraining
# ---------------------------------------------------------------------------
def pretrain_epoch(model, loader, opt, cfg, epoch, metrics):
    model.train()
    loss_m, acc_m = AverageMeter(), AverageMeter()
    for step, x in enumerate(loader()):
        loss, acc = model.infonce(x)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["grad_clip"])
        opt.step()
        loss_m.update(loss.item(), x.size(0))
        acc_m.update(acc.item(), x.size(0))
        if step % cfg["log_every"] == 0:
            LOG.debug("pretrain ep %d step %d nce %.4f acc %.3f", epoch, step, loss.item(), acc.item())
    metrics.add("pretrain", epoch=epoch, nce=loss_m.avg, acc=acc_m.avg)
    return loss_m.avg


@torch.no_grad()
def pretrain_validate(model, loader):
    model.eval()
    accs = [model.infonce(x)[1].item() for x in loader()]
    return sum(accs) / len(accs)


def run_pretrain(cfg, workdir, metrics):
    model = CPCModel(cfg)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr_pretrain"], weight_decay=cfg["weight_decay"])
    train_loader = make_loader(cfg, cfg["pretrain_batches"], seed=cfg["seed"], labelled=False)
    val_loader = make_loader(cfg, cfg["val_batches"], seed=cfg["seed"] + 1, labelled=False)
    best, best_path = -math.inf, os.path.join(workdir, "cpc_best.pt")
    for epoch in range(cfg["pretrain_epochs"]):
        nce = pretrain_epoch(model, train_loader, opt, cfg, epoch, metrics)
        val_acc = pretrain_validate(model, val_loader)
        LOG.info("pretrain epoch %d nce %.4f val-acc %.3f", epoch, nce, val_acc)
        if val_acc > best:
            best = val_acc
            save_checkpoint(model, cfg, best_path)
    return best_path


# ---------------------------------------------------------------------------
# stage 2: fine-tuning
# ---------------------------------------------------------------------------
def confusion(pred, target, n):
    m = torch.zeros(n, n, dtype=torch.long)
    for p, t in zip(pred.tolist(), target.tolist()):
        m[t, p] += 1
    return m


def macro_f1(conf):
    tp = conf.diag().float()
    prec = tp / conf.sum(0).clamp(min=1)
    rec = tp / conf.sum(1).clamp(min=1)
    f1 = 2 * prec * rec / (prec + rec).clamp(min=1e-8)
    return f1.mean().item()


def finetune_epoch(clf, loader, opt, cfg, epoch, metrics):
    loss_m = AverageMeter()
    for step, (x, y) in enumerate(loader()):
        logits = clf(x)
        loss = F.cross_entropy(logits, y, label_smoothing=0.05)
        opt.zero_grad()
        loss.backward()  # TM001-here
        nn.utils.clip_grad_norm_(clf.parameters(), cfg["grad_clip"])
        opt.step()
        loss_m.update(loss.item(), x.size(0))
    metrics.add("finetune", epoch=epoch, ce=loss_m.avg)
    return loss_m.avg


@torch.no_grad()
def finetune_validate(clf, loader, cfg):
    clf.eval()
    preds, ys = [], []
    for x, y in loader():
        preds.append(clf(x).argmax(-1))
        ys.append(y)
    conf = confusion(torch.cat(preds), torch.cat(ys), cfg["n_classes"])
    return macro_f1(conf), conf


def run_finetune(cfg, ckpt_path, metrics):
    encoder = load_encoder(ckpt_path)
    clf = FaultClassifier(encoder, cfg["n_classes"])
    params = [
        {"params": clf.cpc.parameters(), "lr": cfg["lr_finetune"] * 0.3},
        {"params": clf.head.parameters(), "lr": cfg["lr_finetune"]},
    ]
    opt = torch.optim.Adam(params)
    train_loader = make_loader(cfg, cfg["finetune_batches"], seed=cfg["seed"] + 2)
    val_loader = make_loader(cfg, cfg["val_batches"], seed=cfg["seed"] + 3)
    f1 = 0.0
    for epoch in range(cfg["finetune_epochs"]):
        ce = finetune_epoch(clf, train_loader, opt, cfg, epoch, metrics)
        f1, conf = finetune_validate(clf, val_loader, cfg)
        LOG.info("finetune epoch %d ce %.4f macro-F1 %.3f", epoch, ce, f1)
        LOG.debug("confusion\n%s", conf)
    return f1


# ---------------------------------------------------------------------------
def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    cfg = build_config(args)
    set_seed(cfg["seed"])
    LOG.info("config %s", json.dumps(cfg, sort_keys=True))
    workdir = args.workdir or tempfile.mkdtemp(prefix="axle_cpc_")
    os.makedirs(workdir, exist_ok=True)
    metrics = MetricLog()
    try:
        ckpt = run_pretrain(cfg, workdir, metrics)
        f1 = run_finetune(cfg, ckpt, metrics)
        LOG.info("final macro-F1 %.3f", f1)
        LOG.info("summary %s", json.dumps(metrics.summary()))
    finally:
        if not args.keep_workdir:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
