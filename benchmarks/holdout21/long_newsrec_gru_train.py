# expect: crash
"""
Train a GRU-based news recommender (NRMS/LSTUR-flavoured) on synthetic impression logs.

Usage:
    python long_newsrec_gru_train.py --epochs 2 --batch-size 4

The script is organised the way most research repos are: a config dict with defaults, argparse overrides,
a synthetic "dataset" with the same interface as the MIND loader, a model, metric helpers (AUC, MRR,
nDCG@k), a train/eval loop with logging, early stopping and a final report.
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
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("newsrec")

DEFAULT_CONFIG = {
    "seed": 2024,
    "n_words": 80,
    "n_categories": 6,
    "title_len": 8,
    "history_len": 6,
    "n_candidates": 4,
    "word_dim": 8,
    "news_dim": 12,
    "user_dim": 12,
    "dropout": 0.2,
    "epochs": 2,
    "batch_size": 4,
    "steps_per_epoch": 3,
    "lr": 2e-3,
    "weight_decay": 0.0,
    "grad_clip": 5.0,
    "npratio": 3,
    "eval_batches": 2,
    "patience": 3,
    "log_every": 1,
    "log_params": False,
    "output_dir": None,
}


# --------------------------------------------------------------------------------------------------------------
# utilities
# --------------------------------------------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    level = logging.DEBUG if verbose else logging.INFO
    logging.basicConfig(stream=sys.stdout, level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--batch-size", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--config", type=str, default=None, help="JSON file with overrides")
    p.add_argument("--log-params", action="store_true", help="log parameter norms every epoch")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULT_CONFIG)
    if args.config:
        with open(args.config) as f:
            cfg.update(json.load(f))
    for key in ("epochs", "batch_size", "lr"):
        val = getattr(args, key)
        if val is not None:
            cfg[key] = val
    if args.log_params:
        cfg["log_params"] = True
    return cfg


class AverageMeter:
    def __init__(self):
        self.total, self.count = 0.0, 0

    def update(self, value, n=1):
        self.total += value * n
        self.count += n

    @property
    def avg(self):
        return self.total / max(1, self.count)


# --------------------------------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------------------------------
class SyntheticMIND:
    """Generates impressions: a click history of titles and a candidate list with one clicked item."""

    def __init__(self, cfg, split="train"):
        self.cfg = cfg
        self.split = split
        g = torch.Generator().manual_seed(cfg["seed"] + (0 if split == "train" else 1))
        self.titles = torch.randint(0, cfg["n_words"], (64, cfg["title_len"]), generator=g)
        self.categories = torch.randint(0, cfg["n_categories"], (64,), generator=g)

    def _news(self, idx):
        return self.titles[idx], self.categories[idx]

    def sample(self, batch_size):
        cfg = self.cfg
        hist_idx = torch.randint(0, 64, (batch_size, cfg["history_len"]))
        cand_idx = torch.randint(0, 64, (batch_size, cfg["npratio"] + 1))
        labels = torch.zeros(batch_size, dtype=torch.long)  # clicked candidate is placed first
        return {
            "hist_titles": self.titles[hist_idx],
            "hist_cats": self.categories[hist_idx],
            "cand_titles": self.titles[cand_idx],
            "cand_cats": self.categories[cand_idx],
            "labels": labels,
        }

    def batches(self, batch_size, n):
        for _ in range(n):
            yield self.sample(batch_size)


# --------------------------------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------------------------------
class AdditiveAttention(nn.Module):
    def __init__(self, dim, query_dim=8):
        super().__init__()
        self.proj = nn.Linear(dim, query_dim)
        self.query = nn.Parameter(torch.randn(query_dim) * 0.1)

    def forward(self, x, mask=None):
        scores = torch.tanh(self.proj(x)) @ self.query
        if mask is not None:
            scores = scores.masked_fill(~mask, -1e4)
        w = torch.softmax(scores, -1)
        return (w.unsqueeze(-1) * x).sum(-2)


class NewsEncoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.word = nn.Embedding(cfg["n_words"], cfg["word_dim"], padding_idx=0)
        self.cat = nn.Embedding(cfg["n_categories"], cfg["news_dim"])
        self.conv = nn.Conv1d(cfg["word_dim"], cfg["news_dim"], 3, padding=1)
        self.att = AdditiveAttention(cfg["news_dim"])
        self.drop = nn.Dropout(cfg["dropout"])

    def forward(self, titles, cats):
        shape = titles.shape[:-1]
        w = self.drop(self.word(titles.reshape(-1, titles.size(-1))))
        h = F.relu(self.conv(w.transpose(1, 2))).transpose(1, 2)
        v = self.att(h) + self.cat(cats.reshape(-1))
        return v.view(*shape, -1)


class UserEncoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.gru = nn.GRU(cfg["news_dim"], cfg["user_dim"], batch_first=True)
        self.att = AdditiveAttention(cfg["user_dim"])

    def forward(self, news_vecs):
        h, last = self.gru(news_vecs)
        return 0.5 * (self.att(h) + last[-1])


class Recommender(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.news = NewsEncoder(cfg)
        self.user = UserEncoder(cfg)

    def forward(self, batch):
        hist = self.news(batch["hist_titles"], batch["hist_cats"])
        cand = self.news(batch["cand_titles"], batch["cand_cats"])
        user = self.user(hist)
        return torch.einsum("bd,bcd->bc", user, cand)


# --------------------------------------------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------------------------------------------
def auc_score(scores, labels):
    pos = scores.gather(1, labels.unsqueeze(1))
    return (pos > scores).float().sum(1).div(scores.size(1) - 1).mean().item()


def mrr_score(scores, labels):
    ranks = (scores > scores.gather(1, labels.unsqueeze(1))).sum(1) + 1
    return (1.0 / ranks.float()).mean().item()


def ndcg_at_k(scores, labels, k=3):
    ranks = (scores > scores.gather(1, labels.unsqueeze(1))).sum(1) + 1
    gains = torch.where(ranks <= k, 1.0 / torch.log2(ranks.float() + 1), torch.zeros_like(ranks, dtype=torch.float))
    return gains.mean().item()


METRICS = {"auc": auc_score, "mrr": mrr_score, "ndcg@3": ndcg_at_k}


def parameter_norms(model):
    return {n: round(p.detach().norm().item(), 4) for n, p in model.named_parameters() if p.dim() > 1}


# --------------------------------------------------------------------------------------------------------------
# train / eval
# --------------------------------------------------------------------------------------------------------------
def train_one_epoch(model, data, optimizer, cfg, epoch):
    if cfg["log_params"]:
        model.train()
        logger.debug("param norms at epoch %d: %s", epoch, parameter_norms(model))
    meter = AverageMeter()
    start = time.time()
    for step, batch in enumerate(data.batches(cfg["batch_size"], cfg["steps_per_epoch"])):
        scores = model(batch)
        loss = F.cross_entropy(scores, batch["labels"])
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        if cfg["grad_clip"]:
            torch.nn.utils.clip_grad_norm_(model.parameters(), cfg["grad_clip"])
        optimizer.step()
        meter.update(loss.item(), batch["labels"].size(0))
        if step % cfg["log_every"] == 0:
            logger.info("epoch %d step %d loss %.4f (%.2fs)", epoch, step, meter.avg, time.time() - start)
    return meter.avg


@torch.no_grad()
def evaluate(model, data, cfg):
    model.eval()
    totals = defaultdict(AverageMeter)
    for batch in data.batches(cfg["batch_size"], cfg["eval_batches"]):
        scores = model(batch)
        for name, fn in METRICS.items():
            totals[name].update(fn(scores, batch["labels"]), batch["labels"].size(0))
    return {k: round(v.avg, 4) for k, v in totals.items()}


class EarlyStopping:
    def __init__(self, patience, key="auc"):
        self.patience, self.key = patience, key
        self.best, self.bad_epochs, self.best_state = -math.inf, 0, None

    def step(self, metrics, model):
        score = metrics[self.key]
        if score > self.best:
            self.best, self.bad_epochs = score, 0
            self.best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
            return False
        self.bad_epochs += 1
        return self.bad_epochs >= self.patience


def save_report(cfg, history):
    if not cfg["output_dir"]:
        return None
    os.makedirs(cfg["output_dir"], exist_ok=True)
    path = os.path.join(cfg["output_dir"], "history.json")
    with open(path, "w") as f:
        json.dump(history, f, indent=2)
    return path


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = build_config(args)
    set_seed(cfg["seed"])
    logger.info("config: %s", json.dumps(cfg, sort_keys=True))

    train_data = SyntheticMIND(cfg, "train")
    dev_data = SyntheticMIND(cfg, "dev")
    model = Recommender(cfg)
    logger.info("model has %d trainable parameters", count_parameters(model))
    optimizer = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    stopper = EarlyStopping(cfg["patience"])

    history = []
    logger.info("dev metrics before training: %s", evaluate(model, dev_data, cfg))
    for epoch in range(cfg["epochs"]):
        train_loss = train_one_epoch(model, train_data, optimizer, cfg, epoch)
        metrics = evaluate(model, dev_data, cfg)
        history.append({"epoch": epoch, "train_loss": train_loss, **metrics})
        logger.info("epoch %d: %s", epoch, metrics)
        if stopper.step(metrics, model):
            logger.info("early stopping at epoch %d", epoch)
            break

    if stopper.best_state is not None:
        model.load_state_dict(stopper.best_state)
    final = evaluate(model, dev_data, cfg)
    logger.info("final dev metrics: %s", final)
    path = save_report(cfg, history)
    if path:
        logger.info("wrote %s", path)
    return final


if __name__ == "__main__":
    main(sys.argv[1:])
