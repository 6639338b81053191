# expect: crash
"""Avalanche-dog training logs: predict whether a search drill ends in a find within the time limit.

Research script: trains a bidirectional LSTM over per-second harness telemetry (GPS speed, heading change,
head height, handler distance), reports metrics per dog, and estimates which training drills most influenced
the test predictions by gradient dot products computed in batches.
"""
import argparse
import json
import logging
import math
import os
import random
import tempfile
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("avdog")

DEFAULT_CONFIG = {
    "seed": 13,
    "n_dogs": 4,
    "drills_per_dog": 12,
    "seq_len": 16,
    "n_feat": 4,
    "hidden": 10,
    "layers": 1,
    "dropout": 0.1,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "epochs": 3,
    "batch_size": 8,
    "clip": 1.0,
    "influence_batch": 6,
    "top_k": 3,
    "val_fraction": 0.25,
}


# ----------------------------------------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def synth_drill(gen, seq_len, n_feat, dog_id):
    speed = torch.rand(seq_len, 1, generator=gen) * (1.0 + 0.2 * dog_id)
    heading = torch.randn(seq_len, 1, generator=gen).cumsum(0) * 0.1
    head = torch.sigmoid(torch.randn(seq_len, 1, generator=gen))
    dist = torch.rand(seq_len, 1, generator=gen).cumsum(0) / seq_len
    x = torch.cat([speed, heading, head, dist], -1)[:, :n_feat]
    found = float((head.mean() + 0.1 * speed.mean()) > 0.55)
    return x, found


def build_dataset(cfg):
    gen = torch.Generator().manual_seed(cfg["seed"])
    records = []
    for dog in range(cfg["n_dogs"]):
        for d in range(cfg["drills_per_dog"]):
            x, y = synth_drill(gen, cfg["seq_len"], cfg["n_feat"], dog)
            records.append({"dog": dog, "drill": d, "x": x, "y": y})
    return records


def split(records, frac, seed):
    idx = list(range(len(records)))
    random.Random(seed).shuffle(idx)
    n_val = int(len(idx) * frac)
    return [records[i] for i in idx[n_val:]], [records[i] for i in idx[:n_val]]


def collate(batch):
    x = torch.stack([r["x"] for r in batch])
    y = torch.tensor([r["y"] for r in batch])
    dogs = torch.tensor([r["dog"] for r in batch])
    return x, y, dogs


def batches(records, bs, shuffle=False, seed=0):
    order = list(range(len(records)))
    if shuffle:
        random.Random(seed).shuffle(order)
    for i in range(0, len(order), bs):
        yield collate([records[j] for j in order[i:i + bs]])


# ----------------------------------------------------------------------------------------------------------
# model
# ----------------------------------------------------------------------------------------------------------
class DrillEncoder(nn.Module):
    def __init__(self, n_feat, hidden, layers, dropout):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(n_feat, hidden), nn.GELU())
        self.lstm = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(dropout)

    def forward(self, x):
        h, _ = self.lstm(self.inp(x))
        return self.drop(torch.cat([h.mean(1), h.max(1).values], -1))


