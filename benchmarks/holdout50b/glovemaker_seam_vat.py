# expect: clean
"""Glove-making: semi-supervised seam-defect detection from sewing-machine needle
force traces, with virtual adversarial training (VAT) on the unlabelled traces.

Only a few traces per shift are inspected by hand; the rest are used through the
VAT smoothness term. The adversarial direction is found by one power-iteration
step with dropout switched off, as in the original VAT recipe.

    python glovemaker_seam_vat.py --epochs 2 --xi 1e-6 --eps 0.5
"""
import argparse
import contextlib
import json
import logging
import random
import statistics
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("seam_vat")

CONFIG = {
    "seed": 5,
    "trace_len": 16,
    "features": 3,
    "hidden": 8,
    "layers": 2,
    "dropout": 0.2,
    "classes": 2,
    "labelled_batches": 2,
    "unlabelled_batches": 3,
    "val_batches": 2,
    "batch": 6,
    "lr": 2e-3,
    "vat_weight": 0.3,
    "ent_weight": 0.05,
}


# ---------------------------------------------------------------------------
# command line and config
# ---------------------------------------------------------------------------
def get_parser():
    p = argparse.ArgumentParser()
    p.add_argument("--epochs", type=int, default=2)
    p.add_argument("--xi", type=float, default=1e-6, help="finite-difference step")
    p.add_argument("--eps", type=float, default=0.5, help="adversarial radius")
    p.add_argument("--power-iters", type=int, default=1)
    p.add_argument("--no-vat", action="store_true")
    p.add_argument("--override", action="append", default=[], metavar="KEY=VALUE")
    p.add_argument("--quiet", action="store_true")
    return p


def apply_overrides(cfg, pairs):
    cfg = dict(cfg)
    for pair in pairs:
        key, value = pair.split("=", 1)
        if key not in cfg:
            raise KeyError(f"unknown config key {key}")
        cfg[key] = type(cfg[key])(value)
    return cfg


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------
def needle_traces(cfg, n, g, defect_rate=0.3):
    t = torch.linspace(0, 4 * 3.14159, cfg["trace_len"])
    base = torch.sin(t).expand(n, -1)
    defect = (torch.rand(n, generator=g) < defect_rate).long()
    skip = torch.randint(2, cfg["trace_len"] - 2, (n,), generator=g)
    force = base.clone()
    for i in range(n):
        if defect[i]:
            force[i, skip[i]] += 1.5      # skipped stitch: force spike
    thread_tension = 0.5 + 0.1 * torch.randn(n, cfg["trace_len"], generator=g)
    speed = 1.0 + 0.05 * torch.randn(n, cfg["trace_len"], generator=g)
    x = torch.stack([force, thread_tension, speed], -1)
    x = x + 0.05 * torch.randn(x.shape, generator=g)
    return x, defect


class Stream:
    def __init__(self, cfg, n_batches, seed, labelled):
        self.cfg, self.n_batches, self.seed, self.labelled = cfg, n_batches, seed, labelled

    def __iter__(self):
        g = torch.Generator().manual_seed(self.seed)
        for _ in range(self.n_batches):
            x, y = needle_traces(self.cfg, self.cfg["batch"], g)
            yield (x, y) if self.labelled else x

    def __len__(self):
        return self.n_batches


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------
class SeamNet(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.inp = nn.Linear(cfg["features"], cfg["hidden"])
        self.in_drop = nn.Dropout(cfg["dropout"])
        self.rnn = nn.LSTM(cfg["hidden"], cfg["hidden"], num_layers=cfg["layers"],
                           batch_first=True, dropout=0.0, bidirectional=True)
        self.out_drop = nn.Dropout(cfg["dropout"])
        self.cls = nn.Linear(2 * cfg["hidden"], cfg["classes"])

    def forward(self, x):
        h = self.in_drop(F.relu(self.inp(x)))
        h, _ = self.rnn(h)
        return self.cls(self.out_drop(h.max(1).values))


# ---------------------------------------------------------------------------
# VAT
# ---------------------------------------------------------------------------
@contextlib.contextmanager
def dropout_off(model):
    """Switch off only the dropout layers; everything else keeps its mode."""
    drops = [m for m in model.modules() if isinstance(m, nn.Dropout)]
    saved = [m.training for m in drops]
    for m in drops:
        m.eval()
    try:
        yield
    finally:
        for m, s in zip(drops, saved):
            m.train(s)


def _l2_normalise(d):
    flat = d.flatten(1)
    return (flat / (flat.norm(dim=1, keepdim=True) + 1e-8)).view_as(d)


def vat_loss(model, x, xi, eps, power_iters):
    with torch.no_grad():
        p_clean = F.softmax(model(x), dim=-1)
    d = _l2_normalise(torch.randn_like(x))
    with dropout_off(model):
        for _ in range(power_iters):
            d = (xi * d).requires_grad_(True)
            p_hat = F.log_softmax(model(x + d), dim=-1)
            adv_distance = F.kl_div(p_hat, p_clean, reduction="batchmean")
            (grad_d,) = torch.autograd.grad(adv_distance, d)
            d = _l2_normalise(grad_d.detach())
        r_adv = eps * d
        p_adv = F.log_softmax(model(x + r_adv), dim=-1)
    return F.kl_div(p_adv, p_clean, reduction="batchmean")


def entropy(logits):
    p = F.softmax(logits, -1)
    return -(p * F.log_softmax(logits, -1)).sum(-1).mean()


# ---------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------
def binary_stats(pred, y):
    tp = ((pred == 1) & (y == 1)).sum().item()
    fp = ((pred == 1) & (y == 0)).sum().item()
    fn = ((pred == 0) & (y == 1)).sum().item()
    tn = ((pred == 0) & (y == 0)).sum().item()
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"acc": (tp + tn) / max(tp + tn + fp + fn, 1), "precision": precision,
            "recall": recall, "f1": f1}


