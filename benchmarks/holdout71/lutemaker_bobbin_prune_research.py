# expect: crash
"""Bobbin-lace pattern error detection.

Research script: trains a small bidirectional LSTM tagger on synthetic bobbin-crossing traces,
evaluates it every epoch with early stopping, and prunes the recurrent weights with
gradient-based saliency scores (|w * dL/dw|) computed on a validation batch.
"""
import argparse
import json
import logging
import math
import os
import random
import sys
import time
from collections import defaultdict

import torch
from torch import nn
import torch.nn.functional as F

LOG = logging.getLogger("lutemaker")

DEFAULT_CONFIG = {
    "seed": 13,
    "data": {
        "n_train": 24,
        "n_val": 8,
        "seq_len": 12,
        "n_bobbins": 6,
        "error_rate": 0.15,
    },
    "model": {
        "embed": 8,
        "hidden": 8,
        "layers": 1,
        "dropout": 0.1,
        "bidirectional": True,
    },
    "optim": {
        "lr": 1e-2,
        "weight_decay": 1e-4,
        "clip": 1.0,
    },
    "train": {
        "epochs": 3,
        "batch_size": 4,
        "patience": 2,
        "log_every": 2,
    },
    "prune": {
        "enabled": True,
        "fraction": 0.2,
        "after_epoch": 0,
        "score_batches": 1,
    },
}


# ---------------------------------------------------------------------------
# configuration helpers
# ---------------------------------------------------------------------------
def deep_update(base, override):
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_update(out[key], value)
        else:
            out[key] = value
    return out


def parse_overrides(pairs):
    """Turn ["train.epochs=2", "optim.lr=0.1"] into a nested dict."""
    result = {}
    for pair in pairs or []:
        key, _, raw = pair.partition("=")
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            value = raw
        node = result
        parts = key.split(".")
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return result


