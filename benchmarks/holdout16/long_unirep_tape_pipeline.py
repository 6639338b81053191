# expect: crash
"""
UniRep / TAPE-flavoured protein language model pipeline on random sequences.

Stages (run in order, each configurable):
  1. pretrain      next-residue LM on unlabelled sequences (multiplicative-free
                   LSTM stand-in: a 2-layer nn.LSTM)
  2. embed         average hidden states -> fixed embeddings, with a linear-probe
                   stability regressor fit on top of them
  3. evotune       a few steps of LM fine-tuning on a "family" subset
  4. finetune      end-to-end regression on stability labels

    python long_unirep_tape_pipeline.py --stages pretrain,embed,evotune,finetune
"""
import argparse
import functools
import logging
import math
import os
import random
import statistics
import tempfile
import time
from dataclasses import dataclass, field, asdict

import torch
import torch.nn as nn
import torch.nn.functional as F

AMINO = "ACDEFGHIKLMNPQRSTVWY"
PAD_IDX, START_IDX = 0, 1
TOK = {a: i + 2 for i, a in enumerate(AMINO)}
VOCAB = len(TOK) + 2

logger = logging.getLogger("tape")


@dataclass
class Config:
    emb_dim: int = 6
    hidden: int = 10
    layers: int = 2
    batch_size: int = 4
    max_len: int = 12
    lr_pretrain: float = 1e-3
    lr_evotune: float = 5e-4
    lr_finetune: float = 1e-3
    steps_pretrain: int = 2
    steps_evotune: int = 2
    steps_finetune: int = 2
    probe_epochs: int = 3
    grad_clip: float = 1.0
    seed: int = 11
    stages: list = field(default_factory=lambda: ["pretrain", "embed", "evotune", "finetune"])


# ------------------------------------------------------------------ utilities
def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        out = fn(*args, **kwargs)
        logger.info("%s took %.2fs", fn.__name__, time.perf_counter() - t0)
        return out
    return wrapper


def with_mode(mode):
    """Run `fn(model, ...)` with the model in `mode` ("train"/"eval"), then
    restore whatever mode the model was in before."""
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(model, *args, **kwargs):
            getattr(model, mode)()
            previous = model.training
            try:
                return fn(model, *args, **kwargs)
            finally:
                model.train(previous)
        return wrapper
    return deco


def tokenize(seq, max_len):
    ids = [START_IDX] + [TOK[a] for a in seq[: max_len - 1]]
    return ids + [PAD_IDX] * (max_len - len(ids))


def random_protein(rng, lo=5, hi=11, alphabet=AMINO):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))


def make_datasets(cfg, rng):
    unlabelled = [random_protein(rng) for _ in range(16)]
    family = [random_protein(rng, alphabet="ACDEGK") for _ in range(8)]
    labelled = [(s, sum(a in "AILMFVW" for a in s) / len(s) + rng.gauss(0, 0.05)) for s in
                (random_protein(rng) for _ in range(12))]
    return unlabelled, family, labelled


def batches(items, bs, rng, shuffle=True):
    idx = list(range(len(items)))
    if shuffle:
        rng.shuffle(idx)
    for i in range(0, len(idx) - bs + 1, bs):
        yield [items[j] for j in idx[i:i + bs]]


def encode(seqs, cfg):
    return torch.tensor([tokenize(s, cfg.max_len) for s in seqs], dtype=torch.long)


# ------------------------------------------------------------------ model
class UniRepLike(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.embed = nn.Embedding(VOCAB, cfg.emb_dim, padding_idx=PAD_IDX)
        self.rnn = nn.LSTM(cfg.emb_dim, cfg.hidden, num_layers=cfg.layers, batch_first=True)
        self.lm_head = nn.Linear(cfg.hidden, VOCAB)

    def hidden_states(self, ids):
        return self.rnn(self.embed(ids))[0]

    def lm_loss(self, ids):
        logits = self.lm_head(self.hidden_states(ids[:, :-1]))
        return F.cross_entropy(logits.reshape(-1, VOCAB), ids[:, 1:].reshape(-1), ignore_index=PAD_IDX)

    def pooled(self, ids):
        h = self.hidden_states(ids)
        mask = (ids != PAD_IDX).float().unsqueeze(-1)
        return (h * mask).sum(1) / mask.sum(1)


class ValuePredictionHead(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.mlp = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Dropout(0.1), nn.Linear(hidden, 1))

    def forward(self, pooled):
        return self.mlp(pooled).squeeze(-1)


# ------------------------------------------------------------------ metrics
def spearman(x, y):
    def ranks(v):
        order = sorted(range(len(v)), key=lambda i: v[i])
        r = [0.0] * len(v)
        for rank, i in enumerate(order):
            r[i] = float(rank)
        return r
    rx, ry = ranks(x), ranks(y)
    if len(x) < 2:
        return 0.0
    mx, my = statistics.mean(rx), statistics.mean(ry)
    num = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    den = math.sqrt(sum((a - mx) ** 2 for a in rx) * sum((b - my) ** 2 for b in ry)) or 1.0
    return num / den


def perplexity(loss):
    return math.exp(min(loss, 20))


# ------------------------------------------------------------------ stages
@timed
def pretrain(model, data, cfg, rng):
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=cfg.lr_pretrain)
    losses = []
    for step, group in zip(range(cfg.steps_pretrain), batches(data, cfg.batch_size, rng)):
        loss = model.lm_loss(encode(group, cfg))
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg.grad_clip)
        opt.step()
        losses.append(loss.item())
        logger.info("pretrain step %d loss %.4f ppl %.2f", step, loss.item(), perplexity(loss.item()))
    return {"pretrain_loss": statistics.mean(losses)}


