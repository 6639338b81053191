# expect: crash
"""Adversarial fine-tuning of a galena-grade classifier for lead-mine drill cores.

Pipeline
--------
1. pretrain a BiGRU grade classifier on clean core-logger sequences (or load one);
2. save a checkpoint, reload it with the inference loader;
3. fine-tune with PGD adversarial examples mixed into each batch (Madry-style);
4. after every epoch report clean accuracy, robust accuracy under PGD, and ECE;
5. keep the best-robustness weights and write a small JSON summary.

Everything is tiny and synthetic so the script runs in seconds on a CPU.
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
from collections import OrderedDict, defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("leadmine")

DEFAULT_CONFIG = {
    "seed": 23,
    "n_channels": 5,          # gamma, density, resistivity, sulphur, moisture
    "seq_len": 12,
    "n_classes": 3,           # barren / low grade / ore
    "hidden": 12,
    "layers": 1,
    "dropout": 0.1,
    "batch_size": 8,
    "n_train": 48,
    "n_valid": 16,
    "pretrain_epochs": 2,
    "finetune_epochs": 2,
    "lr": 3e-3,
    "finetune_lr": 1e-3,
    "weight_decay": 1e-5,
    "pgd": {"eps": 0.1, "alpha": 0.03, "steps": 3, "random_start": True},
    "adv_mix": 0.5,
    "ece_bins": 5,
    "clip_norm": 1.0,
}


# --------------------------------------------------------------------------- utils
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def deep_update(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_update(out[k], v)
        else:
            out[k] = v
    return out


def parse_overrides(pairs):
    """--set pgd.eps=0.05 --set hidden=16"""
    override = {}
    for pair in pairs or []:
        key, _, raw = pair.partition("=")
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            value = raw
        node = override
        parts = key.split(".")
        for p in parts[:-1]:
            node = node.setdefault(p, {})
        node[parts[-1]] = value
    return override


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.sum, self.count = 0.0, 0

    def update(self, value, n=1):
        self.sum += float(value) * n
        self.count += n

    @property
    def avg(self):
        return self.sum / max(self.count, 1)


class MetricLog:
    def __init__(self):
        self.rows = []

    def add(self, **row):
        self.rows.append(row)
        LOG.info(" | ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in row.items()))

    def best(self, key):
        return max(self.rows, key=lambda r: r.get(key, -math.inf)) if self.rows else None


# --------------------------------------------------------------------------- data
def synth_cores(n, cfg, shift=0.0, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, cfg["seq_len"], cfg["n_channels"], generator=g)
    x[:, :, 0] += shift
    grade = x[:, :, 0].mean(1) + 0.5 * x[:, :, 3].mean(1)
    y = torch.bucketize(grade, torch.tensor([-0.3, 0.3]))
    return x, y


def standardise(train_x, *others):
    mu = train_x.mean((0, 1), keepdim=True)
    sd = train_x.std((0, 1), keepdim=True).clamp_min(1e-6)
    return [(t - mu) / sd for t in (train_x,) + others]


def iterate(x, y, bs, shuffle=False):
    idx = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), bs):
        j = idx[i:i + bs]
        yield x[j], y[j]


# --------------------------------------------------------------------------- model
class CoreGradeNet(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.norm = nn.LayerNorm(cfg["n_channels"])
        self.rnn = nn.GRU(cfg["n_channels"], cfg["hidden"], num_layers=cfg["layers"],
                          batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(cfg["dropout"])
        self.attn = nn.Linear(2 * cfg["hidden"], 1)
        self.cls = nn.Linear(2 * cfg["hidden"], cfg["n_classes"])

    def forward(self, x):
        h, _ = self.rnn(self.norm(x))
        w = self.attn(h).softmax(1)
        pooled = (w * h).sum(1)
        return self.cls(self.drop(pooled))


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def build_optimizer(model, lr, wd):
    decay, no_decay = [], []
    for n, p in model.named_parameters():
        (no_decay if n.endswith("bias") or "norm" in n else decay).append(p)
    return torch.optim.AdamW([{"params": decay, "weight_decay": wd},
                              {"params": no_decay, "weight_decay": 0.0}], lr=lr)


# --------------------------------------------------------------------------- checkpoints
def save_checkpoint(path, model, cfg, extra=None):
    torch.save({"state_dict": model.state_dict(), "config": cfg, "extra": extra or {}}, path)
    LOG.info("saved checkpoint to %s", os.path.basename(path))


def load_for_inference(path):
    blob = torch.load(path)
    model = CoreGradeNet(blob["config"])
    model.load_state_dict(blob["state_dict"])
    model.eval()
    return model, blob["config"]


# --------------------------------------------------------------------------- attacks
def pgd_attack(model, x, y, eps, alpha, steps, random_start=True):
    """L-inf PGD on the (standardised) logger channels."""
    delta = torch.zeros_like(x)
    if random_start:
        delta.uniform_(-eps, eps)
    for _ in range(steps):
        delta.requires_grad_(True)
        loss = F.cross_entropy(model(x + delta), y)
        g, = torch.autograd.grad(loss, delta)  # TM001-here
        delta = (delta.detach() + alpha * g.sign()).clamp(-eps, eps)
    return (x + delta).detach()


# --------------------------------------------------------------------------- metrics
def expected_calibration_error(probs, y, n_bins):
    conf, pred = probs.max(-1)
    edges = torch.linspace(0, 1, n_bins + 1)
    ece = torch.zeros(())
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (conf > lo) & (conf <= hi)
        if m.any():
            ece += m.float().mean() * ((pred[m] == y[m]).float().mean() - conf[m].mean()).abs()
    return ece.item()


def confusion(pred, y, k):
    cm = torch.zeros(k, k, dtype=torch.long)
    for p, t in zip(pred.tolist(), y.tolist()):
        cm[t, p] += 1
    return cm


def macro_f1(cm):
    f1s = []
    for c in range(cm.shape[0]):
        tp = cm[c, c].item()
        fp = cm[:, c].sum().item() - tp
        fn = cm[c, :].sum().item() - tp
        denom = 2 * tp + fp + fn
        f1s.append(2 * tp / denom if denom else 0.0)
    return sum(f1s) / len(f1s)


# --------------------------------------------------------------------------- loops
def pretrain(model, cfg, train_x, train_y):
    opt = build_optimizer(model, cfg["lr"], cfg["weight_decay"])
    for epoch in range(cfg["pretrain_epochs"]):
        model.train()
        meter = AverageMeter()
        for x, y in iterate(train_x, train_y, cfg["batch_size"], shuffle=True):
            loss = F.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), cfg["clip_norm"])
            opt.step()
            meter.update(loss.item(), len(y))
        LOG.info("pretrain epoch %d loss %.4f", epoch, meter.avg)
    return model


def adversarial_epoch(model, opt, cfg, train_x, train_y):
    model.train()
    meter, adv_meter = AverageMeter(), AverageMeter()
    pgd = cfg["pgd"]
    for x, y in iterate(train_x, train_y, cfg["batch_size"], shuffle=True):
        x_adv = pgd_attack(model, x, y, pgd["eps"], pgd["alpha"], pgd["steps"], pgd["random_start"])
        clean_loss = F.cross_entropy(model(x), y)
        adv_loss = F.cross_entropy(model(x_adv), y)
        loss = (1 - cfg["adv_mix"]) * clean_loss + cfg["adv_mix"] * adv_loss
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip_norm"])
        opt.step()
        meter.update(clean_loss.item(), len(y))
        adv_meter.update(adv_loss.item(), len(y))
    return meter.avg, adv_meter.avg


@torch.no_grad()
def clean_metrics(model, cfg, x, y):
    model.eval()
    logits = torch.cat([model(bx) for bx, _ in iterate(x, y, cfg["batch_size"])])
    probs = logits.softmax(-1)
    pred = probs.argmax(-1)
    cm = confusion(pred, y, cfg["n_classes"])
    return {
        "acc": (pred == y).float().mean().item(),
        "f1": macro_f1(cm),
        "ece": expected_calibration_error(probs, y, cfg["ece_bins"]),
    }


def robust_accuracy(model, cfg, x, y):
    model.eval()
    pgd = cfg["pgd"]
    right = 0
    for bx, by in iterate(x, y, cfg["batch_size"]):
        adv = pgd_attack(model, bx, by, pgd["eps"], pgd["alpha"], pgd["steps"], False)
        with torch.no_grad():
            right += (model(adv).argmax(-1) == by).sum().item()
    return right / len(y)


def finetune(model, cfg, train_x, train_y, valid_x, valid_y, history):
    opt = build_optimizer(model, cfg["finetune_lr"], cfg["weight_decay"])
    best_state, best_rob = None, -1.0
    for epoch in range(cfg["finetune_epochs"]):
        t0 = time.time()
        clean_loss, adv_loss = adversarial_epoch(model, opt, cfg, train_x, train_y)
        metrics = clean_metrics(model, cfg, valid_x, valid_y)
        rob = robust_accuracy(model, cfg, valid_x, valid_y)
        history.add(epoch=epoch, clean_loss=clean_loss, adv_loss=adv_loss,
                    val_acc=metrics["acc"], val_f1=metrics["f1"], val_ece=metrics["ece"],
                    robust_acc=rob, secs=time.time() - t0)
        if rob > best_rob:
            best_rob = rob
            best_state = OrderedDict((k, v.detach().clone()) for k, v in model.state_dict().items())
    if best_state is not None:
        model.load_state_dict(best_state)
    return model, best_rob


# --------------------------------------------------------------------------- reporting
def summarise(history, cfg, n_params):
    best = history.best("robust_acc") or {}
    per_key = defaultdict(list)
    for row in history.rows:
        for k, v in row.items():
            if isinstance(v, float):
                per_key[k].append(v)
    return {
        "n_params": n_params,
        "eps": cfg["pgd"]["eps"],
        "best_epoch": best.get("epoch"),
        "best_robust_acc": best.get("robust_acc"),
        "final": {k: round(v[-1], 4) for k, v in per_key.items()},
    }


def write_summary(summary, out_dir):
    path = os.path.join(out_dir, "summary.json")
    with open(path, "w") as f:
        json.dump(summary, f, indent=2)
    return path


# --------------------------------------------------------------------------- main
def get_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--set", action="append", default=[], help="config override key=value")
    p.add_argument("--checkpoint", default=None, help="start from this checkpoint instead of pretraining")
    p.add_argument("--out-dir", default=None)
    p.add_argument("--keep-outputs", action="store_true")
    p.add_argument("--log-level", default="INFO")
    return p.parse_args(argv)


def main(argv=None):
    args = get_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level), format="%(asctime)s %(name)s %(message)s")
    cfg = deep_update(DEFAULT_CONFIG, parse_overrides(args.set))
    set_seed(cfg["seed"])
    out_dir = args.out_dir or tempfile.mkdtemp(prefix="leadmine_")
    os.makedirs(out_dir, exist_ok=True)
    try:
        tr_x, tr_y = synth_cores(cfg["n_train"], cfg, seed=cfg["seed"])
        va_x, va_y = synth_cores(cfg["n_valid"], cfg, shift=0.2, seed=cfg["seed"] + 1)
        tr_x, va_x = standardise(tr_x, va_x)

        ckpt = args.checkpoint
        if ckpt is None:
            base = CoreGradeNet(cfg)
            LOG.info("pretraining model with %d parameters", count_parameters(base))
            pretrain(base, cfg, tr_x, tr_y)
            ckpt = os.path.join(out_dir, "pretrained.pt")
            save_checkpoint(ckpt, base, cfg, extra={"stage": "pretrain"})

        model, loaded_cfg = load_for_inference(ckpt)
        cfg = deep_update(loaded_cfg, {k: v for k, v in cfg.items() if k not in ("hidden", "layers")})
        LOG.info("before fine-tuning: %s", clean_metrics(model, cfg, va_x, va_y))

        history = MetricLog()
        model, best_rob = finetune(model, cfg, tr_x, tr_y, va_x, va_y, history)
        save_checkpoint(os.path.join(out_dir, "robust.pt"), model, cfg, extra={"robust_acc": best_rob})
        summary = summarise(history, cfg, count_parameters(model))
        path = write_summary(summary, out_dir)
        LOG.info("summary written to %s", os.path.basename(path))
        print(json.dumps(summary, indent=2))
    finally:
        if not args.keep_outputs:
            shutil.rmtree(out_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
