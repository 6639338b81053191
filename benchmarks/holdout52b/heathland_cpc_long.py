# expect: crash
"""Heathland fire-weather stations: contrastive predictive coding (CPC) on
multichannel sensor streams, with periodic linear-probe evaluation of the
representation and a final supervised fine-tune for fire-danger classes.

Usage:
    python heathland_cpc_long.py --epochs 2 --probe-every 1

Research-code layout: a config dict overridden by argparse, synthetic data
generators, an encoder + GRU autoregressor, InfoNCE, probe evaluation, metrics,
checkpointing to a temporary directory (removed at exit).
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

LOG = logging.getLogger("heathland")

CONFIG = {
    "seed": 17,
    "channels": 5,          # temperature, humidity, wind, soil moisture, fuel load
    "seq_len": 12,
    "enc_dim": 8,
    "ar_dim": 8,
    "pred_steps": 2,
    "batch_size": 4,
    "n_train_batches": 3,
    "n_probe_batches": 2,
    "epochs": 2,
    "probe_every": 1,
    "probe_epochs": 3,
    "lr": 3e-3,
    "probe_lr": 1e-2,
    "finetune_epochs": 1,
    "n_classes": 4,
    "grad_clip": 1.0,
    "log_every": 2,
}


# --------------------------------------------------------------------------
# utilities
# --------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.sum = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.sum += float(value) * n
        self.count += n

    @property
    def avg(self):
        return self.sum / max(self.count, 1)


class MetricTracker:
    def __init__(self):
        self.history = defaultdict(list)

    def log(self, **kwargs):
        for k, v in kwargs.items():
            self.history[k].append(float(v))

    def last(self, key, default=float("nan")):
        values = self.history.get(key)
        return values[-1] if values else default

    def best(self, key, mode="max"):
        values = self.history.get(key, [])
        if not values:
            return None
        return max(values) if mode == "max" else min(values)

    def to_json(self):
        return json.dumps({k: [round(v, 5) for v in vs] for k, vs in self.history.items()})


def count_parameters(module):
    return sum(p.numel() for p in module.parameters() if p.requires_grad)


# --------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------
def synth_station_stream(batch, seq_len, channels):
    t = torch.linspace(0, 2 * math.pi, seq_len)
    phase = torch.rand(batch, 1, 1) * 2 * math.pi
    base = torch.sin(t[None, :, None] + phase)
    drift = torch.cumsum(0.1 * torch.randn(batch, seq_len, channels), dim=1)
    return base.expand(-1, -1, channels) + drift


def danger_labels(x, n_classes):
    score = x[:, :, 0].mean(1) - x[:, :, 1].mean(1) + 0.5 * x[:, :, 2].abs().mean(1)
    edges = torch.linspace(score.min().item(), score.max().item() + 1e-6, n_classes + 1)[1:-1]
    return torch.bucketize(score, edges)


def make_unlabelled(cfg):
    return [synth_station_stream(cfg["batch_size"], cfg["seq_len"], cfg["channels"])
            for _ in range(cfg["n_train_batches"])]


def make_labelled(cfg, n):
    out = []
    for _ in range(n):
        x = synth_station_stream(cfg["batch_size"], cfg["seq_len"], cfg["channels"])
        out.append((x, danger_labels(x, cfg["n_classes"])))
    return out


def normalise(x, eps=1e-5):
    mu = x.mean(dim=(0, 1), keepdim=True)
    sd = x.std(dim=(0, 1), keepdim=True)
    return (x - mu) / (sd + eps)


# --------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------
class StepEncoder(nn.Module):
    """Per-time-step encoder g_enc."""

    def __init__(self, channels, enc_dim):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(channels, enc_dim),
            nn.LayerNorm(enc_dim),
            nn.GELU(),
            nn.Linear(enc_dim, enc_dim),
        )

    def forward(self, x):
        return self.net(x)


class CPCModel(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.encoder = StepEncoder(cfg["channels"], cfg["enc_dim"])
        self.autoregressor = nn.GRU(cfg["enc_dim"], cfg["ar_dim"], batch_first=True)
        self.predictors = nn.ModuleList(
            [nn.Linear(cfg["ar_dim"], cfg["enc_dim"], bias=False) for _ in range(cfg["pred_steps"])]
        )

    def forward(self, x):
        z = self.encoder(x)
        c, _ = self.autoregressor(z)
        return z, c

    def summary(self, x):
        _, c = self.forward(x)
        return c[:, -1]


def info_nce(z, c, predictors):
    """InfoNCE over future steps; negatives are the other (batch, time) positions."""
    b, t, d = z.shape
    losses, accs = [], []
    for k, pred in enumerate(predictors, start=1):
        if t - k <= 0:
            break
        ctx = c[:, : t - k]                  # (b, t-k, ar)
        target = z[:, k:]                    # (b, t-k, d)
        pred_z = pred(ctx)                   # (b, t-k, d)
        logits = torch.einsum("btd,nsd->btns", pred_z, target).reshape(b * (t - k), b * (t - k))
        labels = torch.arange(b * (t - k))
        losses.append(F.cross_entropy(logits, labels))
        accs.append((logits.argmax(-1) == labels).float().mean())
    return torch.stack(losses).mean(), torch.stack(accs).mean()


# --------------------------------------------------------------------------
# probe evaluation
# --------------------------------------------------------------------------
def extract_features(model, batches):
    feats, labels = [], []
    with torch.no_grad():
        for x, y in batches:
            feats.append(model.summary(normalise(x)))
            labels.append(y)
    return torch.cat(feats), torch.cat(labels)


def probe_evaluate(model, probe_batches, cfg):
    """Fit a linear probe on frozen CPC summaries and report accuracy."""
    was_training = model.encoder.training
    model.eval()
    feats, labels = extract_features(model, probe_batches)
    n = feats.shape[0]
    split = max(1, int(0.75 * n))
    probe = nn.Linear(feats.shape[1], cfg["n_classes"])
    opt = torch.optim.Adam(probe.parameters(), lr=cfg["probe_lr"])
    for _ in range(cfg["probe_epochs"]):
        loss = F.cross_entropy(probe(feats[:split]), labels[:split])
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        acc = (probe(feats[split:]).argmax(-1) == labels[split:]).float().mean().item()
    model.encoder.train(was_training)
    return acc


# --------------------------------------------------------------------------
# checkpointing
# --------------------------------------------------------------------------
class Checkpointer:
    def __init__(self, root):
        self.root = root
        self.best_score = -float("inf")
        self.best_path = None

    def maybe_save(self, model, score, epoch):
        if score <= self.best_score:
            return False
        self.best_score = score
        self.best_path = os.path.join(self.root, f"cpc_epoch{epoch}.pt")
        torch.save(model.state_dict(), self.best_path)
        LOG.debug("saved %s", self.best_path)
        return True

    def restore(self, model):
        if self.best_path:
            model.load_state_dict(torch.load(self.best_path))


# --------------------------------------------------------------------------
# training
# --------------------------------------------------------------------------
def cpc_epoch(model, batches, optimizer, cfg, epoch):
    loss_meter, acc_meter = AverageMeter(), AverageMeter()
    for i, x in enumerate(batches):
        z, c = model(normalise(x))
        loss, acc = info_nce(z, c, model.predictors)
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        nn.utils.clip_grad_norm_(model.parameters(), cfg["grad_clip"])
        optimizer.step()
        loss_meter.update(loss.item(), x.shape[0])
        acc_meter.update(acc.item(), x.shape[0])
        if i % cfg["log_every"] == 0:
            LOG.debug("epoch %d it %d nce %.4f acc %.3f", epoch, i, loss.item(), acc.item())
    return loss_meter.avg, acc_meter.avg


def pretrain(model, cfg, tracker, ckpt):
    optimizer = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    unlabelled = make_unlabelled(cfg)
    probe_batches = make_labelled(cfg, cfg["n_probe_batches"])
    model.train()
    for epoch in range(cfg["epochs"]):
        t0 = time.time()
        nce, acc = cpc_epoch(model, unlabelled, optimizer, cfg, epoch)
        tracker.log(nce=nce, nce_acc=acc)
        if (epoch + 1) % cfg["probe_every"] == 0:
            probe_acc = probe_evaluate(model, probe_batches, cfg)
            tracker.log(probe_acc=probe_acc)
            ckpt.maybe_save(model, probe_acc, epoch)
        LOG.info("epoch %d nce %.4f acc %.3f probe %.3f (%.2fs)",
                 epoch, nce, acc, tracker.last("probe_acc"), time.time() - t0)


class DangerClassifier(nn.Module):
    def __init__(self, cpc, n_classes):
        super().__init__()
        self.cpc = cpc
        self.head = nn.Linear(cpc.autoregressor.hidden_size, n_classes)

    def forward(self, x):
        return self.head(self.cpc.summary(x))


def finetune(model, cfg, tracker):
    clf = DangerClassifier(model, cfg["n_classes"])
    clf.train()
    opt = torch.optim.Adam([
        {"params": clf.head.parameters(), "lr": cfg["lr"]},
        {"params": clf.cpc.parameters(), "lr": cfg["lr"] * 0.1},
    ])
    data = make_labelled(cfg, cfg["n_train_batches"])
    for epoch in range(cfg["finetune_epochs"]):
        meter = AverageMeter()
        for x, y in data:
            loss = F.cross_entropy(clf(normalise(x)), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            meter.update(loss.item(), x.shape[0])
        tracker.log(ft_loss=meter.avg)
        LOG.info("finetune epoch %d loss %.4f", epoch, meter.avg)
    return clf


def evaluate_classifier(clf, cfg):
    clf.eval()
    data = make_labelled(cfg, 2)
    correct = total = 0
    with torch.no_grad():
        for x, y in data:
            correct += (clf(normalise(x)).argmax(-1) == y).sum().item()
            total += y.numel()
    return correct / total


# --------------------------------------------------------------------------
# entry point
# --------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--probe-every", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--no-finetune", action="store_true")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def build_config(args):
    cfg = dict(CONFIG)
    for key in ("epochs", "lr", "seed"):
        value = getattr(args, key)
        if value is not None:
            cfg[key] = value
    if args.probe_every is not None:
        cfg["probe_every"] = args.probe_every
    return cfg


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = build_config(args)
    set_seed(cfg["seed"])
    LOG.info("config %s", json.dumps(cfg, sort_keys=True))
    model = CPCModel(cfg)
    LOG.info("parameters: %d", count_parameters(model))
    tracker = MetricTracker()
    workdir = tempfile.mkdtemp(prefix="heathland_")
    try:
        ckpt = Checkpointer(workdir)
        pretrain(model, cfg, tracker, ckpt)
        ckpt.restore(model)
        if not args.no_finetune:
            clf = finetune(model, cfg, tracker)
            tracker.log(test_acc=evaluate_classifier(clf, cfg))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(tracker.to_json())


if __name__ == "__main__":
    main()
