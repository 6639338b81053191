# expect: crash
"""Canopy-gap detection from woodward transect sensor sequences with virtual adversarial training (VAT).

Research script: semi-supervised GRU classifier, a few labelled transects and many unlabelled ones.
Usage: python woodward_canopy_vat_research.py --epochs 2 --xi 1e-6 --eps 1.0
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

LOG = logging.getLogger("canopy_vat")

DEFAULT_CONFIG = {
    "data": {"n_features": 4, "seq_len": 8, "n_classes": 3, "n_labelled": 16, "n_unlabelled": 32, "n_val": 8},
    "model": {"hidden": 12, "layers": 1, "dropout": 0.0, "bidirectional": False},
    "optim": {"lr": 2e-3, "weight_decay": 1e-5, "clip": 1.0},
    "vat": {"xi": 1e-6, "eps": 1.0, "power_iters": 1, "alpha": 1.0},
    "train": {"epochs": 2, "batch_size": 4, "log_every": 2, "seed": 17},
}


# --------------------------------------------------------------------------- utils
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def deep_update(base, upd):
    out = json.loads(json.dumps(base))
    for k, v in upd.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_update(out[k], v)
        elif v is not None:
            out[k] = v
    return out


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.sum, self.count = 0.0, 0

    def update(self, val, n=1):
        self.sum += float(val) * n
        self.count += n

    @property
    def avg(self):
        return self.sum / max(1, self.count)


class MetricTracker:
    def __init__(self):
        self.meters = defaultdict(AverageMeter)
        self.history = []

    def update(self, **kw):
        for k, v in kw.items():
            self.meters[k].update(v)

    def snapshot(self, epoch):
        row = {"epoch": epoch, **{k: round(m.avg, 5) for k, m in self.meters.items()}}
        self.history.append(row)
        for m in self.meters.values():
            m.reset()
        return row


def confusion_matrix(pred, target, n):
    cm = torch.zeros(n, n, dtype=torch.long)
    for p, t in zip(pred.tolist(), target.tolist()):
        cm[t, p] += 1
    return cm


def macro_f1(cm):
    f1s = []
    for c in range(cm.size(0)):
        tp = cm[c, c].item()
        fp = cm[:, c].sum().item() - tp
        fn = cm[c, :].sum().item() - tp
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / len(f1s)


# --------------------------------------------------------------------------- data
def synth_transects(n, cfg, labelled=True):
    d = cfg["data"]
    x = torch.randn(n, d["seq_len"], d["n_features"])
    trend = torch.linspace(-1, 1, d["seq_len"]).view(1, -1, 1)
    y = torch.randint(0, d["n_classes"], (n,))
    x = x + trend * (y.view(-1, 1, 1).float() - 1)
    return (x, y) if labelled else (x, None)


def batches(x, y, bs, shuffle=True):
    idx = list(range(x.size(0)))
    if shuffle:
        random.shuffle(idx)
    for i in range(0, len(idx), bs):
        j = idx[i:i + bs]
        yield x[j], (y[j] if y is not None else None)


def normalise(x, stats=None):
    if stats is None:
        stats = (x.mean(dim=(0, 1), keepdim=True), x.std(dim=(0, 1), keepdim=True) + 1e-6)
    return (x - stats[0]) / stats[1], stats


# --------------------------------------------------------------------------- model
class CanopyGRU(nn.Module):
    def __init__(self, n_features, n_classes, hidden, layers, dropout, bidirectional):
        super().__init__()
        self.inp = nn.Linear(n_features, hidden)
        self.rnn = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True,
                          dropout=dropout if layers > 1 else 0.0, bidirectional=bidirectional)
        out_dim = hidden * (2 if bidirectional else 1)
        self.norm = nn.LayerNorm(out_dim)
        self.cls = nn.Linear(out_dim, n_classes)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.inp(x)))
        return self.cls(self.norm(h.mean(1)))


def build_model(cfg):
    m, d = cfg["model"], cfg["data"]
    return CanopyGRU(d["n_features"], d["n_classes"], m["hidden"], m["layers"], m["dropout"], m["bidirectional"])


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------- VAT
def _l2_normalise(d):
    norm = d.flatten(1).norm(dim=1).view(-1, *([1] * (d.dim() - 1)))
    return d / (norm + 1e-8)


def kl_div_logits(q_logits, p_logits):
    q = F.softmax(q_logits, dim=1)
    return (q * (F.log_softmax(q_logits, dim=1) - F.log_softmax(p_logits, dim=1))).sum(1).mean()


def vat_loss(model, x, xi, eps, power_iters):
    with torch.no_grad():
        clean_logits = model(x)
    d = _l2_normalise(torch.randn_like(x))
    for _ in range(power_iters):
        d.requires_grad_(True)
        adv_dist = kl_div_logits(clean_logits, model(x + xi * d))
        grad_d, = torch.autograd.grad(adv_dist, d)  # TM001-here
        d = _l2_normalise(grad_d.detach())
    r_adv = eps * d
    return kl_div_logits(clean_logits, model(x + r_adv))


def entropy_of(logits):
    p = F.softmax(logits, dim=1)
    return -(p * F.log_softmax(logits, dim=1)).sum(1).mean()


# --------------------------------------------------------------------------- train / eval
def train_one_epoch(model, opt, lab, unlab, cfg, tracker, epoch):
    bs = cfg["train"]["batch_size"]
    v = cfg["vat"]
    unlab_iter = batches(unlab[0], None, bs)
    for step, (xb, yb) in enumerate(batches(lab[0], lab[1], bs)):
        try:
            xu, _ = next(unlab_iter)
        except StopIteration:
            unlab_iter = batches(unlab[0], None, bs)
            xu, _ = next(unlab_iter)
        sup = F.cross_entropy(model(xb), yb)
        lds = vat_loss(model, torch.cat([xb, xu]), v["xi"], v["eps"], v["power_iters"])
        loss = sup + v["alpha"] * lds
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        opt.step()
        tracker.update(loss=loss.item(), sup=sup.item(), lds=lds.item())
        if step % cfg["train"]["log_every"] == 0:
            LOG.debug("epoch %d step %d loss %.4f", epoch, step, loss.item())


@torch.no_grad()
def evaluate(model, val, cfg):
    model.eval()
    logits = torch.cat([model(xb) for xb, _ in batches(val[0], val[1], cfg["train"]["batch_size"], shuffle=False)])
    pred = logits.argmax(1)
    cm = confusion_matrix(pred, val[1], cfg["data"]["n_classes"])
    return {
        "val_loss": F.cross_entropy(logits, val[1]).item(),
        "val_acc": (pred == val[1]).float().mean().item(),
        "val_f1": macro_f1(cm),
        "val_entropy": entropy_of(logits).item(),
    }


def save_checkpoint(model, opt, epoch, path):
    torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "epoch": epoch}, path)


def cosine_lr(opt, base_lr, epoch, total):
    lr = 0.5 * base_lr * (1 + math.cos(math.pi * epoch / max(1, total)))
    for g in opt.param_groups:
        g["lr"] = lr
    return lr


def run(cfg):
    set_seed(cfg["train"]["seed"])
    lab = synth_transects(cfg["data"]["n_labelled"], cfg)
    unlab = synth_transects(cfg["data"]["n_unlabelled"], cfg, labelled=False)
    val = synth_transects(cfg["data"]["n_val"], cfg)
    lab_x, stats = normalise(lab[0])
    lab = (lab_x, lab[1])
    unlab = (normalise(unlab[0], stats)[0], None)
    val = (normalise(val[0], stats)[0], val[1])

    model = build_model(cfg)
    LOG.info("parameters: %d", count_parameters(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["optim"]["lr"], weight_decay=cfg["optim"]["weight_decay"])
    tracker = MetricTracker()
    best_f1, t0 = -1.0, time.time()
    ckpt_dir = tempfile.mkdtemp(prefix="canopy_")
    ckpt = os.path.join(ckpt_dir, "best.pt")
    model.train()
    try:
        for epoch in range(cfg["train"]["epochs"]):
            lr = cosine_lr(opt, cfg["optim"]["lr"], epoch, cfg["train"]["epochs"])
            train_one_epoch(model, opt, lab, unlab, cfg, tracker, epoch)
            metrics = evaluate(model, val, cfg)
            row = tracker.snapshot(epoch)
            row.update(metrics, lr=lr)
            LOG.info(json.dumps(row))
            if metrics["val_f1"] > best_f1:
                best_f1 = metrics["val_f1"]
                save_checkpoint(model, opt, epoch, ckpt)
    finally:
        if os.path.exists(ckpt):
            os.remove(ckpt)
        os.rmdir(ckpt_dir)
    LOG.info("done in %.1fs, best f1 %.3f", time.time() - t0, best_f1)
    return tracker.history


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--xi", type=float, default=None)
    p.add_argument("--eps", type=float, default=None)
    p.add_argument("--alpha", type=float, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def config_from_args(args):
    return deep_update(DEFAULT_CONFIG, {
        "train": {"epochs": args.epochs, "seed": args.seed},
        "optim": {"lr": args.lr},
        "vat": {"xi": args.xi, "eps": args.eps, "alpha": args.alpha},
        "model": {"hidden": args.hidden},
    })


def describe_config(cfg, prefix=""):
    lines = []
    for k, v in sorted(cfg.items()):
        if isinstance(v, dict):
            lines.extend(describe_config(v, prefix + k + "."))
        else:
            lines.append(f"{prefix}{k}={v}")
    return lines


def summarise_history(history):
    if not history:
        return "no epochs"
    best = max(history, key=lambda r: r.get("val_f1", -1))
    return f"best epoch {best['epoch']} f1={best.get('val_f1', float('nan')):.3f}"


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    cfg = config_from_args(args)
    for line in describe_config(cfg):
        LOG.debug(line)
    history = run(cfg)
    print("epochs run:", len(history), summarise_history(history))


if __name__ == "__main__":
    main()
