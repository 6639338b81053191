# expect: crash
"""Lace bobbins: uncertainty-based active learning for pattern-defect detection.

Bobbin-movement traces from a pillow-lace machine are classified into
{ok, dropped-pair, crossed-thread, loose-pin}.  Each round we

  1. score the unlabelled pool with MC-dropout entropy,
  2. move the most uncertain traces into the labelled set,
  3. retrain (optionally with the encoder frozen, as in the paper's
     "cheap rounds" ablation).

Usage: python lace_bobbins_active_learning.py --rounds 2 --freeze-encoder
"""
import argparse
import json
import logging
import math
import random
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("lace")

CONFIG = {
    "n_features": 5,
    "n_classes": 4,
    "seq_len": 12,
    "hidden": 12,
    "emb": 8,
    "dropout": 0.25,
    "pool_size": 40,
    "init_labelled": 8,
    "query_size": 4,
    "mc_samples": 4,
    "batch_size": 4,
    "epochs": 2,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "grad_clip": 1.0,
    "seed": 21,
}


# --------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------

def synth_trace(label, seq_len, n_features, gen):
    base = torch.randn(seq_len, n_features, generator=gen) * 0.3
    t = torch.linspace(0, 2 * math.pi, seq_len).unsqueeze(-1)
    base = base + torch.sin(t * (label + 1))
    if label == 1:
        base[seq_len // 2:, 0] = 0.0
    elif label == 2:
        base[:, [1, 2]] = base[:, [2, 1]]
    elif label == 3:
        base[:, 3] += 0.8
    return base


def build_pool(cfg, gen):
    xs, ys = [], []
    for _ in range(cfg["pool_size"]):
        y = int(torch.randint(0, cfg["n_classes"], (1,), generator=gen))
        xs.append(synth_trace(y, cfg["seq_len"], cfg["n_features"], gen))
        ys.append(y)
    return torch.stack(xs), torch.tensor(ys)


def split_initial(n, k, rng):
    idx = list(range(n))
    rng.shuffle(idx)
    return sorted(idx[:k]), sorted(idx[k:])


def iterate_minibatches(x, y, bs, rng):
    order = list(range(len(x)))
    rng.shuffle(order)
    for i in range(0, len(order), bs):
        sel = order[i:i + bs]
        yield x[sel], y[sel]


# --------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------

class TraceEncoder(nn.Module):
    def __init__(self, n_features, emb, hidden, dropout):
        super().__init__()
        self.embed = nn.Linear(n_features, emb)
        self.rnn = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(dropout)

    def forward(self, x):
        e = F.gelu(self.embed(x))
        h, _ = self.rnn(e)
        return self.drop(torch.cat([h.mean(1), h.max(1).values], -1))


class DefectClassifier(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.encoder = TraceEncoder(cfg["n_features"], cfg["emb"], cfg["hidden"], cfg["dropout"])
        self.head = nn.Sequential(
            nn.Linear(4 * cfg["hidden"], cfg["hidden"]),
            nn.ReLU(),
            nn.Dropout(cfg["dropout"]),
            nn.Linear(cfg["hidden"], cfg["n_classes"]),
        )

    def forward(self, x):
        return self.head(self.encoder(x))


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------

class RunningMetrics:
    def __init__(self):
        self.sums = defaultdict(float)
        self.counts = defaultdict(int)

    def update(self, name, value, n=1):
        self.sums[name] += float(value) * n
        self.counts[name] += n

    def mean(self, name):
        return self.sums[name] / max(self.counts[name], 1)

    def as_dict(self):
        return {k: round(self.mean(k), 4) for k in self.sums}


def macro_f1(pred, gold, n_classes):
    f1s = []
    for c in range(n_classes):
        tp = ((pred == c) & (gold == c)).sum().item()
        fp = ((pred == c) & (gold != c)).sum().item()
        fn = ((pred != c) & (gold == c)).sum().item()
        if tp == 0:
            f1s.append(0.0)
            continue
        p, r = tp / (tp + fp), tp / (tp + fn)
        f1s.append(2 * p * r / (p + r))
    return sum(f1s) / n_classes


def entropy(probs):
    return -(probs * probs.clamp_min(1e-8).log()).sum(-1)


# --------------------------------------------------------------------------
# acquisition
# --------------------------------------------------------------------------

def enable_mc_dropout(model):
    model.eval()
    for m in model.modules():
        if isinstance(m, nn.Dropout):
            m.train()


@torch.no_grad()
def mc_entropy(model, x, samples):
    enable_mc_dropout(model)
    probs = torch.stack([F.softmax(model(x), -1) for _ in range(samples)]).mean(0)
    return entropy(probs)


def query(model, pool_x, unlabelled, cfg):
    if not unlabelled:
        return []
    scores = mc_entropy(model, pool_x[unlabelled], cfg["mc_samples"])
    k = min(cfg["query_size"], len(unlabelled))
    top = scores.topk(k).indices.tolist()
    picked = [unlabelled[i] for i in top]
    LOG.info("queried %s (mean entropy %.3f)", picked, scores.mean().item())
    return picked


# --------------------------------------------------------------------------
# training
# --------------------------------------------------------------------------

def set_trainable(model, freeze_encoder):
    """Cheap rounds: keep the encoder's recurrent weights fixed and only
    update the embedding and the head."""
    for p in model.encoder.rnn.parameters():
        p.requires_grad_(not freeze_encoder)
    if freeze_encoder:
        model.head.train()
        model.encoder.embed.train()
    else:
        model.train()


def make_optimizer(model, cfg):
    params = [p for p in model.parameters() if p.requires_grad]
    return torch.optim.AdamW(params, lr=cfg["lr"], weight_decay=cfg["weight_decay"])


def train_one_epoch(model, opt, x, y, cfg, rng, metrics):
    for xb, yb in iterate_minibatches(x, y, cfg["batch_size"], rng):
        logits = model(xb)
        loss = F.cross_entropy(logits, yb)
        opt.zero_grad()
        loss.backward()  # TM001-here
        torch.nn.utils.clip_grad_norm_(model.parameters(), cfg["grad_clip"])
        opt.step()
        metrics.update("train_loss", loss.item(), len(xb))
        metrics.update("train_acc", (logits.argmax(-1) == yb).float().mean().item(), len(xb))


@torch.no_grad()
def evaluate(model, x, y, cfg):
    model.eval()
    logits = model(x)
    pred = logits.argmax(-1)
    return {
        "loss": F.cross_entropy(logits, y).item(),
        "acc": (pred == y).float().mean().item(),
        "macro_f1": macro_f1(pred, y, cfg["n_classes"]),
    }


def retrain(model, pool_x, pool_y, labelled, cfg, rng, freeze_encoder):
    set_trainable(model, freeze_encoder)
    opt = make_optimizer(model, cfg)
    x, y = pool_x[labelled], pool_y[labelled]
    metrics = RunningMetrics()
    for epoch in range(cfg["epochs"]):
        train_one_epoch(model, opt, x, y, cfg, rng, metrics)
        LOG.debug("epoch %d %s", epoch, metrics.as_dict())
    return metrics.as_dict()


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------

def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--freeze-encoder", action="store_true")
    p.add_argument("--no-freeze-encoder", dest="freeze_encoder", action="store_false")
    p.add_argument("--seed", type=int, default=CONFIG["seed"])
    p.add_argument("--log-level", default="INFO")
    p.add_argument("--dump-json", action="store_true")
    p.set_defaults(freeze_encoder=True)
    return p.parse_args(argv)


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)
    return torch.Generator().manual_seed(seed), random.Random(seed)


def summarise(history):
    best = max(history, key=lambda r: r["val"]["macro_f1"])
    return {"rounds": len(history), "best_round": best["round"], "best_f1": round(best["val"]["macro_f1"], 4)}


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level), format="%(levelname)s %(name)s: %(message)s")
    cfg = dict(CONFIG, seed=args.seed)
    gen, rng = seed_everything(cfg["seed"])

    pool_x, pool_y = build_pool(cfg, gen)
    val_x, val_y = build_pool(dict(cfg, pool_size=12), gen)
    labelled, unlabelled = split_initial(len(pool_x), cfg["init_labelled"], rng)

    model = DefectClassifier(cfg)
    LOG.info("model has %d trainable parameters", count_parameters(model))

    # warm start on the initial labelled set with everything trainable
    LOG.info("warm start on %d traces", len(labelled))
    retrain(model, pool_x, pool_y, labelled, cfg, rng, freeze_encoder=False)

    history = []
    t0 = time.time()
    for rnd in range(args.rounds):
        val = evaluate(model, val_x, val_y, cfg)
        picked = query(model, pool_x, unlabelled, cfg)
        labelled = sorted(labelled + picked)
        unlabelled = [i for i in unlabelled if i not in picked]
        train_stats = retrain(model, pool_x, pool_y, labelled, cfg, rng, args.freeze_encoder)
        history.append({"round": rnd, "val": val, "train": train_stats, "n_labelled": len(labelled)})
        LOG.info("round %d labelled=%d val=%s train=%s", rnd, len(labelled),
                 {k: round(v, 3) for k, v in val.items()}, train_stats)

    final = evaluate(model, val_x, val_y, cfg)
    LOG.info("final %s in %.2fs", final, time.time() - t0)
    summary = summarise(history + [{"round": args.rounds, "val": final}])
    if args.dump_json:
        print(json.dumps(summary, indent=2))
    else:
        print(summary)
    return summary


if __name__ == "__main__":
    main()
