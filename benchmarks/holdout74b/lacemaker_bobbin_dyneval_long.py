# expect: crash
"""
Bobbin-lace tension forecasting (research code).

Predicts the next-step thread tension of a bobbin-lace pillow from a short window of
sensor readings (tension, bobbin angle, pin count, humidity).  The model is a
two-layer LSTM encoder with additive attention pooling and a small MLP head.

Training uses an EMA teacher for consistency regularisation on jittered inputs,
a cosine learning-rate schedule, gradient clipping, and a robustness probe (off by
default).  Test-time numbers use dynamic evaluation: a copy of the best student is
adapted on each test window after it has been scored.
"""
import argparse
import copy
import json
import logging
import math
import os
import random
import sys
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("lacemaker")

DEFAULT_CONFIG = {
    "seed": 11,
    "n_features": 4,
    "window": 8,
    "hidden": 12,
    "layers": 2,
    "dropout": 0.1,
    "batch_size": 6,
    "train_batches": 4,
    "val_batches": 2,
    "test_batches": 2,
    "epochs": 2,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "clip": 1.0,
    "ema_decay": 0.9,
    "consistency_weight": 0.2,
    "jitter": 0.05,
    "probe_every": 0,
    "dyn_eval_lr": 1e-3,
    "probe_batches": 1,
    "log_every": 2,
}


# --------------------------------------------------------------------------- utils
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    level = logging.DEBUG if verbose else logging.INFO
    logging.basicConfig(stream=sys.stdout, level=level, format="%(asctime)s %(levelname)s %(message)s")


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--no-probe", action="store_true")
    p.add_argument("--config-json", type=str, default=None, help="JSON string overriding the defaults")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULT_CONFIG)
    if args.config_json:
        cfg.update(json.loads(args.config_json))
    for key in ("epochs", "lr", "hidden"):
        val = getattr(args, key)
        if val is not None:
            cfg[key] = val
    if args.no_probe:
        cfg["probe_every"] = 0
    return cfg


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.sum = 0.0
        self.n = 0

    def update(self, val, n=1):
        self.sum += float(val) * n
        self.n += n

    @property
    def avg(self):
        return self.sum / max(self.n, 1)


def regression_metrics(pred, target):
    err = pred - target
    mae = err.abs().mean().item()
    rmse = err.pow(2).mean().sqrt().item()
    var = (target - target.mean()).pow(2).sum().item()
    r2 = 1.0 - err.pow(2).sum().item() / var if var > 0 else float("nan")
    return {"mae": mae, "rmse": rmse, "r2": r2}


# --------------------------------------------------------------------------- data
def synth_pillow(n, window, n_features):
    """Synthetic pillow sessions: tension follows a damped oscillation of bobbin angle."""
    t = torch.linspace(0, 1, window + 1)
    phase = torch.rand(n, 1) * 2 * math.pi
    freq = 2 + torch.rand(n, 1) * 3
    angle = torch.sin(freq * t * 2 * math.pi + phase)
    tension = 0.6 * angle + 0.1 * torch.randn(n, window + 1)
    pins = torch.cumsum(torch.rand(n, window + 1) > 0.7, dim=1).float() / window
    humidity = 0.5 + 0.05 * torch.randn(n, 1).expand(n, window + 1)
    feats = torch.stack([tension, angle, pins, humidity], dim=-1)[..., :n_features]
    return feats[:, :-1], tension[:, -1]


def make_loader(cfg, n_batches):
    out = []
    for _ in range(n_batches):
        out.append(synth_pillow(cfg["batch_size"], cfg["window"], cfg["n_features"]))
    return out


def jitter(x, scale):
    return x + scale * torch.randn_like(x)


# --------------------------------------------------------------------------- model
class AdditiveAttention(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.proj = nn.Linear(dim, dim)
        self.v = nn.Linear(dim, 1, bias=False)

    def forward(self, h):
        w = self.v(torch.tanh(self.proj(h))).squeeze(-1)
        a = torch.softmax(w, dim=1)
        return (a.unsqueeze(-1) * h).sum(1), a


class TensionForecaster(nn.Module):
    def __init__(self, n_features, hidden, layers, dropout):
        super().__init__()
        self.inp = nn.Linear(n_features, hidden)
        self.encoder = nn.LSTM(hidden, hidden, num_layers=layers, dropout=dropout, batch_first=True)
        self.attn = AdditiveAttention(hidden)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.GELU(), nn.Linear(hidden, 1))

    def forward(self, x, return_attn=False):
        h, _ = self.encoder(F.gelu(self.inp(x)))
        pooled, a = self.attn(h)
        y = self.head(pooled).squeeze(-1)
        return (y, a) if return_attn else y


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


@torch.no_grad()
def ema_update(teacher, student, decay):
    for pt, ps in zip(teacher.parameters(), student.parameters()):
        pt.mul_(decay).add_(ps.detach(), alpha=1 - decay)


def cosine_lr(step, total, base):
    return base * 0.5 * (1 + math.cos(math.pi * min(step, total) / max(total, 1)))


