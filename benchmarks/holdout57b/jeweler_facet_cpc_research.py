# expect: crash
"""Jeweler gemstone-facet acoustics: contrastive predictive coding (CPC).

A strided conv encoder turns the ringing of a tapped gemstone into frame
embeddings z_t, a GRU autoregressor summarises them into contexts c_t, and
per-offset linear predictors score the true future frame against negatives
drawn from the batch (InfoNCE). After every epoch a linear probe on the frozen
contexts estimates how well the representation separates cut qualities.
"""
import argparse
import logging
import math
import os
import random
import statistics
import sys
from collections import OrderedDict, defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("jeweler.cpc")

CONFIG = OrderedDict(
    seed=5,
    signal_len=64,
    stride=4,
    z_dim=8,
    c_dim=10,
    offsets=3,
    batch=6,
    n_unlabelled=36,
    n_probe_train=24,
    n_probe_test=12,
    qualities=3,
    epochs=3,
    lr=2e-3,
    probe_steps=15,
    probe_lr=0.1,
    grad_clip=2.0,
)


# ------------------------------------------------------------ settings ---
def parse_cli(argv):
    ap = argparse.ArgumentParser(prog="cpc_facets")
    ap.add_argument("--epochs", type=int)
    ap.add_argument("--offsets", type=int)
    ap.add_argument("--c-dim", dest="c_dim", type=int)
    ap.add_argument("--lr", type=float)
    ap.add_argument("--log-level", default="INFO")
    ap.add_argument("--dump-history", default=None, help="write the per-epoch history as TSV")
    return ap.parse_args(argv)


def resolve_config(ns):
    cfg = OrderedDict(CONFIG)
    for key in cfg:
        value = getattr(ns, key, None)
        if value is not None:
            cfg[key] = value
    return cfg


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# ---------------------------------------------------------------- data ---
def tap_signal(quality, length, gen):
    """Damped sum of partials; better cuts ring longer with cleaner partials."""
    t = torch.arange(length, dtype=torch.float32) / length
    decay = 2.0 + 3.0 * (2 - quality)
    partials = torch.tensor([1.0, 2.7, 5.4])[: 1 + quality]
    phase = torch.rand(len(partials), generator=gen) * 2 * math.pi
    wave = sum(torch.sin(2 * math.pi * 6 * f * t + p) for f, p in zip(partials, phase))
    noise = torch.randn(length, generator=gen) * (0.05 + 0.1 * (2 - quality))
    return (wave * torch.exp(-decay * t) + noise).unsqueeze(0)


def make_set(n, cfg, gen, labelled=True):
    q = torch.randint(0, cfg["qualities"], (n,), generator=gen)
    x = torch.stack([tap_signal(int(k), cfg["signal_len"], gen) for k in q])
    return (x, q) if labelled else x


def minibatches(tensors, batch, shuffle=True):
    n = tensors[0].size(0)
    idx = torch.randperm(n) if shuffle else torch.arange(n)
    for i in range(0, n - batch + 1, batch):
        j = idx[i: i + batch]
        yield tuple(t[j] for t in tensors)


class TapAugment:
    """Random gain and circular time shift -- cheap invariances for CPC."""

    def __init__(self, max_gain_db=3.0, max_shift=3, p=0.5):
        self.max_gain_db = max_gain_db
        self.max_shift = max_shift
        self.p = p

    def __call__(self, wave):
        if random.random() < self.p:
            gain_db = (torch.rand(wave.size(0), 1, 1) * 2 - 1) * self.max_gain_db
            wave = wave * (10 ** (gain_db / 20))
        if random.random() < self.p:
            wave = torch.roll(wave, random.randint(-self.max_shift, self.max_shift), dims=-1)
        return wave


def describe(name, x, q=None, classes=None):
    rms = x.pow(2).mean(-1).sqrt().squeeze(1)
    msg = f"{name}: n={x.size(0)} rms={rms.mean().item():.3f}+-{rms.std().item():.3f}"
    if q is not None:
        msg += f" classes={torch.bincount(q, minlength=classes).tolist()}"
    logger.info(msg)


def warmup_cosine(optimizer, total_steps, warmup=2):
    def factor(step):
        if step < warmup:
            return (step + 1) / warmup
        progress = (step - warmup) / max(1, total_steps - warmup)
        return 0.5 * (1 + math.cos(math.pi * min(progress, 1.0)))
    return torch.optim.lr_scheduler.LambdaLR(optimizer, factor)


# --------------------------------------------------------------- model ---
class FrameEncoder(nn.Module):
    def __init__(self, z_dim, stride):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv1d(1, z_dim, kernel_size=stride * 2, stride=stride, padding=stride // 2),
            nn.GELU(),
            nn.Conv1d(z_dim, z_dim, kernel_size=3, padding=1),
        )
        self.drop = nn.Dropout(0.1)

    def forward(self, wave):
        return self.drop(self.net(wave)).transpose(1, 2)  # (B, T, z)


