# expect: crash
"""Second-order MAML for glazier kiln firing curves.

Each task is one kiln: given the first part of a firing-temperature curve, predict the
glaze-maturity score at the end.  Kilns differ in their thermal mass, so we meta-learn a GRU
regressor that adapts to a new kiln from a handful of firings.

Usage:
    python glazier_kiln_maml_long.py --meta-iters 2 --inner-steps 1

The script is written the way research code tends to be: a config dict overridden from the
command line, logging, a metrics tracker, and small helpers for everything.
"""
import argparse
import collections
import json
import logging
import math
import os
import random
import tempfile
import time

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call

LOG = logging.getLogger("kiln_maml")

DEFAULT_CONFIG = {
    "seed": 13,
    "seq_len": 8,
    "n_features": 2,
    "hidden": 10,
    "n_support": 4,
    "n_query": 4,
    "tasks_per_batch": 2,
    "meta_iters": 2,
    "inner_steps": 1,
    "inner_lr": 0.05,
    "outer_lr": 1e-3,
    "first_order": False,
    "eval_every": 1,
    "n_eval_tasks": 2,
    "clip": 5.0,
    "save_dir": None,
}


# --------------------------------------------------------------------------------------
# configuration
# --------------------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--meta-iters", type=int, default=None)
    p.add_argument("--inner-steps", type=int, default=None)
    p.add_argument("--inner-lr", type=float, default=None)
    p.add_argument("--outer-lr", type=float, default=None)
    p.add_argument("--first-order", action="store_true", default=None)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULT_CONFIG)
    for key, value in vars(args).items():
        key = key.replace("-", "_")
        if key in cfg and value is not None:
            cfg[key] = value
    return cfg


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
    )


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# --------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------
class KilnTaskSampler:
    """Synthetic kilns: temperature follows a first-order lag with a kiln-specific time constant."""

    def __init__(self, cfg):
        self.cfg = cfg

    def _firing(self, tau, n):
        t = torch.linspace(0, 1, self.cfg["seq_len"])
        setpoint = torch.rand(n, 1) * 0.5 + 0.5
        temp = setpoint * (1 - torch.exp(-t[None] / tau))
        noise = 0.02 * torch.randn(n, self.cfg["seq_len"])
        x = torch.stack([temp + noise, setpoint.expand(-1, self.cfg["seq_len"])], -1)
        y = (temp[:, -1:] * 2.0 - setpoint) + 0.01 * torch.randn(n, 1)
        return x, y

    def sample(self):
        tau = random.uniform(0.1, 0.6)
        xs, ys = self._firing(tau, self.cfg["n_support"])
        xq, yq = self._firing(tau, self.cfg["n_query"])
        return {"tau": tau, "support": (xs, ys), "query": (xq, yq)}

    def batch(self, n):
        return [self.sample() for _ in range(n)]


# --------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------
class KilnRegressor(nn.Module):
    def __init__(self, n_features, hidden):
        super().__init__()
        self.inp = nn.Linear(n_features, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h = torch.tanh(self.inp(x))
        seq, _ = self.gru(h)
        return self.out(seq[:, -1])


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------------------
class MetricTracker:
    def __init__(self):
        self.values = collections.defaultdict(list)

    def update(self, **kw):
        for k, v in kw.items():
            self.values[k].append(float(v))

    def mean(self, key):
        vals = self.values.get(key, [])
        return sum(vals) / max(len(vals), 1)

    def summary(self):
        return {k: round(self.mean(k), 5) for k in self.values}

    def reset(self):
        self.values.clear()


def rmse(pred, target):
    return math.sqrt(F.mse_loss(pred, target).item())


# --------------------------------------------------------------------------------------
# MAML
# --------------------------------------------------------------------------------------
def inner_adapt(model, params, support, cfg, create_graph):
    xs, ys = support
    for _ in range(cfg["inner_steps"]):
        loss = F.mse_loss(functional_call(model, params, (xs,)), ys)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=create_graph)
        params = {k: v - cfg["inner_lr"] * g for (k, v), g in zip(params.items(), grads)}
    return params


def meta_batch_loss(model, tasks, cfg):
    params = dict(model.named_parameters())
    losses = []
    for task in tasks:
        adapted = inner_adapt(model, params, task["support"], cfg, create_graph=not cfg["first_order"])
        xq, yq = task["query"]
        losses.append(F.mse_loss(functional_call(model, adapted, (xq,)), yq))
    return torch.stack(losses).mean()


