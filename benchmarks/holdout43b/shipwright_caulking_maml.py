# expect: crash
"""Shipwright caulking: few-shot seam-leak prediction across hulls with MAML.

Each wooden hull in the yard is one task. For a hull we have a handful of
seams with their caulking record (oakum depth, pitch temperature, plank
moisture and mallet strokes, logged along the seam) and whether the seam
wept after launch. A meta-learned LSTM initialisation adapts to a new hull
from five seams.

Second-order MAML: the inner SGD steps are taken with create_graph=True so
the outer update differentiates through the adaptation.
"""
import argparse
import logging
import math
import random
import statistics
import sys
import time
from collections import OrderedDict

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call

logger = logging.getLogger("caulking")

CFG = {
    "seed": 1805,
    "seam_len": 6,
    "features": 4,
    "hidden": 10,
    "n_way": 2,
    "k_shot": 3,
    "k_query": 4,
    "inner_lr": 0.1,
    "inner_steps": 1,
    "outer_lr": 2e-3,
    "meta_batch": 2,
    "meta_iters": 3,
    "eval_tasks": 3,
    "first_order": False,
    "log_every": 1,
}


# ---------------------------------------------------------------------------
# tasks
# ---------------------------------------------------------------------------

class HullTaskSampler:
    """Every hull has its own timber and caulker, i.e. its own leak rule."""

    def __init__(self, cfg, seed):
        self.cfg = cfg
        self.rng = random.Random(seed)
        self.gen = torch.Generator().manual_seed(seed)

    def _hull_rule(self):
        w = torch.randn(self.cfg["features"], generator=self.gen)
        bias = self.rng.uniform(-0.3, 0.3)
        return w, bias

    def _seams(self, rule, n):
        w, bias = rule
        x = torch.randn(n, self.cfg["seam_len"], self.cfg["features"], generator=self.gen)
        score = (x.mean(1) @ w) + bias
        y = (score > 0).long()
        return x, y

    def sample(self):
        rule = self._hull_rule()
        n_s = self.cfg["n_way"] * self.cfg["k_shot"]
        n_q = self.cfg["n_way"] * self.cfg["k_query"]
        xs, ys = self._seams(rule, n_s)
        xq, yq = self._seams(rule, n_q)
        return (xs, ys), (xq, yq)

    def batch(self, n):
        return [self.sample() for _ in range(n)]


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------

class SeamNet(nn.Module):
    def __init__(self, features, hidden, n_way):
        super().__init__()
        self.embed = nn.Linear(features, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_way)

    def forward(self, x):
        h, _ = self.lstm(F.relu(self.embed(x)))
        return self.cls(h[:, -1])


def named_params(model):
    return OrderedDict((n, p) for n, p in model.named_parameters())


# ---------------------------------------------------------------------------
# MAML
# ---------------------------------------------------------------------------

def inner_adapt(model, params, support, cfg, create_graph):
    xs, ys = support
    fast = OrderedDict(params)
    for _ in range(cfg["inner_steps"]):
        logits = functional_call(model, fast, (xs,))
        loss = F.cross_entropy(logits, ys)
        grads = torch.autograd.grad(loss, list(fast.values()), create_graph=create_graph)
        fast = OrderedDict(
            (n, p - cfg["inner_lr"] * g) for (n, p), g in zip(fast.items(), grads)
        )
    return fast


def query_loss(model, fast, query):
    xq, yq = query
    logits = functional_call(model, fast, (xq,))
    return F.cross_entropy(logits, yq), (logits.argmax(-1) == yq).float().mean()


def meta_step(model, opt, tasks, cfg):
    model.train()
    opt.zero_grad()
    params = named_params(model)
    losses, accs = [], []
    for support, query in tasks:
        fast = inner_adapt(model, params, support, cfg, create_graph=not cfg["first_order"])
        loss, acc = query_loss(model, fast, query)
        losses.append(loss)
        accs.append(acc.item())
    meta_loss = torch.stack(losses).mean()
    meta_loss.backward()  # TM003-here
    nn.utils.clip_grad_norm_(model.parameters(), 5.0)
    opt.step()
    return meta_loss.item(), statistics.mean(accs)


def meta_evaluate(model, sampler, cfg):
    """Adapt from the support set, score on the query set; no outer update."""
    model.train()
    params = {n: p.detach().requires_grad_(True) for n, p in model.named_parameters()}
    accs = []
    for support, query in sampler.batch(cfg["eval_tasks"]):
        fast = inner_adapt(model, params, support, cfg, create_graph=False)
        with torch.no_grad():
            _, acc = query_loss(model, fast, query)
        accs.append(acc.item())
    mean = statistics.mean(accs)
    ci = 1.96 * statistics.pstdev(accs) / math.sqrt(len(accs))
    return mean, ci


# ---------------------------------------------------------------------------
# logging helpers
# ---------------------------------------------------------------------------

class RunningAverage:
    def __init__(self, momentum=0.9):
        self.m = momentum
        self.value = None

    def update(self, v):
        self.value = v if self.value is None else self.m * self.value + (1 - self.m) * v
        return self.value


