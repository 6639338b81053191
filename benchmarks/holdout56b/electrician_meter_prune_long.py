# expect: crash
"""Non-intrusive load monitoring for an electrical contractor's smart meters.

Given the aggregate mains current of a household, predict for each appliance
(kettle, fridge, washer, heat pump) whether it is switched on at the last
time step.  Research code: trains a BiGRU tagger, evaluates it, then prunes
the recurrent weights by a gradient-based saliency score (|w * dL/dw|)
computed on a validation batch, and fine-tunes the pruned model.

Usage:
    python electrician_meter_prune_long.py --epochs 2 --prune 0.3
"""
import argparse
import io
import json
import logging
import math
import random
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("nilm")

APPLIANCES = ["kettle", "fridge", "washer", "heat_pump"]

DEFAULTS = {
    "seed": 13,
    "window": 16,
    "hidden": 12,
    "layers": 1,
    "dropout": 0.0,
    "batch_size": 8,
    "train_batches": 4,
    "val_batches": 2,
    "epochs": 2,
    "lr": 3e-3,
    "weight_decay": 1e-5,
    "clip": 1.0,
    "prune": 0.3,
    "finetune_epochs": 1,
    "log_every": 2,
}


# --------------------------------------------------------------------------
# configuration
# --------------------------------------------------------------------------
def build_parser():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=DEFAULTS["epochs"])
    p.add_argument("--hidden", type=int, default=DEFAULTS["hidden"])
    p.add_argument("--lr", type=float, default=DEFAULTS["lr"])
    p.add_argument("--prune", type=float, default=DEFAULTS["prune"])
    p.add_argument("--finetune-epochs", type=int, default=DEFAULTS["finetune_epochs"])
    p.add_argument("--seed", type=int, default=DEFAULTS["seed"])
    p.add_argument("--quiet", action="store_true")
    return p


def make_config(args):
    cfg = dict(DEFAULTS)
    cfg.update({
        "epochs": args.epochs,
        "hidden": args.hidden,
        "lr": args.lr,
        "prune": args.prune,
        "finetune_epochs": args.finetune_epochs,
        "seed": args.seed,
    })
    if not 0.0 <= cfg["prune"] < 1.0:
        raise ValueError("prune fraction must be in [0, 1)")
    return cfg


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# --------------------------------------------------------------------------
# synthetic meter data
# --------------------------------------------------------------------------
class MeterSimulator:
    """Produces aggregate current traces from random appliance schedules."""

    POWER = {"kettle": 2.5, "fridge": 0.3, "washer": 1.2, "heat_pump": 1.8}

    def __init__(self, window, seed):
        self.window = window
        self.gen = torch.Generator().manual_seed(seed)

    def _schedule(self, n):
        on = torch.rand(n, self.window, len(APPLIANCES), generator=self.gen) < 0.3
        # appliances tend to stay on for a few steps
        for t in range(1, self.window):
            stay = torch.rand(n, len(APPLIANCES), generator=self.gen) < 0.7
            on[:, t] = torch.where(stay, on[:, t - 1], on[:, t])
        return on.float()

    def batch(self, n):
        on = self._schedule(n)
        power = torch.tensor([self.POWER[a] for a in APPLIANCES])
        agg = (on * power).sum(-1, keepdim=True)
        noise = 0.05 * torch.randn(n, self.window, 1, generator=self.gen)
        diff = torch.diff(agg, dim=1, prepend=agg[:, :1])
        x = torch.cat([agg + noise, diff], dim=-1)
        return x, on[:, -1]


def make_split(sim, n_batches, batch_size):
    return [sim.batch(batch_size) for _ in range(n_batches)]


def normalise(batches):
    xs = torch.cat([x for x, _ in batches])
    mu, sd = xs.mean((0, 1)), xs.std((0, 1)) + 1e-6
    return [((x - mu) / sd, y) for x, y in batches], (mu, sd)


def apply_norm(batches, stats):
    mu, sd = stats
    return [((x - mu) / sd, y) for x, y in batches]


# --------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------
class ApplianceTagger(nn.Module):
    def __init__(self, n_in, hidden, layers, dropout, n_out):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True,
                          bidirectional=True, dropout=dropout if layers > 1 else 0.0)
        self.head = nn.Sequential(nn.Linear(2 * hidden, hidden), nn.ReLU(), nn.Linear(hidden, n_out))

    def forward(self, x):
        h, _ = self.gru(F.gelu(self.inp(x)))
        return self.head(h[:, -1])


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------
class MetricBank:
    def __init__(self):
        self.reset()

    def reset(self):
        self.tp = defaultdict(float)
        self.fp = defaultdict(float)
        self.fn = defaultdict(float)
        self.loss_sum = 0.0
        self.n = 0

    def update(self, logits, target, loss):
        pred = (logits > 0).float()
        for i, name in enumerate(APPLIANCES):
            self.tp[name] += float((pred[:, i] * target[:, i]).sum())
            self.fp[name] += float((pred[:, i] * (1 - target[:, i])).sum())
            self.fn[name] += float(((1 - pred[:, i]) * target[:, i]).sum())
        self.loss_sum += float(loss) * target.size(0)
        self.n += target.size(0)

    def f1(self, name):
        tp, fp, fn = self.tp[name], self.fp[name], self.fn[name]
        if tp == 0:
            return 0.0
        prec, rec = tp / (tp + fp), tp / (tp + fn)
        return 2 * prec * rec / (prec + rec)

    def summary(self):
        out = {f"f1_{a}": round(self.f1(a), 4) for a in APPLIANCES}
        out["macro_f1"] = round(sum(out.values()) / len(APPLIANCES), 4)
        out["loss"] = round(self.loss_sum / max(self.n, 1), 4)
        return out