def meta_step(model, opt, tasks, cfg):
    model.train()
    opt.zero_grad()
    meta_loss = meta_batch_loss(model, tasks, cfg)
    meta_loss.backward()  # TM003-here
    torch.nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
    opt.step()
    return meta_loss.item()


def evaluate(model, sampler, cfg):
    """Adapt on support (first-order is enough here) and report query RMSE before/after."""
    before, after = [], []
    for task in sampler.batch(cfg["n_eval_tasks"]):
        xq, yq = task["query"]
        with torch.no_grad():
            before.append(rmse(model(xq), yq))
        params = {k: v.detach().requires_grad_(True) for k, v in model.named_parameters()}
        adapted = inner_adapt(model, params, task["support"], cfg, create_graph=False)
        with torch.no_grad():
            after.append(rmse(functional_call(model, adapted, (xq,)), yq))
    return sum(before) / len(before), sum(after) / len(after)


# --------------------------------------------------------------------------------------
# checkpointing
# --------------------------------------------------------------------------------------
def save_checkpoint(model, opt, it, cfg, directory):
    path = os.path.join(directory, f"kiln_maml_{it:04d}.pt")
    torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "iter": it, "cfg": cfg}, path)
    return path


def load_checkpoint(model, opt, path):
    blob = torch.load(path, weights_only=False)
    model.load_state_dict(blob["model"])
    opt.load_state_dict(blob["opt"])
    return blob["iter"]


def write_report(metrics, directory):
    path = os.path.join(directory, "report.json")
    with open(path, "w") as fh:
        json.dump(metrics, fh, indent=2)
    return path


# --------------------------------------------------------------------------------------
# schedules and diagnostics
# --------------------------------------------------------------------------------------
def cosine_lr(base_lr, it, total, warmup=1):
    """Cosine decay with a short linear warm-up; returns the learning rate for meta-iteration it."""
    if it < warmup:
        return base_lr * (it + 1) / warmup
    progress = (it - warmup) / max(1, total - warmup)
    return 0.5 * base_lr * (1 + math.cos(math.pi * progress))


def set_lr(opt, lr):
    for group in opt.param_groups:
        group["lr"] = lr


def describe_tasks(tasks):
    """Summary statistics of a meta-batch, logged at debug level."""
    taus = [t["tau"] for t in tasks]
    ys = torch.cat([t["support"][1] for t in tasks])
    return {
        "n_tasks": len(tasks),
        "tau_min": round(min(taus), 3),
        "tau_max": round(max(taus), 3),
        "y_mean": round(ys.mean().item(), 4),
        "y_std": round(ys.std().item(), 4) if ys.numel() > 1 else 0.0,
    }


def grad_norm(model):
    total = 0.0
    for p in model.parameters():
        if p.grad is not None:
            total += p.grad.detach().pow(2).sum().item()
    return math.sqrt(total)


# --------------------------------------------------------------------------------------
# main loop
# --------------------------------------------------------------------------------------
def train(cfg):
    set_seed(cfg["seed"])
    sampler = KilnTaskSampler(cfg)
    model = KilnRegressor(cfg["n_features"], cfg["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["outer_lr"])
    LOG.info("model has %d parameters", count_parameters(model))
    tracker = MetricTracker()
    history = []
    with tempfile.TemporaryDirectory(prefix="kiln_maml_") as tmp:
        best_path, best = None, float("inf")
        for it in range(cfg["meta_iters"]):
            t0 = time.perf_counter()
            set_lr(opt, cosine_lr(cfg["outer_lr"], it, cfg["meta_iters"]))
            tasks = sampler.batch(cfg["tasks_per_batch"])
            LOG.debug("tasks: %s", describe_tasks(tasks))
            loss = meta_step(model, opt, tasks, cfg)
            tracker.update(meta_loss=loss, step_time=time.perf_counter() - t0, grad_norm=grad_norm(model))
            if (it + 1) % cfg["eval_every"] == 0:
                b, a = evaluate(model, sampler, cfg)
                tracker.update(rmse_before=b, rmse_after=a)
                LOG.info("iter %d meta %.4f rmse %.4f -> %.4f", it, loss, b, a)
                if a < best:
                    best = a
                    best_path = save_checkpoint(model, opt, it, cfg, tmp)
            history.append(tracker.summary())
        if best_path is not None:
            load_checkpoint(model, opt, best_path)
        write_report({"history": history, "best": best}, tmp)
    return model, history


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = build_config(args)
    LOG.info("config: %s", json.dumps({k: v for k, v in cfg.items() if v is not None}))
    _, history = train(cfg)
    print(json.dumps(history[-1], indent=1))


if __name__ == "__main__":
    main()