@with_mode("eval")
@torch.no_grad()
def embed_all(model, seqs, cfg):
    return model.pooled(encode(seqs, cfg))


@timed
def linear_probe(model, labelled, cfg):
    seqs, ys = zip(*labelled)
    X = embed_all(model, list(seqs), cfg)
    y = torch.tensor(ys, dtype=torch.float)
    probe = nn.Linear(X.size(1), 1)
    opt = torch.optim.LBFGS(probe.parameters(), max_iter=5)

    def closure():
        opt.zero_grad()
        l = F.mse_loss(probe(X).squeeze(-1), y)
        l.backward()
        return l

    for _ in range(cfg.probe_epochs):
        opt.step(closure)
    pred = probe(X).squeeze(-1).detach()
    return {"probe_mse": F.mse_loss(pred, y).item(), "probe_spearman": spearman(pred.tolist(), list(ys))}


@timed
def evotune(model, family, cfg, rng):
    opt = torch.optim.Adam(model.parameters(), lr=cfg.lr_evotune)
    out = []
    for step, group in zip(range(cfg.steps_evotune), batches(family, cfg.batch_size, rng)):
        loss = model.lm_loss(encode(group, cfg))
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        out.append(loss.item())
    return {"evotune_loss": statistics.mean(out)}


@timed
def finetune(model, labelled, cfg, rng):
    head = ValuePredictionHead(cfg.hidden)
    model.train()
    head.train()
    opt = torch.optim.Adam(list(model.parameters()) + list(head.parameters()), lr=cfg.lr_finetune)
    out = []
    for step, group in zip(range(cfg.steps_finetune), batches(labelled, cfg.batch_size, rng)):
        seqs, ys = zip(*group)
        pred = head(model.pooled(encode(list(seqs), cfg)))
        loss = F.mse_loss(pred, torch.tensor(ys, dtype=torch.float))
        opt.zero_grad()
        loss.backward()
        opt.step()
        out.append(loss.item())
    return {"finetune_mse": statistics.mean(out)}


STAGES = {
    "pretrain": lambda m, d, c, r: pretrain(m, d["unlabelled"], c, r),
    "embed": lambda m, d, c, r: linear_probe(m, d["labelled"], c),
    "evotune": lambda m, d, c, r: evotune(m, d["family"], c, r),
    "finetune": lambda m, d, c, r: finetune(m, d["labelled"], c, r),
}



# ------------------------------------------------------------------ reporting
HYDROPHOBIC = set("AILMFVW")


def sequence_stats(seqs):
    lengths = [len(s) for s in seqs]
    hyd = [sum(a in HYDROPHOBIC for a in s) / len(s) for s in seqs]
    comp = {a: 0 for a in AMINO}
    for s in seqs:
        for a in s:
            comp[a] += 1
    total = sum(comp.values()) or 1
    return {
        "n": len(seqs),
        "mean_len": statistics.mean(lengths),
        "max_len": max(lengths),
        "mean_hydrophobic": statistics.mean(hyd),
        "top_residue": max(comp, key=comp.get),
        "top_residue_frac": max(comp.values()) / total,
    }


def write_report(results, stats, path):
    with open(path, "w") as f:
        f.write("key\tvalue\n")
        for k, v in sorted(results.items()):
            f.write(f"{k}\t{v:.6f}\n")
        for split, st in stats.items():
            for k, v in st.items():
                f.write(f"{split}.{k}\t{v}\n")


def log_dataset_stats(data):
    stats = {}
    for split, items in data.items():
        seqs = [x[0] if isinstance(x, tuple) else x for x in items]
        stats[split] = sequence_stats(seqs)
        logger.info("%s: %s", split, stats[split])
    return stats


# ------------------------------------------------------------------ main
def parse_args(argv=None):
    p = argparse.ArgumentParser(description="UniRep/TAPE-style pipeline")
    p.add_argument("--stages", default="pretrain,embed,evotune,finetune")
    p.add_argument("--hidden", type=int, default=Config.hidden)
    p.add_argument("--seed", type=int, default=Config.seed)
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def summarize(results):
    width = max(len(k) for k in results) if results else 0
    lines = [f"{k:<{width}}  {v:.4f}" for k, v in sorted(results.items())]
    return "\n".join(lines)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="[%(asctime)s] %(name)s %(levelname)s %(message)s")
    cfg = Config(hidden=args.hidden, seed=args.seed, stages=args.stages.split(","))
    logger.info("config %s", asdict(cfg))
    rng = random.Random(cfg.seed)
    torch.manual_seed(cfg.seed)
    unlabelled, family, labelled = make_datasets(cfg, rng)
    data = {"unlabelled": unlabelled, "family": family, "labelled": labelled}
    stats = log_dataset_stats(data)
    model = UniRepLike(cfg)
    logger.info("model has %d parameters", sum(p.numel() for p in model.parameters()))
    results = {}
    for stage in cfg.stages:
        if stage not in STAGES:
            raise SystemExit(f"unknown stage {stage}")
        logger.info("=== stage %s ===", stage)
        results.update(STAGES[stage](model, data, cfg, rng))
    print(summarize(results))
    report = os.path.join(tempfile.gettempdir(), f"tape_report_{os.getpid()}.tsv")
    try:
        write_report(results, stats, report)
    finally:
        if os.path.exists(report):
            os.remove(report)


if __name__ == "__main__":
    main()
