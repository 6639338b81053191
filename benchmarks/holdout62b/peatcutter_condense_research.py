# expect: crash
"""
Peat-cutter bog moisture: condense a labelled set of moisture-probe sequences (dry / workable /
waterlogged) into a handful of synthetic sequences per class by gradient matching.

The per-class network gradient is computed functionally (torch.func.grad over functional_call) so
the synthetic sequences can be optimised through it. The real-data gradient is a plain target.

Notes: the real-data gradient is detached per class; only the synthetic side carries a graph.

Usage:
    python peatcutter_condense_research.py --ipc 2 --outer 2 --inner 1
"""
import argparse
import logging
import math
import os
import random
import tempfile
import time
from collections import OrderedDict

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, grad

logger = logging.getLogger("peatcutter")

CFG = OrderedDict(
    n_per_class=12,
    n_classes=3,
    seq_len=7,
    n_feat=3,
    hidden=8,
    ipc=2,              # synthetic sequences per class
    outer=2,            # network re-initialisations
    inner=1,            # synthetic-data updates per init
    syn_lr=0.1,
    net_lr=0.01,
    net_steps=2,        # network updates on synthetic data between matchings
    eval_epochs=3,
    seed=5,
)


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
def seed_all(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def fmt(d):
    return " ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in d.items())


class Stopwatch:
    def __init__(self):
        self.marks = OrderedDict()
        self.t0 = time.perf_counter()

    def mark(self, name):
        now = time.perf_counter()
        self.marks[name] = now - self.t0
        self.t0 = now

    def report(self):
        return fmt(self.marks)


# ----------------------------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------------------------
def bog_sequences(cfg):
    xs, ys = [], []
    for c in range(cfg["n_classes"]):
        base = torch.linspace(-1, 1, cfg["n_classes"])[c]
        x = base + 0.3 * torch.randn(cfg["n_per_class"], cfg["seq_len"], cfg["n_feat"])
        x[:, :, 1] = x[:, :, 1].cumsum(1) / cfg["seq_len"]
        xs.append(x)
        ys.append(torch.full((cfg["n_per_class"],), c, dtype=torch.long))
    return torch.cat(xs), torch.cat(ys)


def by_class(x, y, n_classes):
    return {c: x[y == c] for c in range(n_classes)}


def init_synthetic(real_by_class, ipc):
    xs, ys = [], []
    for c, xr in real_by_class.items():
        idx = torch.randperm(len(xr))[:ipc]
        xs.append(xr[idx].clone())
        ys.append(torch.full((ipc,), c, dtype=torch.long))
    return torch.cat(xs).requires_grad_(True), torch.cat(ys)


# ----------------------------------------------------------------------------------------------
# network
# ----------------------------------------------------------------------------------------------
class ProbeNet(nn.Module):
    def __init__(self, n_feat, hidden, n_classes):
        super().__init__()
        self.rnn = nn.LSTM(n_feat, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, n_classes)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1])


def fresh_net(cfg):
    net = ProbeNet(cfg["n_feat"], cfg["hidden"], cfg["n_classes"])
    net.train()
    return net


# ----------------------------------------------------------------------------------------------
# gradient matching
# ----------------------------------------------------------------------------------------------
def layerwise_distance(g_syn, g_real):
    """Sum over layers of (1 - cosine) between flattened gradients, as in the DC papers."""
    total = 0.0
    for name in g_real:
        a = g_syn[name].flatten()
        b = g_real[name].flatten()
        total = total + (1 - F.cosine_similarity(a, b, dim=0, eps=1e-8))
    return total


def real_gradient(net, xr, yr):
    loss = F.cross_entropy(net(xr), yr)
    names = [n for n, _ in net.named_parameters()]
    gs = torch.autograd.grad(loss, list(net.parameters()))
    return {n: g.detach() for n, g in zip(names, gs)}


def make_loss_fn(net):
    def loss_fn(params, x, y):
        logits = functional_call(net, params, (x,))
        return F.cross_entropy(logits, y)
    return loss_fn


def synthetic_gradient(net, xs, ys):
    params = {n: p.detach() for n, p in net.named_parameters()}
    loss_fn = make_loss_fn(net)
    return grad(loss_fn)(params, xs, ys)  # TM002-here


def match_step(net, syn_x, syn_y, real_cls, cfg, opt_syn):
    loss = 0.0
    for c, xr in real_cls.items():
        yr = torch.full((len(xr),), c, dtype=torch.long)
        g_real = real_gradient(net, xr, yr)
        sel = syn_y == c
        g_syn = synthetic_gradient(net, syn_x[sel], syn_y[sel])
        loss = loss + layerwise_distance(g_syn, g_real)
    opt_syn.zero_grad()
    loss.backward()
    opt_syn.step()
    return float(loss)