# --------------------------------------------------------------------------- loops
def train_one_epoch(model, teacher, opt, loader, cfg, state):
    model.train()
    meters = defaultdict(AverageMeter)
    for i, (x, y) in enumerate(loader):
        for g in opt.param_groups:
            g["lr"] = cosine_lr(state["step"], state["total_steps"], cfg["lr"])
        pred = model(jitter(x, cfg["jitter"]))
        sup = F.mse_loss(pred, y)
        with torch.no_grad():
            target = teacher(jitter(x, cfg["jitter"]))
        cons = F.mse_loss(pred, target)
        loss = sup + cfg["consistency_weight"] * cons
        opt.zero_grad()
        loss.backward()
        gn = nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        ema_update(teacher, model, cfg["ema_decay"])
        state["step"] += 1
        meters["loss"].update(loss.item(), x.size(0))
        meters["sup"].update(sup.item(), x.size(0))
        meters["cons"].update(cons.item(), x.size(0))
        meters["grad_norm"].update(float(gn))
        if cfg["log_every"] and i % cfg["log_every"] == 0:
            LOG.debug("step %d loss %.4f", state["step"], loss.item())
    return {k: m.avg for k, m in meters.items()}


def evaluate(model, loader):
    model.eval()
    preds, targets = [], []
    with torch.no_grad():
        for x, y in loader:
            preds.append(model(x))
            targets.append(y)
    return regression_metrics(torch.cat(preds), torch.cat(targets))


def input_gradient_probe(model, loader, n_batches):
    """Mean L2 norm of d(prediction)/d(input): a cheap smoothness / robustness indicator."""
    norms = []
    for b, (x, _) in enumerate(loader):
        if b >= n_batches:
            break
        x = x.clone().requires_grad_(True)
        out = model(x).sum()
        g, = torch.autograd.grad(out, x)
        norms.append(g.flatten(1).norm(dim=1).mean().item())
    return sum(norms) / max(len(norms), 1)


def dynamic_evaluation(model, loader, lr):
    """Score each test batch, then take one SGD step on it (dynamic evaluation)."""
    adapted = copy.deepcopy(model)
    opt = torch.optim.SGD(adapted.parameters(), lr=lr)
    preds, targets = [], []
    for x, y in loader:
        pred = adapted(x)
        preds.append(pred.detach())
        targets.append(y)
        loss = F.mse_loss(pred, y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return regression_metrics(torch.cat(preds), torch.cat(targets))


def attention_entropy(model, loader):
    model.eval()
    ents = []
    with torch.no_grad():
        for x, _ in loader:
            _, a = model(x, return_attn=True)
            ents.append(-(a * (a + 1e-9).log()).sum(1).mean().item())
    return sum(ents) / len(ents)


def summarise(history):
    keys = sorted({k for row in history for k in row if k != "epoch"})
    lines = ["epoch " + " ".join(f"{k:>14s}" for k in keys)]
    for row in history:
        lines.append(f"{row['epoch']:5d} " + " ".join(f"{row.get(k, float('nan')):14.4f}" for k in keys))
    return "\n".join(lines)


def write_history_csv(history, path):
    keys = sorted({k for row in history for k in row})
    with open(path, "w") as fh:
        fh.write(",".join(keys) + "\n")
        for row in history:
            fh.write(",".join(str(row.get(k, "")) for k in keys) + "\n")
    size = os.path.getsize(path)
    os.remove(path)
    return size


# --------------------------------------------------------------------------- main
def run(cfg):
    set_seed(cfg["seed"])
    train_loader = make_loader(cfg, cfg["train_batches"])
    val_loader = make_loader(cfg, cfg["val_batches"])
    test_loader = make_loader(cfg, cfg["test_batches"])

    model = TensionForecaster(cfg["n_features"], cfg["hidden"], cfg["layers"], cfg["dropout"])
    teacher = copy.deepcopy(model)
    for p in teacher.parameters():
        p.requires_grad_(False)
    LOG.info("parameters: %d", count_parameters(model))

    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    state = {"step": 0, "total_steps": cfg["epochs"] * len(train_loader)}
    history = []
    best = {"rmse": float("inf"), "epoch": -1}
    t0 = time.time()
    for epoch in range(cfg["epochs"]):
        tr = train_one_epoch(model, teacher, opt, train_loader, cfg, state)
        va = evaluate(model, val_loader)
        te_teacher = evaluate(teacher, val_loader)
        row = {"epoch": epoch, **{f"train_{k}": v for k, v in tr.items()},
               **{f"val_{k}": v for k, v in va.items()}, "teacher_rmse": te_teacher["rmse"]}
        if cfg["probe_every"] and (epoch + 1) % cfg["probe_every"] == 0:
            row["input_grad_norm"] = input_gradient_probe(model, val_loader, cfg["probe_batches"])
        if va["rmse"] < best["rmse"]:
            best = {"rmse": va["rmse"], "epoch": epoch}
        history.append(row)
        LOG.info("epoch %d | train %.4f | val rmse %.4f | teacher rmse %.4f",
                 epoch, tr["loss"], va["rmse"], te_teacher["rmse"])

    LOG.info("\n%s", summarise(history))
    LOG.debug("history csv bytes: %d", write_history_csv(history, "lacemaker_history.csv"))
    test = evaluate(teacher, test_loader)
    test_dyn = dynamic_evaluation(model, test_loader, cfg["dyn_eval_lr"])
    LOG.info("dynamic evaluation %s", json.dumps(test_dyn))
    ent = attention_entropy(teacher, test_loader)
    LOG.info("test (teacher) %s | attention entropy %.3f | %.1fs", json.dumps(test), ent, time.time() - t0)
    return {"history": history, "best": best, "test": test, "attn_entropy": ent}


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = build_config(args)
    LOG.info("config %s", json.dumps(cfg, sort_keys=True))
    result = run(cfg)
    out = os.environ.get("LACEMAKER_RESULTS")
    if out:
        with open(out, "w") as fh:
            json.dump(result, fh)
        os.remove(out)
    print("best epoch", result["best"]["epoch"], "test rmse", round(result["test"]["rmse"], 4))


if __name__ == "__main__":
    main([])
