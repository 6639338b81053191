# expect: crash
"""Abbot's scriptorium: few-shot letterform recognition per scribe (MAML).

Research script.  Every scribe of the abbey writes the same letters with
their own hand; a task is "recognise N letters of one scribe from K pen
trajectories each".  A GRU over (dx, dy, pen-down) strokes is meta-trained
with second-order MAML so that a few inner steps adapt it to a new scribe.

    python abbot_scriptorium_maml_research.py --meta-iters 3 --inner-steps 1
    python abbot_scriptorium_maml_research.py --first-order
"""
import argparse
import json
import logging
import math
import os
import random
import statistics
import tempfile
import time
from collections import OrderedDict

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call

log = logging.getLogger("scriptorium")

DEFAULTS = {
    "seed": 3,
    "letters": 10,
    "scribes_train": 12,
    "scribes_test": 4,
    "ways": 3,
    "shots": 2,
    "queries": 3,
    "stroke_len": 8,
    "hidden": 12,
    "inner_lr": 0.3,
    "outer_lr": 3e-3,
    "meta_batch": 2,
}


# ------------------------------------------------------------------ helpers

def seed_all(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def mean_ci(values, z=1.96):
    if len(values) < 2:
        return (values[0] if values else float("nan")), 0.0
    m = statistics.fmean(values)
    return m, z * statistics.stdev(values) / math.sqrt(len(values))


class StepTimer:
    def __init__(self):
        self.times = []

    def __call__(self, fn, *a, **kw):
        t = time.perf_counter()
        out = fn(*a, **kw)
        self.times.append(time.perf_counter() - t)
        return out

    def summary(self):
        return f"{statistics.fmean(self.times):.3f}s/iter" if self.times else "-"


def cosine_with_warmup(it, total, warmup=1, floor=0.1):
    if it < warmup:
        return (it + 1) / warmup
    progress = (it - warmup) / max(1, total - warmup)
    return floor + (1 - floor) * 0.5 * (1 + math.cos(math.pi * progress))


def set_lr(opt, base, factor):
    for group in opt.param_groups:
        group["lr"] = base * factor


def confusion(logits, y, ways):
    m = torch.zeros(ways, ways, dtype=torch.long)
    for t, p in zip(y.tolist(), logits.argmax(-1).tolist()):
        m[t, p] += 1
    return m


def format_confusion(m):
    lines = ["     " + " ".join(f"p{j:<3d}" for j in range(m.size(1)))]
    for i, row in enumerate(m.tolist()):
        lines.append(f"t{i:<3d} " + " ".join(f"{v:<4d}" for v in row))
    return "\n".join(lines)


def write_summary(history, directory):
    path = os.path.join(directory, "summary.json")
    with open(path, "w") as fh:
        json.dump(history, fh, indent=1)
    size = os.path.getsize(path)
    os.remove(path)
    return size


# --------------------------------------------------------------------- data

class Scriptorium:
    """Letter prototypes are shared; each scribe adds a slant, a size and a
    personal tremor."""

    def __init__(self, letters, stroke_len, n_scribes, seed):
        g = torch.Generator().manual_seed(seed)
        self.stroke_len = stroke_len
        self.prototypes = torch.randn(letters, stroke_len, 2, generator=g) * 0.5
        self.scribes = []
        for _ in range(n_scribes):
            slant = torch.rand(1, generator=g).item() * 0.6 - 0.3
            size = 0.7 + torch.rand(1, generator=g).item() * 0.6
            tremor = 0.05 + torch.rand(1, generator=g).item() * 0.1
            self.scribes.append((slant, size, tremor))

    def write(self, scribe, letter, g):
        slant, size, tremor = self.scribes[scribe]
        p = self.prototypes[letter] * size
        shear = torch.tensor([[1.0, slant], [0.0, 1.0]])
        d = p @ shear.T + tremor * torch.randn(p.shape, generator=g)
        pen = (torch.rand(self.stroke_len, 1, generator=g) > 0.1).float()
        return torch.cat([d, pen], -1)

    def task(self, scribe, ways, shots, queries, seed):
        g = torch.Generator().manual_seed(seed)
        letters = torch.randperm(len(self.prototypes), generator=g)[:ways].tolist()
        sx, sy, qx, qy = [], [], [], []
        for label, letter in enumerate(letters):
            for _ in range(shots):
                sx.append(self.write(scribe, letter, g))
                sy.append(label)
            for _ in range(queries):
                qx.append(self.write(scribe, letter, g))
                qy.append(label)
        return torch.stack(sx), torch.tensor(sy), torch.stack(qx), torch.tensor(qy)


def describe_scriptorium(book):
    for i, (slant, size, tremor) in enumerate(book.scribes):
        log.debug("scribe %2d slant %+.2f size %.2f tremor %.3f", i, slant, size, tremor)
    log.info("%d scribes, %d letters, strokes of %d points",
             len(book.scribes), len(book.prototypes), book.stroke_len)


# -------------------------------------------------------------------- model

class StrokeGRU(nn.Module):
    def __init__(self, hidden, ways):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.classifier = nn.Linear(hidden, ways)

    def forward(self, strokes):
        h, _ = self.gru(strokes)
        return self.classifier(h[:, -1])


def named_params(model):
    return OrderedDict((k, v) for k, v in model.named_parameters())


def adapt(model, params, sx, sy, steps, lr, first_order):
    """Inner loop.  Returns the fast weights after `steps` SGD steps on the
    support set; with first_order the graph of the gradient is dropped."""
    fast = OrderedDict(params)
    for _ in range(steps):
        loss = F.cross_entropy(functional_call(model, fast, (sx,)), sy)
        grads = torch.autograd.grad(loss, list(fast.values()), create_graph=not first_order)
        fast = OrderedDict((k, w - lr * g) for (k, w), g in zip(fast.items(), grads))
    return fast


def query_metrics(model, fast, qx, qy):
    logits = functional_call(model, fast, (qx,))
    loss = F.cross_entropy(logits, qy)
    acc = (logits.argmax(-1) == qy).float().mean()
    return loss, acc


# ----------------------------------------------------------------- training

def meta_step(model, opt, book, cfg, args, it):
    model.train()
    opt.zero_grad()
    params = named_params(model)
    losses, accs = [], []
    for b in range(cfg["meta_batch"]):
        scribe = random.randrange(cfg["scribes_train"])
        sx, sy, qx, qy = book.task(scribe, cfg["ways"], cfg["shots"], cfg["queries"], seed=it * 97 + b)
        fast = adapt(model, params, sx, sy, args.inner_steps, cfg["inner_lr"], args.first_order)
        loss, acc = query_metrics(model, fast, qx, qy)
        losses.append(loss)
        accs.append(acc.item())
    meta_loss = torch.stack(losses).mean()
    meta_loss.backward()  # TM003-here
    nn.utils.clip_grad_norm_(model.parameters(), 5.0)
    opt.step()
    return meta_loss.item(), statistics.fmean(accs)


def meta_test(model, book, cfg, args, episodes=4):
    model.train()  # adaptation needs grads; dropout-free model, so mode is moot
    accs, conf = [], None
    for ep in range(episodes):
        scribe = cfg["scribes_train"] + ep % cfg["scribes_test"]
        sx, sy, qx, qy = book.task(scribe, cfg["ways"], cfg["shots"], cfg["queries"], seed=10_000 + ep)
        fast = adapt(model, named_params(model), sx, sy, args.inner_steps, cfg["inner_lr"], True)
        with torch.no_grad():
            _, acc = query_metrics(model, fast, qx, qy)
            c = confusion(functional_call(model, fast, (qx,)), qy, cfg["ways"])
        conf = c if conf is None else conf + c
        accs.append(acc.item())
    log.debug("meta-test confusion\n%s", format_confusion(conf))
    return mean_ci(accs)


def shot_sweep(model, book, cfg, args, shots=(1, 2, 3)):
    """How does meta-test accuracy grow with the number of examples a new
    scribe has written of each letter?"""
    results = {}
    for k in shots:
        sub = dict(cfg, shots=k)
        m, ci = meta_test(model, book, sub, args, episodes=2)
        results[k] = (round(m, 3), round(ci, 3))
    return results


def count_params(model):
    total = sum(p.numel() for p in model.parameters())
    by_module = {}
    for name, p in model.named_parameters():
        by_module.setdefault(name.split(".")[0], 0)
        by_module[name.split(".")[0]] += p.numel()
    return total, by_module


def save_checkpoint(model, opt, it, path):
    torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "it": it}, path)