def train_net_on(net, x, y, steps, lr):
    opt = torch.optim.SGD(net.parameters(), lr=lr)
    net.train()
    for _ in range(steps):
        loss = F.cross_entropy(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return float(loss)


def condense(real_x, real_y, cfg):
    real_cls = by_class(real_x, real_y, cfg["n_classes"])
    syn_x, syn_y = init_synthetic(real_cls, cfg["ipc"])
    opt_syn = torch.optim.SGD([syn_x], lr=cfg["syn_lr"], momentum=0.5)
    history = []
    for outer in range(cfg["outer"]):
        net = fresh_net(cfg)
        for inner in range(cfg["inner"]):
            d = match_step(net, syn_x, syn_y, real_cls, cfg, opt_syn)
            train_net_on(net, syn_x.detach(), syn_y, cfg["net_steps"], cfg["net_lr"])
            history.append(d)
            logger.info("outer %d inner %d match-distance %.4f", outer, inner, d)
    return syn_x.detach(), syn_y, history


# ----------------------------------------------------------------------------------------------
# evaluation of the condensed set
# ----------------------------------------------------------------------------------------------
def accuracy(net, x, y):
    net.eval()
    with torch.no_grad():
        acc = (net(x).argmax(-1) == y).float().mean().item()
    net.train()
    return acc


def evaluate_condensed(syn_x, syn_y, test_x, test_y, cfg):
    net = fresh_net(cfg)
    for _ in range(cfg["eval_epochs"]):
        train_net_on(net, syn_x, syn_y, steps=5, lr=0.05)
    return accuracy(net, test_x, test_y)


def evaluate_random_subset(real_x, real_y, test_x, test_y, cfg):
    idx = torch.randperm(len(real_x))[: cfg["ipc"] * cfg["n_classes"]]
    return evaluate_condensed(real_x[idx], real_y[idx], test_x, test_y, cfg)


def class_balance(y, n_classes):
    counts = torch.bincount(y, minlength=n_classes).float()
    return (counts / counts.sum()).tolist()


def entropy_of(p):
    return -sum(v * math.log(v) for v in p if v > 0)


SPARK = " .:-=+*#%@"


def sparkline(seq):
    """ASCII sparkline of one feature channel, for eyeballing the condensed sequences in the log."""
    lo, hi = float(seq.min()), float(seq.max())
    span = max(hi - lo, 1e-8)
    return "".join(SPARK[min(len(SPARK) - 1, int((v - lo) / span * (len(SPARK) - 1)))] for v in seq.tolist())


def describe_synthetic(syn_x, syn_y):
    lines = []
    for i in range(len(syn_x)):
        chans = " | ".join(sparkline(syn_x[i, :, f]) for f in range(syn_x.shape[-1]))
        lines.append(f"class {int(syn_y[i])}: {chans}")
    return "\n".join(lines)


def dump_condensed(syn_x, syn_y, cfg):
    """Round-trip the condensed set through disk the way the cluster job does; clean up after."""
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        torch.save({"x": syn_x, "y": syn_y, "cfg": dict(cfg)}, path)
        blob = torch.load(path)
        assert torch.equal(blob["x"], syn_x)
        return os.path.getsize(path)
    finally:
        os.remove(path)


# ----------------------------------------------------------------------------------------------
def get_args(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--ipc", type=int)
    ap.add_argument("--outer", type=int)
    ap.add_argument("--inner", type=int)
    ap.add_argument("--syn-lr", type=float, dest="syn_lr")
    ap.add_argument("--seed", type=int)
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args(argv)


def main(argv=None):
    args = get_args(argv)
    cfg = dict(CFG)
    for k in ("ipc", "outer", "inner", "syn_lr", "seed"):
        if getattr(args, k) is not None:
            cfg[k] = getattr(args, k)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="%(name)s:%(levelname)s %(message)s")
    seed_all(cfg["seed"])
    sw = Stopwatch()
    real_x, real_y = bog_sequences(cfg)
    test_x, test_y = bog_sequences(cfg)
    logger.info("real set %s balance %s entropy %.3f", tuple(real_x.shape),
                class_balance(real_y, cfg["n_classes"]), entropy_of(class_balance(real_y, cfg["n_classes"])))
    sw.mark("data")

    baseline = evaluate_random_subset(real_x, real_y, test_x, test_y, cfg)
    sw.mark("baseline")
    syn_x, syn_y, hist = condense(real_x, real_y, cfg)
    sw.mark("condense")
    logger.info("condensed set:\n%s", describe_synthetic(syn_x, syn_y))
    logger.info("condensed set is %d bytes on disk", dump_condensed(syn_x, syn_y, cfg))
    acc = evaluate_condensed(syn_x, syn_y, test_x, test_y, cfg)
    sw.mark("eval")

    results = {"random_subset_acc": baseline, "condensed_acc": acc,
               "final_distance": hist[-1] if hist else float("nan")}
    logger.info("results %s", fmt(results))
    logger.info("timings %s", sw.report())
    print(results)
    return results


if __name__ == "__main__":
    main()