def build_argparser():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", nargs="*", default=[], help="config overrides, dotted keys")
    ap.add_argument("--no-prune", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    return ap


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------
def synth_trace(seq_len, n_bobbins, error_rate, gen):
    """A trace is a sequence of (bobbin pair) crossings; errors are crossings of non-adjacent pairs."""
    tokens, tags = [], []
    for _ in range(seq_len):
        left = int(torch.randint(0, n_bobbins - 1, (1,), generator=gen))
        if torch.rand(1, generator=gen).item() < error_rate:
            right = (left + 2 + int(torch.randint(0, n_bobbins - 2, (1,), generator=gen))) % n_bobbins
            tags.append(1)
        else:
            right = left + 1
            tags.append(0)
        tokens.append(left * n_bobbins + right)
    return torch.tensor(tokens), torch.tensor(tags)


def make_split(n, cfg, seed):
    gen = torch.Generator().manual_seed(seed)
    pairs = [synth_trace(cfg["seq_len"], cfg["n_bobbins"], cfg["error_rate"], gen) for _ in range(n)]
    x = torch.stack([p[0] for p in pairs])
    y = torch.stack([p[1] for p in pairs])
    return x, y


def iterate(split, batch_size, shuffle, seed=0):
    x, y = split
    order = list(range(len(x)))
    if shuffle:
        random.Random(seed).shuffle(order)
    for start in range(0, len(order), batch_size):
        idx = order[start:start + batch_size]
        yield x[idx], y[idx]


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------
class BobbinTagger(nn.Module):
    def __init__(self, vocab, cfg):
        super().__init__()
        self.embed = nn.Embedding(vocab, cfg["embed"])
        self.rnn = nn.LSTM(cfg["embed"], cfg["hidden"], num_layers=cfg["layers"],
                           batch_first=True, bidirectional=cfg["bidirectional"])
        width = cfg["hidden"] * (2 if cfg["bidirectional"] else 1)
        self.drop = nn.Dropout(cfg["dropout"])
        self.out = nn.Linear(width, 2)

    def forward(self, tokens):
        h, _ = self.rnn(self.embed(tokens))
        return self.out(self.drop(h))


def count_nonzero(model):
    total = nonzero = 0
    for p in model.parameters():
        total += p.numel()
        nonzero += int((p != 0).sum())
    return nonzero, total


# ---------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------
class RunningMetrics:
    def __init__(self):
        self.sums = defaultdict(float)
        self.counts = defaultdict(int)

    def update(self, name, value, n=1):
        self.sums[name] += value * n
        self.counts[name] += n

    def mean(self, name):
        return self.sums[name] / max(self.counts[name], 1)

    def as_dict(self):
        return {k: round(self.mean(k), 4) for k in self.sums}


def token_f1(logits, tags):
    pred = logits.argmax(-1)
    tp = int(((pred == 1) & (tags == 1)).sum())
    fp = int(((pred == 1) & (tags == 0)).sum())
    fn = int(((pred == 0) & (tags == 1)).sum())
    if tp == 0:
        return 0.0
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return 2 * precision * recall / (precision + recall)


# ---------------------------------------------------------------------------
# train / evaluate
# ---------------------------------------------------------------------------
def tagging_loss(logits, tags):
    return F.cross_entropy(logits.reshape(-1, 2), tags.reshape(-1))


def train_epoch(model, opt, split, cfg, epoch):
    model.train()
    metrics = RunningMetrics()
    for step, (x, y) in enumerate(iterate(split, cfg["train"]["batch_size"], True, seed=epoch)):
        logits = model(x)
        loss = tagging_loss(logits, y)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        opt.step()
        metrics.update("loss", loss.item(), len(x))
        if step % cfg["train"]["log_every"] == 0:
            LOG.debug("epoch %d step %d loss %.4f", epoch, step, loss.item())
    return metrics.as_dict()


def evaluate(model, split, cfg):
    model.eval()
    metrics = RunningMetrics()
    with torch.no_grad():
        for x, y in iterate(split, cfg["train"]["batch_size"], False):
            logits = model(x)
            metrics.update("loss", tagging_loss(logits, y).item(), len(x))
            metrics.update("f1", token_f1(logits, y), len(x))
    return metrics.as_dict()


# ---------------------------------------------------------------------------
# pruning by gradient saliency
# ---------------------------------------------------------------------------
def saliency_scores(model, split, cfg):
    """|w * grad| accumulated over a few validation batches, for the recurrent weights only."""
    val_metrics = evaluate(model, split, cfg)
    LOG.info("scoring at val loss %.4f", val_metrics["loss"])
    scores = {name: torch.zeros_like(p) for name, p in model.rnn.named_parameters() if "weight" in name}
    for i, (x, y) in enumerate(iterate(split, cfg["train"]["batch_size"], False)):
        if i >= cfg["prune"]["score_batches"]:
            break
        model.zero_grad()
        loss = tagging_loss(model(x), y)
        loss.backward()  # TM001-here
        for name, p in model.rnn.named_parameters():
            if name in scores:
                scores[name] += (p.detach() * p.grad.detach()).abs()
    model.zero_grad()
    return scores


def apply_pruning(model, scores, fraction):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = max(1, int(math.floor(fraction * flat.numel())))
    threshold = flat.kthvalue(k).values
    masks = {}
    with torch.no_grad():
        for name, p in model.rnn.named_parameters():
            if name in scores:
                masks[name] = (scores[name] > threshold).float()
                p.mul_(masks[name])
    return masks


def reapply_masks(model, masks):
    with torch.no_grad():
        for name, p in model.rnn.named_parameters():
            if name in masks:
                p.mul_(masks[name])


# ---------------------------------------------------------------------------
# main loop with early stopping
# ---------------------------------------------------------------------------
def run(cfg):
    set_seed(cfg["seed"])
    vocab = cfg["data"]["n_bobbins"] ** 2
    train_split = make_split(cfg["data"]["n_train"], cfg["data"], seed=cfg["seed"])
    val_split = make_split(cfg["data"]["n_val"], cfg["data"], seed=cfg["seed"] + 1)

    model = BobbinTagger(vocab, cfg["model"])
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["optim"]["lr"],
                            weight_decay=cfg["optim"]["weight_decay"])
    best, best_state, bad_epochs, masks = float("inf"), None, 0, None
    history = []
    for epoch in range(cfg["train"]["epochs"]):
        t0 = time.time()
        train_metrics = train_epoch(model, opt, train_split, cfg, epoch)
        if masks is not None:
            reapply_masks(model, masks)
        val_metrics = evaluate(model, val_split, cfg)
        history.append({"epoch": epoch, "train": train_metrics, "val": val_metrics,
                        "secs": round(time.time() - t0, 3)})
        LOG.info("epoch %d train %s val %s", epoch, train_metrics, val_metrics)

        if val_metrics["loss"] < best:
            best, bad_epochs = val_metrics["loss"], 0
            best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
        else:
            bad_epochs += 1
            if bad_epochs >= cfg["train"]["patience"]:
                LOG.info("early stop at epoch %d", epoch)
                break

        if cfg["prune"]["enabled"] and epoch == cfg["prune"]["after_epoch"] and masks is None:
            scores = saliency_scores(model, val_split, cfg)
            masks = apply_pruning(model, scores, cfg["prune"]["fraction"])
            nz, total = count_nonzero(model)
            LOG.info("pruned: %d / %d weights remain", nz, total)

    if best_state is not None:
        model.load_state_dict(best_state)
    final = evaluate(model, val_split, cfg)
    return history, final


def main(argv=None):
    args = build_argparser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="%(asctime)s %(name)s %(message)s", stream=sys.stdout)
    cfg = deep_update(DEFAULT_CONFIG, parse_overrides(args.set))
    if args.no_prune:
        cfg["prune"]["enabled"] = False
    if os.environ.get("LUTEMAKER_DUMP_CONFIG"):
        print(json.dumps(cfg, indent=2))
    history, final = run(cfg)
    print("epochs run:", len(history))
    print("final:", final)


if __name__ == "__main__":
    main()
