# expect: clean
"""Continual learning with Gradient Episodic Memory (GEM, single-constraint A-GEM
projection) for a GRU that classifies machine-vibration windows, where each
"task" is a new operating regime of the machine (different drift/noise).

Reports average accuracy (ACC) and backward transfer (BWT) from the full
accuracy matrix R[i, j] = accuracy on task j after training on task i.

Usage:
    python long_gem_sensor.py --tasks 3 --mem-per-task 4
"""
import argparse
import dataclasses
import logging
import math
import random
import time
from typing import Dict, List, Tuple

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("gem")

CONFIG = {
    "seed": 7,
    "n_tasks": 3,
    "n_classes": 3,
    "window": 12,
    "channels": 2,
    "hidden": 8,
    "lr": 0.05,
    "batch_size": 4,
    "n_per_task": 8,
    "epochs_per_task": 1,
    "mem_per_task": 4,
    "margin": 0.0,
    "eval_every_task": True,
}


# ----------------------------------------------------------------------------- data
@dataclasses.dataclass
class Task:
    tid: int
    x: torch.Tensor
    y: torch.Tensor

    def batches(self, size, rng):
        idx = list(range(len(self.y)))
        rng.shuffle(idx)
        for s in range(0, len(idx), size):
            j = torch.tensor(idx[s:s + size])
            yield self.x[j], self.y[j]


def make_task(tid, cfg, gen):
    n, T, C = cfg["n_per_task"], cfg["window"], cfg["channels"]
    y = torch.randint(0, cfg["n_classes"], (n,), generator=gen)
    t = torch.linspace(0, 1, T).view(1, T, 1)
    freq = (y.float() + 1).view(n, 1, 1) * (1 + 0.3 * tid)
    x = torch.sin(2 * math.pi * freq * t).expand(n, T, C).clone()
    x += 0.1 * (tid + 1) * torch.randn(n, T, C, generator=gen)
    x += 0.2 * tid
    return Task(tid, x, y)


def describe_tasks(tasks):
    """One line per regime: class balance, mean level and noise."""
    lines = []
    for t in tasks:
        counts = torch.bincount(t.y, minlength=int(t.y.max()) + 1).tolist()
        level = t.x.mean().item()
        noise = (t.x[:, 1:] - t.x[:, :-1]).std().item()
        lines.append(f"task {t.tid}: classes {counts} level {level:+.2f} roughness {noise:.2f}")
    return "\n".join(lines)