class Stopwatch:
    def __init__(self):
        self.t = time.perf_counter()

    def lap(self):
        now = time.perf_counter()
        dt, self.t = now - self.t, now
        return dt


def describe(cfg):
    keys = ["n_way", "k_shot", "k_query", "inner_lr", "inner_steps", "meta_batch", "first_order"]
    return ", ".join(f"{k}={cfg[k]}" for k in keys)


def param_report(model):
    rows = []
    for n, p in model.named_parameters():
        rows.append(f"{n:28s} {tuple(p.shape)!s:14s} |w|={p.detach().norm():.3f}")
    return "\n".join(rows)


# ---------------------------------------------------------------------------
# yard bookkeeping: sanity checks, schedules, checkpoints
# ---------------------------------------------------------------------------

def check_sampler(sampler, cfg, n=4):
    """Warn when a hull's support set has only one class (MAML then learns little)."""
    degenerate = 0
    balance = []
    for (xs, ys), (xq, yq) in sampler.batch(n):
        assert xs.shape == (cfg["n_way"] * cfg["k_shot"], cfg["seam_len"], cfg["features"])
        assert xq.shape[0] == cfg["n_way"] * cfg["k_query"]
        if ys.unique().numel() < 2:
            degenerate += 1
        balance.append(ys.float().mean().item())
    logger.info("sampler check: %d/%d degenerate support sets, mean leak rate %.2f",
                degenerate, n, statistics.mean(balance))
    return degenerate


def cosine_outer_lr(opt, it, total, base_lr, warmup=1):
    if it < warmup:
        lr = base_lr * (it + 1) / warmup
    else:
        progress = (it - warmup) / max(1, total - warmup)
        lr = 0.5 * base_lr * (1 + math.cos(math.pi * progress))
    for group in opt.param_groups:
        group["lr"] = lr
    return lr


class CheckpointKeeper:
    """Keeps the best meta-initialisation in memory (the yard PCs have no GPU disk)."""

    def __init__(self):
        self.best_acc = -1.0
        self.best_state = None
        self.best_iter = None

    def offer(self, model, acc, it):
        if acc > self.best_acc:
            self.best_acc = acc
            self.best_iter = it
            self.best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
            return True
        return False

    def restore(self, model):
        if self.best_state is not None:
            model.load_state_dict(self.best_state)
        return self.best_iter


def summarise_hulls(sampler, n=3):
    lines = []
    for i, ((xs, ys), (xq, yq)) in enumerate(sampler.batch(n)):
        lines.append(f"hull {i}: support leaks {int(ys.sum())}/{len(ys)}, "
                     f"query leaks {int(yq.sum())}/{len(yq)}, "
                     f"oakum depth mean {xs[..., 0].mean():+.2f}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def get_args(argv=None):
    ap = argparse.ArgumentParser(description="MAML for seam-leak prediction")
    ap.add_argument("--meta-iters", type=int, default=CFG["meta_iters"])
    ap.add_argument("--inner-steps", type=int, default=CFG["inner_steps"])
    ap.add_argument("--inner-lr", type=float, default=CFG["inner_lr"])
    ap.add_argument("--first-order", action="store_true",
                    help="FOMAML: do not differentiate through the inner loop")
    ap.add_argument("--show-params", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args(argv)


def main(argv=None):
    args = get_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="%(levelname).1s %(message)s", stream=sys.stdout)
    cfg = dict(CFG)
    cfg.update(meta_iters=args.meta_iters, inner_steps=args.inner_steps,
               inner_lr=args.inner_lr, first_order=args.first_order or CFG["first_order"])
    random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    logger.info("config: %s", describe(cfg))

    train_hulls = HullTaskSampler(cfg, seed=1)
    test_hulls = HullTaskSampler(cfg, seed=2)
    check_sampler(train_hulls, cfg)
    logger.info("example hulls:\n%s", summarise_hulls(test_hulls))
    model = SeamNet(cfg["features"], cfg["hidden"], cfg["n_way"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["outer_lr"])
    keeper = CheckpointKeeper()

    avg_loss, avg_acc = RunningAverage(), RunningAverage()
    watch = Stopwatch()
    for it in range(cfg["meta_iters"]):
        cosine_outer_lr(opt, it, cfg["meta_iters"], cfg["outer_lr"])
        tasks = train_hulls.batch(cfg["meta_batch"])
        loss, acc = meta_step(model, opt, tasks, cfg)
        keeper.offer(model, acc, it)
        avg_loss.update(loss)
        avg_acc.update(acc)
        if it % cfg["log_every"] == 0:
            logger.info("iter %3d  meta-loss %.4f  query acc %.3f  (%.2fs)",
                        it, avg_loss.value, avg_acc.value, watch.lap())

    best_it = keeper.restore(model)
    logger.info("restored meta-init from iter %s", best_it)
    acc, ci = meta_evaluate(model, test_hulls, cfg)
    logger.info("test hulls: %.3f +- %.3f", acc, ci)
    if args.show_params:
        print(param_report(model))
    return 0


if __name__ == "__main__":
    sys.exit(main())