class CPC(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.encoder = FrameEncoder(cfg["z_dim"], cfg["stride"])
        self.autoregressor = nn.GRU(cfg["z_dim"], cfg["c_dim"], batch_first=True)
        self.predictors = nn.ModuleList(nn.Linear(cfg["c_dim"], cfg["z_dim"]) for _ in range(cfg["offsets"]))
        self.offsets = cfg["offsets"]

    def contexts(self, wave):
        z = self.encoder(wave)
        c, _ = self.autoregressor(z)
        return z, c

    def info_nce(self, wave):
        z, c = self.contexts(wave)
        b, t, _ = z.shape
        losses, accs = [], []
        for k, predictor in enumerate(self.predictors, start=1):
            if t - k <= 0:
                break
            pred = predictor(c[:, : t - k])              # (B, T-k, z)
            target = z[:, k:]                            # (B, T-k, z)
            logits = torch.einsum("bti,nti->tbn", pred, target)
            labels = torch.arange(b).expand(t - k, b)
            losses.append(F.cross_entropy(logits.reshape(-1, b), labels.reshape(-1)))
            accs.append((logits.argmax(-1) == labels).float().mean().item())
        return torch.stack(losses).mean(), accs


# ------------------------------------------------------------- metrics ---
class History:
    def __init__(self):
        self.rows = defaultdict(list)

    def add(self, **values):
        for k, v in values.items():
            self.rows[k].append(v)

    def last(self, key):
        return self.rows[key][-1] if self.rows[key] else float("nan")

    def to_tsv(self, path):
        keys = sorted(self.rows)
        with open(path, "w") as fh:
            fh.write("\t".join(keys) + "\n")
            for i in range(len(self.rows[keys[0]])):
                fh.write("\t".join(f"{self.rows[k][i]:.5f}" for k in keys) + "\n")


def macro_f1(pred, target, classes):
    scores = []
    for c in range(classes):
        tp = ((pred == c) & (target == c)).sum().item()
        fp = ((pred == c) & (target != c)).sum().item()
        fn = ((pred != c) & (target == c)).sum().item()
        denom = 2 * tp + fp + fn
        scores.append(2 * tp / denom if denom else 0.0)
    return sum(scores) / classes


def grad_norm(params):
    total = 0.0
    for p in params:
        if p.grad is not None:
            total += p.grad.pow(2).sum().item()
    return math.sqrt(total)


# ------------------------------------------------------------ training ---
def cpc_epoch(model, optimizer, scheduler, augment, unlabelled, cfg, epoch):
    losses, accs, norms = [], [], []
    for (wave,) in minibatches((unlabelled,), cfg["batch"]):
        loss, acc = model.info_nce(augment(wave))
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        norms.append(grad_norm(model.parameters()))
        nn.utils.clip_grad_norm_(model.parameters(), cfg["grad_clip"])
        optimizer.step()
        scheduler.step()
        losses.append(loss.item())
        accs.append(statistics.mean(acc))
    logger.info("epoch %d  nce %.4f  pred-acc %.3f  |g| %.3f", epoch,
                statistics.mean(losses), statistics.mean(accs), statistics.mean(norms))
    return statistics.mean(losses), statistics.mean(accs)


def pooled_contexts(model, wave):
    with torch.no_grad():
        _, c = model.contexts(wave)
    return c.mean(1)


def linear_probe(model, probe_train, probe_test, cfg):
    """Standard CPC protocol: frozen features, logistic-regression head."""
    model.eval()
    xtr, ytr = probe_train
    xte, yte = probe_test
    ftr, fte = pooled_contexts(model, xtr), pooled_contexts(model, xte)
    mu, sd = ftr.mean(0), ftr.std(0) + 1e-5
    ftr, fte = (ftr - mu) / sd, (fte - mu) / sd
    head = nn.Linear(ftr.size(1), cfg["qualities"])
    opt = torch.optim.SGD(head.parameters(), lr=cfg["probe_lr"], momentum=0.9)
    for _ in range(cfg["probe_steps"]):
        loss = F.cross_entropy(head(ftr), ytr)
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        pred = head(fte).argmax(-1)
    acc = (pred == yte).float().mean().item()
    f1 = macro_f1(pred, yte, cfg["qualities"])
    # the encoder has dropout, so put it back for the next CPC epoch
    model.encoder.train()
    return acc, f1


def run(cfg, dump_path=None):
    set_seed(cfg["seed"])
    gen = torch.Generator().manual_seed(cfg["seed"])
    unlabelled = make_set(cfg["n_unlabelled"], cfg, gen, labelled=False)
    probe_train = make_set(cfg["n_probe_train"], cfg, gen)
    probe_test = make_set(cfg["n_probe_test"], cfg, gen)
    describe("unlabelled", unlabelled)
    describe("probe-train", *probe_train, classes=cfg["qualities"])
    describe("probe-test", *probe_test, classes=cfg["qualities"])
    model = CPC(cfg)
    logger.info("parameters: %d", sum(p.numel() for p in model.parameters()))
    optimizer = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    steps_per_epoch = cfg["n_unlabelled"] // cfg["batch"]
    scheduler = warmup_cosine(optimizer, cfg["epochs"] * steps_per_epoch)
    augment = TapAugment()
    history = History()
    model.train()
    for epoch in range(cfg["epochs"]):
        nce, pred_acc = cpc_epoch(model, optimizer, scheduler, augment, unlabelled, cfg, epoch)
        probe_acc, probe_f1 = linear_probe(model, probe_train, probe_test, cfg)
        history.add(nce=nce, pred_acc=pred_acc, probe_acc=probe_acc, probe_f1=probe_f1)
        logger.info("epoch %d  probe acc %.3f  macro-F1 %.3f", epoch, probe_acc, probe_f1)
    if dump_path:
        history.to_tsv(dump_path)
        logger.info("history written to %s", dump_path)
        os.remove(dump_path)
    return history


def main(argv=None):
    ns = parse_cli(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=getattr(logging, ns.log_level.upper()), stream=sys.stdout,
                        format="%(name)s:%(lineno)d %(message)s")
    cfg = resolve_config(ns)
    logger.info("config %s", dict(cfg))
    history = run(cfg, ns.dump_history)
    print("final probe acc", round(history.last("probe_acc"), 3),
          "nce", round(history.last("nce"), 4))
    return 0


if __name__ == "__main__":
    sys.exit(main())
