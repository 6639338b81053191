# expect: crash
"""Riveter acoustic-emission classifier with per-site adaptation (second-order MAML).

Each "site" (a shipyard bay, a bridge girder, an aircraft skin panel) has its own background noise,
so the model is meta-trained to adapt in a few gradient steps from a handful of labelled hits:
good rivet / loose rivet / cracked shank.

Research-code layout: CONFIG dict + argparse overrides, logging, task sampler, metrics, a
meta-training loop, meta-testing with adaptation, a small results table at the end.
"""
import argparse
import copy
import logging
import os
import tempfile
import random
import time
from collections import OrderedDict, defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call

logger = logging.getLogger("riveter")

CONFIG = {
    "seed": 17,
    "n_classes": 3,
    "n_feat": 4,            # band energies of the AE hit
    "seq_len": 10,
    "hidden": 8,
    "k_shot": 2,
    "k_query": 3,
    "inner_lr": 0.2,
    "inner_steps": 1,
    "first_order": False,
    "meta_lr": 3e-3,
    "meta_batch": 2,
    "meta_iters": 3,
    "test_tasks": 2,
    "log_every": 1,
}


# ============================================================================ utilities

def setup(seed, verbose=False):
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s | %(name)s | %(message)s", datefmt="%H:%M:%S")
    random.seed(seed)
    torch.manual_seed(seed)


def accuracy(logits, y):
    return float((logits.argmax(-1) == y).float().mean())


def macro_f1(logits, y, n_classes):
    pred = logits.argmax(-1)
    f1s = []
    for c in range(n_classes):
        tp = float(((pred == c) & (y == c)).sum())
        fp = float(((pred == c) & (y != c)).sum())
        fn = float(((pred != c) & (y == c)).sum())
        if tp + fp + fn == 0:
            continue
        f1s.append(2 * tp / (2 * tp + fp + fn))
    return sum(f1s) / max(len(f1s), 1)


class Meter(defaultdict):
    def __init__(self):
        super().__init__(list)

    def add(self, **kw):
        for k, v in kw.items():
            self[k].append(float(v))

    def means(self):
        return {k: sum(v) / len(v) for k, v in self.items() if v}


def fmt(d):
    return ", ".join(f"{k}={v:.3f}" for k, v in sorted(d.items()))


# ============================================================================ tasks

class SiteSampler:
    """Synthetic AE hits: class prototypes shared across sites, plus a site-specific noise colour."""

    def __init__(self, cfg, gen):
        self.cfg = cfg
        self.gen = gen
        c, t, f = cfg["n_classes"], cfg["seq_len"], cfg["n_feat"]
        self.prototypes = torch.randn(c, t, f, generator=gen)

    def _site_noise(self):
        f = self.cfg["n_feat"]
        colour = torch.randn(f, f, generator=self.gen) * 0.3
        offset = torch.randn(f, generator=self.gen) * 0.5
        return colour, offset

    def _draw(self, n_per_class, colour, offset):
        xs, ys = [], []
        for c in range(self.cfg["n_classes"]):
            base = self.prototypes[c].expand(n_per_class, -1, -1)
            noise = torch.randn(base.shape, generator=self.gen) @ colour
            xs.append(base + noise + offset)
            ys.append(torch.full((n_per_class,), c, dtype=torch.long))
        return torch.cat(xs), torch.cat(ys)

    def task(self):
        colour, offset = self._site_noise()
        support = self._draw(self.cfg["k_shot"], colour, offset)
        query = self._draw(self.cfg["k_query"], colour, offset)
        return support, query

    def batch(self, n):
        return [self.task() for _ in range(n)]


# ============================================================================ model

class HitClassifier(nn.Module):
    def __init__(self, n_feat, hidden, n_classes):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_classes)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.inp(x)))
        return self.cls(h.mean(1))


def named_params(model):
    return OrderedDict((n, p) for n, p in model.named_parameters())


# ============================================================================ MAML

def inner_adapt(model, params, support, cfg, create_graph):
    xs, ys = support
    for _ in range(cfg["inner_steps"]):
        loss = F.cross_entropy(functional_call(model, params, (xs,)), ys)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=create_graph)
        params = OrderedDict(
            (n, p - cfg["inner_lr"] * g) for (n, p), g in zip(params.items(), grads)
        )
    return params


def meta_step(model, opt, tasks, cfg):
    model.train()
    opt.zero_grad()
    meter = Meter()
    meta_loss = 0.0
    for support, query in tasks:
        fast = inner_adapt(model, named_params(model), support, cfg, create_graph=not cfg["first_order"])
        logits = functional_call(model, fast, (query[0],))
        q_loss = F.cross_entropy(logits, query[1])
        meta_loss = meta_loss + q_loss / len(tasks)
        meter.add(q_loss=q_loss.item(), q_acc=accuracy(logits, query[1]))
    meta_loss.backward()  # TM003-here
    nn.utils.clip_grad_norm_(model.parameters(), 5.0)
    opt.step()
    return meter.means()