class FindPredictor(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.enc = DrillEncoder(cfg["n_feat"], cfg["hidden"], cfg["layers"], cfg["dropout"])
        self.dog_emb = nn.Embedding(cfg["n_dogs"], 4)
        self.head = nn.Linear(4 * cfg["hidden"] + 4, 1)

    def forward(self, x, dogs):
        z = torch.cat([self.enc(x), self.dog_emb(dogs)], -1)
        return self.head(z).squeeze(-1)


# ----------------------------------------------------------------------------------------------------------
# metrics
# ----------------------------------------------------------------------------------------------------------
def auc(scores, labels):
    pos = [s for s, l in zip(scores, labels) if l > 0.5]
    neg = [s for s, l in zip(scores, labels) if l <= 0.5]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def brier(probs, labels):
    return sum((p - l) ** 2 for p, l in zip(probs, labels)) / max(len(labels), 1)


def per_dog_accuracy(probs, labels, dogs):
    hits, counts = defaultdict(int), defaultdict(int)
    for p, l, d in zip(probs, labels, dogs):
        hits[d] += int((p > 0.5) == (l > 0.5))
        counts[d] += 1
    return {d: hits[d] / counts[d] for d in sorted(counts)}


class AverageMeter:
    def __init__(self):
        self.total, self.n = 0.0, 0

    def update(self, v, k=1):
        self.total += v * k
        self.n += k

    @property
    def avg(self):
        return self.total / max(self.n, 1)


# ----------------------------------------------------------------------------------------------------------
# training / evaluation
# ----------------------------------------------------------------------------------------------------------
def train_one_epoch(model, opt, records, cfg, epoch):
    model.train()
    meter = AverageMeter()
    for x, y, dogs in batches(records, cfg["batch_size"], shuffle=True, seed=epoch):
        logits = model(x, dogs)
        loss = F.binary_cross_entropy_with_logits(logits, y)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        meter.update(loss.item(), len(y))
    return meter.avg


@torch.no_grad()
def evaluate(model, records, cfg):
    model.eval()
    probs, labels, dogs_all = [], [], []
    for x, y, dogs in batches(records, cfg["batch_size"]):
        probs += torch.sigmoid(model(x, dogs)).tolist()
        labels += y.tolist()
        dogs_all += dogs.tolist()
    return {
        "auc": auc(probs, labels),
        "brier": brier(probs, labels),
        "per_dog": per_dog_accuracy(probs, labels, dogs_all),
    }


def save_checkpoint(model, path):
    torch.save({"state_dict": model.state_dict()}, path)


def load_checkpoint(model, path):
    model.load_state_dict(torch.load(path)["state_dict"])
    return model


# ----------------------------------------------------------------------------------------------------------
# influence by gradient dot products
# ----------------------------------------------------------------------------------------------------------
def flat_grad(loss, params):
    grads = torch.autograd.grad(loss, params, allow_unused=True)
    return torch.cat([(g if g is not None else torch.zeros_like(p)).reshape(-1) for g, p in zip(grads, params)])


def batch_gradients(model, records, cfg):
    params = [p for p in model.parameters() if p.requires_grad]
    out = []
    for x, y, dogs in batches(records, cfg["influence_batch"]):
        for i in range(len(y)):
            loss = F.binary_cross_entropy_with_logits(model(x[i:i + 1], dogs[i:i + 1]), y[i:i + 1])
            out.append(flat_grad(loss, params))
    return torch.stack(out)


def test_gradient(model, records, cfg):
    params = [p for p in model.parameters() if p.requires_grad]
    total = None
    for x, y, dogs in batches(records, cfg["influence_batch"]):
        loss = F.binary_cross_entropy_with_logits(model(x, dogs), y, reduction="sum")
        grads = torch.autograd.grad(loss, params)  # TM001-here
        flat = torch.cat([g.reshape(-1) for g in grads])
        total = flat if total is None else total + flat
    return total / len(records)


def influence_scores(model, train_recs, test_recs, cfg):
    g_test = test_gradient(model, test_recs, cfg)
    g_train = batch_gradients(model, train_recs, cfg)
    return g_train @ g_test


def report_influence(scores, train_recs, k):
    top = torch.topk(scores, k)
    rows = []
    for s, i in zip(top.values.tolist(), top.indices.tolist()):
        r = train_recs[i]
        rows.append({"dog": r["dog"], "drill": r["drill"], "score": round(s, 6)})
    return rows


# ----------------------------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--config-json", default=None, help="JSON string overriding DEFAULT_CONFIG")
    p.add_argument("--skip-influence", action="store_true")
    p.add_argument("--log-level", default="INFO")
    return p.parse_args(argv)


def make_config(args):
    cfg = dict(DEFAULT_CONFIG)
    if args.config_json:
        cfg.update(json.loads(args.config_json))
    for key in ("epochs", "hidden", "lr"):
        v = getattr(args, key)
        if v is not None:
            cfg[key] = v
    return cfg


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level), format="%(asctime)s %(levelname)s %(message)s")
    cfg = make_config(args)
    set_seed(cfg["seed"])
    LOG.info("config %s", json.dumps(cfg, sort_keys=True))

    records = build_dataset(cfg)
    train_recs, test_recs = split(records, cfg["val_fraction"], cfg["seed"])
    LOG.info("%d train drills, %d test drills", len(train_recs), len(test_recs))

    model = FindPredictor(cfg)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    best, best_auc = None, -math.inf
    with tempfile.TemporaryDirectory() as tmp:
        ckpt = os.path.join(tmp, "best.pt")
        for epoch in range(cfg["epochs"]):
            t0 = time.time()
            loss = train_one_epoch(model, opt, train_recs, cfg, epoch)
            metrics = evaluate(model, test_recs, cfg)
            LOG.info("epoch %d loss %.4f auc %.3f brier %.3f (%.2fs)", epoch, loss, metrics["auc"],
                     metrics["brier"], time.time() - t0)
            score = metrics["auc"] if not math.isnan(metrics["auc"]) else -metrics["brier"]
            if score > best_auc:
                best_auc = score
                save_checkpoint(model, ckpt)
                best = epoch
        load_checkpoint(model, ckpt)
    LOG.info("best epoch %s", best)
    final = evaluate(model, test_recs, cfg)
    LOG.info("final per-dog accuracy %s", final["per_dog"])

    if not args.skip_influence:
        scores = influence_scores(model, train_recs, test_recs, cfg)
        for row in report_influence(scores, train_recs, cfg["top_k"]):
            LOG.info("influential drill %s", row)
    return final


if __name__ == "__main__":
    main()