# ----------------------------------------------------------------------------- model
class VibrationGRU(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.gru = nn.GRU(cfg["channels"], cfg["hidden"], batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(cfg["hidden"], cfg["n_classes"])

    def forward(self, x):
        _, h = self.gru(x)
        return self.head(self.drop(h[-1]))


# ----------------------------------------------------------------------------- gradient utils
def flat_grad(params):
    return torch.cat([(p.grad if p.grad is not None else torch.zeros_like(p)).flatten() for p in params])


def assign_flat_grad(params, flat):
    i = 0
    for p in params:
        n = p.numel()
        p.grad = flat[i:i + n].view_as(p).clone()
        i += n


def project(g, g_ref, margin=0.0):
    """A-GEM projection: if the update would increase the memory loss, remove that component."""
    dot = torch.dot(g, g_ref)
    if dot >= -margin:
        return g, False
    return g - (dot / (g_ref.dot(g_ref) + 1e-12)) * g_ref, True


# ----------------------------------------------------------------------------- learner
class EpisodicMemory:
    def __init__(self, per_task):
        self.per_task = per_task
        self.store: Dict[int, Tuple[torch.Tensor, torch.Tensor]] = {}

    def add(self, task: Task, rng):
        idx = rng.sample(range(len(task.y)), min(self.per_task, len(task.y)))
        self.store[task.tid] = (task.x[idx].clone(), task.y[idx].clone())

    def sample(self):
        if not self.store:
            return None
        xs, ys = zip(*self.store.values())
        return torch.cat(xs), torch.cat(ys)

    def __len__(self):
        return sum(len(y) for _, y in self.store.values())


class GEMLearner:
    def __init__(self, net, cfg):
        self.net = net
        self.cfg = cfg
        self.params = [p for p in net.parameters() if p.requires_grad]
        self.opt = torch.optim.SGD(self.params, lr=cfg["lr"])
        self.memory = EpisodicMemory(cfg["mem_per_task"])
        self.n_projections = 0
        self.n_steps = 0

    def reference_gradient(self):
        mem = self.memory.sample()
        if mem is None:
            return None
        self.opt.zero_grad()
        F.cross_entropy(self.net(mem[0]), mem[1]).backward()
        return flat_grad(self.params)

    def observe(self, x, y):
        self.net.train()
        g_ref = self.reference_gradient()
        self.opt.zero_grad()
        loss = F.cross_entropy(self.net(x), y)
        loss.backward()
        if g_ref is not None:
            g, projected = project(flat_grad(self.params), g_ref, self.cfg["margin"])
            self.n_projections += int(projected)
            assign_flat_grad(self.params, g)
        self.opt.step()
        self.n_steps += 1
        return loss.item()

    def end_task(self, task, rng):
        self.memory.add(task, rng)


class FineTuneLearner(GEMLearner):
    """Baseline without any memory constraint (plain sequential fine-tuning)."""

    def reference_gradient(self):
        return None

    def end_task(self, task, rng):
        pass


LEARNERS = {"gem": GEMLearner, "finetune": FineTuneLearner}


# ----------------------------------------------------------------------------- diagnostics
def memory_interference(net, memory, task, params):
    """Cosine between the current-task gradient and the memory gradient.

    Runs right after the accuracy sweep, i.e. with the network still in eval
    (dropout off, as wanted for a clean measurement). The fused cuDNN RNN
    kernels refuse a backward in eval mode, so the native kernels are used here.
    """
    mem = memory.sample()
    if mem is None:
        return float("nan")
    with torch.backends.cudnn.flags(enabled=False):
        g_mem = torch.autograd.grad(F.cross_entropy(net(mem[0]), mem[1]), params)
        g_cur = torch.autograd.grad(F.cross_entropy(net(task.x), task.y), params)
    a = torch.cat([g.flatten() for g in g_mem])
    b = torch.cat([g.flatten() for g in g_cur])
    return F.cosine_similarity(a, b, dim=0).item()


def confusion(net, task, n_classes):
    net.eval()
    with torch.no_grad():
        pred = net(task.x).argmax(-1)
    m = torch.zeros(n_classes, n_classes, dtype=torch.long)
    for p, t in zip(pred.tolist(), task.y.tolist()):
        m[t, p] += 1
    return m


def forgetting(R):
    T = len(R)
    if T < 2:
        return 0.0
    vals = [max(R[i][j] for i in range(j, T - 1)) - R[-1][j] for j in range(T - 1)]
    return sum(vals) / len(vals)


def validate_config(cfg):
    assert cfg["mem_per_task"] <= cfg["n_per_task"], "memory larger than the task"
    assert cfg["batch_size"] > 0 and cfg["lr"] > 0
    if cfg["n_tasks"] < 2:
        LOG.warning("with a single task BWT is undefined; reporting 0")


# ----------------------------------------------------------------------------- evaluation
@torch.no_grad()
def accuracy(net, task):
    net.eval()
    return (net(task.x).argmax(-1) == task.y).float().mean().item()


def accuracy_row(net, tasks):
    return [accuracy(net, t) for t in tasks]


def summarise(R: List[List[float]]):
    T = len(R)
    acc = sum(R[-1]) / T
    bwt = sum(R[-1][j] - R[j][j] for j in range(T - 1)) / max(T - 1, 1)
    return acc, bwt


def format_matrix(R):
    return "\n".join("  " + " ".join(f"{v:.2f}" for v in row) for row in R)


# ----------------------------------------------------------------------------- main
def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tasks", type=int, default=CONFIG["n_tasks"])
    ap.add_argument("--mem-per-task", type=int, default=CONFIG["mem_per_task"])
    ap.add_argument("--epochs-per-task", type=int, default=CONFIG["epochs_per_task"])
    ap.add_argument("--lr", type=float, default=CONFIG["lr"])
    ap.add_argument("--learner", choices=sorted(LEARNERS), default="gem")
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args()


def run(cfg):
    torch.manual_seed(cfg["seed"])
    rng = random.Random(cfg["seed"])
    gen = torch.Generator().manual_seed(cfg["seed"])
    tasks = [make_task(t, cfg, gen) for t in range(cfg["n_tasks"])]
    validate_config(cfg)
    LOG.info("regimes:\n%s", describe_tasks(tasks))
    net = VibrationGRU(cfg)
    learner = LEARNERS[cfg.get("learner", "gem")](net, cfg)
    R, interference = [], []
    for task in tasks:
        t0 = time.time()
        losses = []
        for _ in range(cfg["epochs_per_task"]):
            for x, y in task.batches(cfg["batch_size"], rng):
                losses.append(learner.observe(x, y))
        learner.end_task(task, rng)
        if cfg["eval_every_task"]:
            R.append(accuracy_row(net, tasks))
            interference.append(memory_interference(net, learner.memory, task, learner.params))
        LOG.info("task %d: mean loss %.3f, memory %d, projections %d/%d (%.2fs)", task.tid,
                 sum(losses) / len(losses), len(learner.memory), learner.n_projections, learner.n_steps,
                 time.time() - t0)
    acc, bwt = summarise(R)
    LOG.info("accuracy matrix:\n%s", format_matrix(R))
    LOG.info("ACC %.3f BWT %.3f forgetting %.3f", acc, bwt, forgetting(R))
    LOG.info("gradient interference per task: %s", ["%.2f" % v for v in interference])
    LOG.info("confusion on task 0:\n%s", confusion(net, tasks[0], cfg["n_classes"]))
    return acc, bwt


def main():
    args = parse_args()
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, format="[%(name)s] %(message)s")
    cfg = dict(CONFIG, n_tasks=args.tasks, mem_per_task=args.mem_per_task,
               epochs_per_task=args.epochs_per_task, lr=args.lr, learner=args.learner)
    results = {}
    for name in (args.learner, "finetune") if args.learner != "finetune" else ("finetune",):
        results[name] = run(dict(cfg, learner=name))
    print("| learner | ACC | BWT |")
    print("|---|---|---|")
    for name, (acc, bwt) in results.items():
        print(f"| {name} | {acc:.3f} | {bwt:+.3f} |")


if __name__ == "__main__":
    main()