def meta_test(model, tasks, cfg):
    """Adapt a copy per task (first-order is enough at test time) and score on the query."""
    results = Meter()
    for support, query in tasks:
        learner = copy.deepcopy(model)
        learner.train()
        opt = torch.optim.SGD(learner.parameters(), lr=cfg["inner_lr"])
        for _ in range(cfg["inner_steps"]):
            loss = F.cross_entropy(learner(support[0]), support[1])
            opt.zero_grad()
            loss.backward()
            opt.step()
        learner.eval()
        with torch.no_grad():
            logits = learner(query[0])
        results.add(acc=accuracy(logits, query[1]),
                    f1=macro_f1(logits, query[1], cfg["n_classes"]))
    return results.means()


def zero_shot(model, tasks, cfg):
    model.eval()
    m = Meter()
    with torch.no_grad():
        for _, query in tasks:
            logits = model(query[0])
            m.add(acc=accuracy(logits, query[1]), f1=macro_f1(logits, query[1], cfg["n_classes"]))
    return m.means()


# ============================================================================ baselines

def band_summary(x):
    """Hand-crafted features: per-band mean, std, max and the time of the max."""
    t = torch.arange(x.shape[1], dtype=x.dtype).view(1, -1, 1)
    peak_t = (x.softmax(1) * t).sum(1) / x.shape[1]
    return torch.cat([x.mean(1), x.std(1), x.amax(1), peak_t], dim=-1)


def nearest_centroid(tasks, cfg):
    """Per-site nearest class centroid on hand-crafted features (no learning)."""
    m = Meter()
    for support, query in tasks:
        fs, fq = band_summary(support[0]), band_summary(query[0])
        cents = torch.stack([fs[support[1] == c].mean(0) for c in range(cfg["n_classes"])])
        logits = -torch.cdist(fq, cents)
        m.add(acc=accuracy(logits, query[1]), f1=macro_f1(logits, query[1], cfg["n_classes"]))
    return m.means()


def cosine_lr(opt, base_lr, it, total, warmup=1):
    if it < warmup:
        lr = base_lr * (it + 1) / warmup
    else:
        prog = (it - warmup) / max(1, total - warmup)
        lr = 0.5 * base_lr * (1 + torch.cos(torch.tensor(prog * 3.141592653589793)).item())
    for g in opt.param_groups:
        g["lr"] = lr
    return lr


# ============================================================================ driver

def parse(argv):
    ap = argparse.ArgumentParser(description="second-order MAML for rivet AE hits")
    ap.add_argument("--meta-iters", type=int)
    ap.add_argument("--inner-steps", type=int)
    ap.add_argument("--inner-lr", type=float)
    ap.add_argument("--first-order", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    return ap.parse_args(argv)


def resolve(args):
    cfg = dict(CONFIG)
    for key in ("meta_iters", "inner_steps", "inner_lr"):
        v = getattr(args, key)
        if v is not None:
            cfg[key] = v
    if args.first_order:
        cfg["first_order"] = True
    return cfg


def save_checkpoint(model, opt, cfg, it):
    fd, path = tempfile.mkstemp(suffix=".pt", prefix="riveter_")
    os.close(fd)
    torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "cfg": cfg, "iter": it}, path)
    return path


def load_checkpoint(path, model, opt=None):
    state = torch.load(path, weights_only=False)
    model.load_state_dict(state["model"])
    if opt is not None:
        opt.load_state_dict(state["opt"])
    return state["iter"]


def results_table(rows):
    head = f"{'stage':<12}{'acc':>8}{'f1':>8}"
    lines = [head, "-" * len(head)]
    for name, r in rows:
        lines.append(f"{name:<12}{r.get('acc', float('nan')):>8.3f}{r.get('f1', float('nan')):>8.3f}")
    return "\n".join(lines)


def main(argv=None):
    args = parse(argv or [])
    cfg = resolve(args)
    setup(cfg["seed"], args.verbose)
    gen = torch.Generator().manual_seed(cfg["seed"])
    sampler = SiteSampler(cfg, gen)
    model = HitClassifier(cfg["n_feat"], cfg["hidden"], cfg["n_classes"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["meta_lr"])
    logger.info("config: %s", cfg)

    test_tasks = sampler.batch(cfg["test_tasks"])
    rows = [("centroid", nearest_centroid(test_tasks, cfg)),
            ("zero-shot", zero_shot(model, test_tasks, cfg))]

    t0 = time.perf_counter()
    for it in range(cfg["meta_iters"]):
        lr = cosine_lr(opt, cfg["meta_lr"], it, cfg["meta_iters"])
        logger.debug("iter %d meta lr %.5f", it, lr)
        stats = meta_step(model, opt, sampler.batch(cfg["meta_batch"]), cfg)
        if it % cfg["log_every"] == 0:
            logger.info("iter %d  %s  (%.2fs)", it, fmt(stats), time.perf_counter() - t0)

    ckpt = save_checkpoint(model, opt, cfg, cfg["meta_iters"])
    try:
        restored = HitClassifier(cfg["n_feat"], cfg["hidden"], cfg["n_classes"])
        logger.info("restored checkpoint from iter %d", load_checkpoint(ckpt, restored))
    finally:
        os.remove(ckpt)
    rows.append(("adapted", meta_test(restored, test_tasks, cfg)))
    print(results_table(rows))


if __name__ == "__main__":
    main()