# --------------------------------------------------------------------- main

def get_args(argv=None):
    ap = argparse.ArgumentParser(description="MAML over scribes")
    ap.add_argument("--meta-iters", type=int, default=3)
    ap.add_argument("--inner-steps", type=int, default=1)
    ap.add_argument("--first-order", action="store_true")
    ap.add_argument("--config", type=str, default="", help="JSON overrides")
    ap.add_argument("--eval-every", type=int, default=2)
    return ap.parse_args(argv)


def main(argv=None):
    args = get_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    cfg = dict(DEFAULTS)
    if args.config:
        cfg.update(json.loads(args.config))
    seed_all(cfg["seed"])
    log.info("config %s first_order=%s", cfg, args.first_order)

    book = Scriptorium(cfg["letters"], cfg["stroke_len"], cfg["scribes_train"] + cfg["scribes_test"], seed=cfg["seed"])
    model = StrokeGRU(cfg["hidden"], cfg["ways"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["outer_lr"])
    timer = StepTimer()
    describe_scriptorium(book)
    total, by_module = count_params(model)
    log.info("parameters: %d %s", total, by_module)
    history = {"loss": [], "acc": [], "test": []}

    fd, ckpt = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    best = -1.0
    try:
        for it in range(args.meta_iters):
            set_lr(opt, cfg["outer_lr"], cosine_with_warmup(it, args.meta_iters))
            loss, acc = timer(meta_step, model, opt, book, cfg, args, it)
            history["loss"].append(loss)
            history["acc"].append(acc)
            log.info("iter %d meta-loss %.4f query-acc %.3f", it, loss, acc)
            if (it + 1) % args.eval_every == 0 or it == args.meta_iters - 1:
                m, ci = meta_test(model, book, cfg, args)
                log.info("meta-test acc %.3f +- %.3f", m, ci)
                history["test"].append([it, m, ci])
                if m > best:
                    best = m
                    save_checkpoint(model, opt, it, ckpt)
        log.info("best meta-test acc %.3f, %s", best, timer.summary())
        for k, (m, ci) in shot_sweep(model, book, cfg, args).items():
            log.info("%d-shot: %.3f +- %.3f", k, m, ci)
        log.info("summary of %d bytes written and removed", write_summary(history, os.path.dirname(ckpt)))
    finally:
        os.remove(ckpt)


if __name__ == "__main__":
    main()