@torch.no_grad()
def evaluate(model, stream):
    model.eval()
    preds, ys = [], []
    for x, y in stream:
        preds.append(model(x).argmax(-1))
        ys.append(y)
    return binary_stats(torch.cat(preds), torch.cat(ys))


@torch.no_grad()
def collect_scores(model, stream):
    model.eval()
    scores, ys = [], []
    for x, y in stream:
        scores.append(F.softmax(model(x), -1)[:, 1])
        ys.append(y)
    return torch.cat(scores), torch.cat(ys)


def threshold_table(scores, ys, thresholds=(0.3, 0.4, 0.5, 0.6, 0.7)):
    rows = []
    for th in thresholds:
        stats = binary_stats((scores >= th).long(), ys)
        rows.append((th, stats["precision"], stats["recall"], stats["f1"]))
    return rows


def format_table(rows):
    lines = ["thresh  prec   rec    f1"]
    for th, p, r, f in rows:
        lines.append(f"{th:5.2f}  {p:5.3f}  {r:5.3f}  {f:5.3f}")
    return "\n".join(lines)


def jitter(x, sigma=0.02):
    """Sensor jitter augmentation for the labelled traces."""
    return x + sigma * torch.randn_like(x)


class WarmupLR:
    def __init__(self, opt, warmup_steps, base_lr):
        self.opt, self.warmup, self.base_lr, self.step_num = opt, warmup_steps, base_lr, 0

    def step(self):
        self.step_num += 1
        scale = min(1.0, self.step_num / max(self.warmup, 1))
        for group in self.opt.param_groups:
            group["lr"] = self.base_lr * scale


# ---------------------------------------------------------------------------
# training
# ---------------------------------------------------------------------------
class History:
    def __init__(self):
        self.epochs = []

    def log(self, **kw):
        self.epochs.append(kw)
        logger.info(" ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}"
                             for k, v in kw.items()))

    def best(self, key):
        return max(self.epochs, key=lambda r: r[key])


def train_epoch(model, opt, labelled, unlabelled, cfg, args, sched=None):
    model.train()
    sup_losses, vat_losses = [], []
    unl_iter = iter(unlabelled)
    for x, y in labelled:
        try:
            xu = next(unl_iter)
        except StopIteration:
            unl_iter = iter(unlabelled)
            xu = next(unl_iter)
        logits = model(jitter(x))
        sup = F.cross_entropy(logits, y)
        loss = sup
        if not args.no_vat:
            lds = vat_loss(model, xu, args.xi, args.eps, args.power_iters)
            loss = loss + cfg["vat_weight"] * lds + cfg["ent_weight"] * entropy(model(xu))
            vat_losses.append(lds.item())
        opt.zero_grad()
        loss.backward()
        opt.step()
        if sched is not None:
            sched.step()
        sup_losses.append(sup.item())
    return statistics.mean(sup_losses), (statistics.mean(vat_losses) if vat_losses else 0.0)


def main(argv=None):
    args = get_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="[%(levelname)s] %(message)s", stream=sys.stdout)
    cfg = apply_overrides(CONFIG, args.override)
    seed_everything(cfg["seed"])
    logger.info("config: %s", json.dumps(cfg))

    model = SeamNet(cfg)
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    labelled = Stream(cfg, cfg["labelled_batches"], seed=1, labelled=True)
    unlabelled = Stream(cfg, cfg["unlabelled_batches"], seed=2, labelled=False)
    val = Stream(cfg, cfg["val_batches"], seed=3, labelled=True)

    sched = WarmupLR(opt, warmup_steps=2, base_lr=cfg["lr"])
    history = History()
    baseline = evaluate(model, val)
    history.log(epoch=-1, **{f"val_{k}": v for k, v in baseline.items()})
    t0 = time.time()
    for epoch in range(args.epochs):
        sup, lds = train_epoch(model, opt, labelled, unlabelled, cfg, args, sched)
        stats = evaluate(model, val)
        history.log(epoch=epoch, sup=sup, lds=lds, **{f"val_{k}": v for k, v in stats.items()})
    best = history.best("val_f1")
    logger.info("best epoch %s f1 %.3f (%.1fs)", best["epoch"], best["val_f1"], time.time() - t0)
    scores, ys = collect_scores(model, val)
    logger.info("operating points:\n%s", format_table(threshold_table(scores, ys)))


if __name__ == "__main__":
    main()