# --------------------------------------------------------------------------
# training / evaluation
# --------------------------------------------------------------------------
def pos_weight(batches):
    ys = torch.cat([y for _, y in batches])
    p = ys.mean(0).clamp(0.05, 0.95)
    return (1 - p) / p


def train_one_epoch(model, batches, opt, cfg, pw, epoch, masks=None):
    model.train()
    bank = MetricBank()
    t0 = time.time()
    for i, (x, y) in enumerate(batches):
        logits = model(x)
        loss = F.binary_cross_entropy_with_logits(logits, y, pos_weight=pw)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        if masks is not None:
            apply_masks(model, masks)
        bank.update(logits.detach(), y, loss.item())
        if (i + 1) % cfg["log_every"] == 0:
            LOG.info("epoch %d step %d loss %.4f", epoch, i + 1, loss.item())
    stats = bank.summary()
    stats["seconds"] = round(time.time() - t0, 3)
    return stats


def evaluate(model, batches, pw):
    model.eval()
    bank = MetricBank()
    with torch.no_grad():
        for x, y in batches:
            logits = model(x)
            loss = F.binary_cross_entropy_with_logits(logits, y, pos_weight=pw)
            bank.update(logits, y, loss.item())
    return bank.summary()


# --------------------------------------------------------------------------
# pruning
# --------------------------------------------------------------------------
def prunable(model):
    return {n: p for n, p in model.named_parameters() if n.startswith("gru.weight")}


def saliency_scores(model, batch, pw):
    """|w * dL/dw| on one validation batch (SNIP-style)."""
    x, y = batch
    model.zero_grad(set_to_none=True)
    loss = F.binary_cross_entropy_with_logits(model(x), y, pos_weight=pw)
    loss.backward()  # TM001-here
    scores = {n: (p * p.grad).abs().detach() for n, p in prunable(model).items()}
    model.zero_grad(set_to_none=True)
    return scores


def global_masks(scores, fraction):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = int(math.floor(fraction * flat.numel()))
    if k == 0:
        return {n: torch.ones_like(s) for n, s in scores.items()}
    thresh = flat.kthvalue(k).values
    return {n: (s > thresh).float() for n, s in scores.items()}


@torch.no_grad()
def apply_masks(model, masks):
    params = dict(model.named_parameters())
    for n, m in masks.items():
        params[n].mul_(m)


def sparsity(model, masks):
    total = sum(m.numel() for m in masks.values())
    zeros = sum(float((m == 0).sum()) for m in masks.values())
    return zeros / max(total, 1)


# --------------------------------------------------------------------------
# checkpoints (in memory: no files left behind)
# --------------------------------------------------------------------------
def snapshot(model):
    buf = io.BytesIO()
    torch.save(model.state_dict(), buf)
    return buf.getvalue()


def restore(model, blob):
    model.load_state_dict(torch.load(io.BytesIO(blob)))


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
def run(cfg):
    set_seed(cfg["seed"])
    sim = MeterSimulator(cfg["window"], cfg["seed"])
    train_b, stats = normalise(make_split(sim, cfg["train_batches"], cfg["batch_size"]))
    val_b = apply_norm(make_split(sim, cfg["val_batches"], cfg["batch_size"]), stats)
    pw = pos_weight(train_b)

    model = ApplianceTagger(2, cfg["hidden"], cfg["layers"], cfg["dropout"], len(APPLIANCES))
    LOG.info("parameters: %d", count_parameters(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=max(cfg["epochs"], 1))

    history = []
    best_f1, best_blob = -1.0, None
    for epoch in range(cfg["epochs"]):
        tr = train_one_epoch(model, train_b, opt, cfg, pw, epoch)
        va = evaluate(model, val_b, pw)
        sched.step()
        history.append({"epoch": epoch, "train": tr, "val": va})
        LOG.info("epoch %d train %s", epoch, json.dumps(tr))
        LOG.info("epoch %d val   %s", epoch, json.dumps(va))
        if va["macro_f1"] > best_f1:
            best_f1, best_blob = va["macro_f1"], snapshot(model)

    if best_blob is not None:
        restore(model, best_blob)
    dense = evaluate(model, val_b, pw)
    LOG.info("dense model: %s", json.dumps(dense))

    # ---- prune by saliency on a validation batch, then fine-tune ----
    scores = saliency_scores(model, val_b[0], pw)
    masks = global_masks(scores, cfg["prune"])
    apply_masks(model, masks)
    LOG.info("sparsity of recurrent weights: %.3f", sparsity(model, masks))
    ft_opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"] * 0.3)
    for epoch in range(cfg["finetune_epochs"]):
        tr = train_one_epoch(model, train_b, ft_opt, cfg, pw, epoch, masks=masks)
        history.append({"epoch": f"ft{epoch}", "train": tr})
    pruned = evaluate(model, val_b, pw)
    LOG.info("pruned model: %s", json.dumps(pruned))
    return {"dense": dense, "pruned": pruned, "history_len": len(history)}


def main(argv=None):
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    cfg = make_config(args)
    result = run(cfg)
    print(json.dumps({"dense_f1": result["dense"]["macro_f1"], "pruned_f1": result["pruned"]["macro_f1"]}))


if __name__ == "__main__":
    main()
