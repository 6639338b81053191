# expect: crash
"""DanQ-style chromatin-feature prediction (conv -> BiLSTM -> dense) on synthetic DNA.

Research-code layout: argparse + config dict, logging, synthetic data with planted motifs,
per-task AUROC/AUPRC, early stopping with a temporary checkpoint, and a motif-attribution
report (gradient x input) at the end.
"""
import argparse
import json
import logging
import math
import os
import random
import shutil
import tempfile
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("danq")

ALPHABET = "ACGT"
DEFAULT_CONFIG = {
    "seq_len": 24,
    "n_tasks": 3,
    "conv_filters": 8,
    "conv_width": 5,
    "pool": 2,
    "lstm_hidden": 8,
    "dense": 16,
    "dropout": 0.2,
    "batch_size": 8,
    "lr": 3e-3,
    "epochs": 3,
    "patience": 2,
    "n_train": 48,
    "n_valid": 16,
    "n_test": 16,
    "seed": 7,
    "motifs": ["TATA", "GGCC", "CACG"],
}


# --------------------------------------------------------------------------------------------
# utilities
# --------------------------------------------------------------------------------------------
def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--config", type=str, default=None, help="JSON file overriding DEFAULT_CONFIG")
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--no-report", action="store_true")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULT_CONFIG)
    if args.config:
        with open(args.config) as fh:
            cfg.update(json.load(fh))
    for key in ("epochs", "lr"):
        val = getattr(args, key)
        if val is not None:
            cfg[key] = val
    return cfg


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.sum, self.count = 0.0, 0

    def update(self, val, n=1):
        self.sum += val * n
        self.count += n

    @property
    def avg(self):
        return self.sum / max(self.count, 1)


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.t0
        return False


# --------------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------------
def random_sequence(n):
    return "".join(random.choice(ALPHABET) for _ in range(n))


def plant(seq, motif):
    pos = random.randint(0, len(seq) - len(motif))
    return seq[:pos] + motif + seq[pos + len(motif):]


def one_hot(seq):
    idx = torch.tensor([ALPHABET.index(c) for c in seq])
    return F.one_hot(idx, num_classes=4).float()


def synth_dataset(n, cfg):
    xs, ys = [], []
    for _ in range(n):
        seq = random_sequence(cfg["seq_len"])
        labels = []
        for motif in cfg["motifs"][: cfg["n_tasks"]]:
            has = random.random() < 0.4
            if has:
                seq = plant(seq, motif)
            labels.append(float(has))
        xs.append(one_hot(seq))
        ys.append(torch.tensor(labels))
    return torch.stack(xs), torch.stack(ys)


def iterate_minibatches(x, y, batch_size, shuffle):
    idx = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), batch_size):
        j = idx[i:i + batch_size]
        yield x[j], y[j]


def reverse_complement(x):
    # A<->T, C<->G on one-hot (ACGT order) and reversed along the sequence
    return x.flip(1).flip(2)


# --------------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------------
class DanQ(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.conv = nn.Conv1d(4, cfg["conv_filters"], cfg["conv_width"], padding=cfg["conv_width"] // 2)
        self.pool = nn.MaxPool1d(cfg["pool"])
        self.drop1 = nn.Dropout(cfg["dropout"])
        self.bilstm = nn.LSTM(cfg["conv_filters"], cfg["lstm_hidden"], batch_first=True, bidirectional=True)
        self.drop2 = nn.Dropout(cfg["dropout"])
        pooled = cfg["seq_len"] // cfg["pool"]
        self.dense = nn.Linear(pooled * 2 * cfg["lstm_hidden"], cfg["dense"])
        self.out = nn.Linear(cfg["dense"], cfg["n_tasks"])

    def forward(self, x):  # B, L, 4
        h = F.relu(self.conv(x.transpose(1, 2)))
        h = self.drop1(self.pool(h)).transpose(1, 2)
        h, _ = self.bilstm(h)
        h = self.drop2(h).flatten(1)
        return self.out(F.relu(self.dense(h)))


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------------------------
def auroc(scores, labels):
    pos = scores[labels == 1]
    neg = scores[labels == 0]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    greater = (pos[:, None] > neg[None, :]).float().mean()
    ties = (pos[:, None] == neg[None, :]).float().mean()
    return (greater + 0.5 * ties).item()


def auprc(scores, labels):
    order = scores.argsort(descending=True)
    labels = labels[order]
    tp = labels.cumsum(0)
    precision = tp / torch.arange(1, len(labels) + 1)
    n_pos = labels.sum()
    if n_pos == 0:
        return float("nan")
    return (precision * labels).sum().item() / n_pos.item()


def summarise(metrics):
    out = {}
    for k, vals in metrics.items():
        vals = [v for v in vals if not math.isnan(v)]
        out[k] = sum(vals) / len(vals) if vals else float("nan")
    return out


# --------------------------------------------------------------------------------------------
# train / eval
# --------------------------------------------------------------------------------------------
def train_epoch(model, data, optimizer, cfg):
    model.train()
    meter = AverageMeter()
    x, y = data
    for xb, yb in iterate_minibatches(x, y, cfg["batch_size"], shuffle=True):
        if random.random() < 0.5:
            xb = reverse_complement(xb)
        logits = model(xb)
        loss = F.binary_cross_entropy_with_logits(logits, yb)
        optimizer.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        meter.update(loss.item(), len(xb))
    return meter.avg


@torch.no_grad()
def evaluate(model, data, cfg):
    model.eval()
    x, y = data
    all_scores, all_labels, meter = [], [], AverageMeter()
    for xb, yb in iterate_minibatches(x, y, cfg["batch_size"], shuffle=False):
        logits = (model(xb) + model(reverse_complement(xb))) / 2
        meter.update(F.binary_cross_entropy_with_logits(logits, yb).item(), len(xb))
        all_scores.append(torch.sigmoid(logits))
        all_labels.append(yb)
    scores, labels = torch.cat(all_scores), torch.cat(all_labels)
    metrics = defaultdict(list)
    for t in range(labels.size(1)):
        metrics["auroc"].append(auroc(scores[:, t], labels[:, t]))
        metrics["auprc"].append(auprc(scores[:, t], labels[:, t]))
    res = summarise(metrics)
    res["loss"] = meter.avg
    return res


class EarlyStopping:
    def __init__(self, patience, ckpt_dir):
        self.patience, self.bad, self.best = patience, 0, -float("inf")
        self.path = os.path.join(ckpt_dir, "best.pt")

    def step(self, score, model):
        if score > self.best:
            self.best, self.bad = score, 0
            torch.save(model.state_dict(), self.path)
            return False
        self.bad += 1
        return self.bad > self.patience

    def restore(self, model):
        model.load_state_dict(torch.load(self.path))
        return model


# --------------------------------------------------------------------------------------------
# interpretation
# --------------------------------------------------------------------------------------------
def gradient_x_input(model, x, task):
    x = x.clone().requires_grad_(True)
    logits = model(x)
    grads, = torch.autograd.grad(logits[:, task].sum(), x)  # TM001-here
    return (grads * x).sum(-1).detach()


def top_kmers(attr, x, k=4, n=3):
    found = []
    for i in range(attr.size(0)):
        scores = attr[i].unfold(0, k, 1).sum(-1)
        j = scores.argmax().item()
        kmer = "".join(ALPHABET[c] for c in x[i, j:j + k].argmax(-1).tolist())
        found.append((kmer, scores[j].item()))
    found.sort(key=lambda t: -t[1])
    return found[:n]


def motif_report(model, data, cfg):
    x, y = data
    report = {}
    for task, motif in enumerate(cfg["motifs"][: cfg["n_tasks"]]):
        pos = x[y[:, task] == 1][:4]
        if len(pos) == 0:
            continue
        attr = gradient_x_input(model, pos, task)
        report[motif] = top_kmers(attr, pos)
    return report


# --------------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------------
def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = build_config(args)
    set_seed(cfg["seed"])
    logger.info("config: %s", json.dumps({k: v for k, v in cfg.items() if k != "motifs"}))

    train = synth_dataset(cfg["n_train"], cfg)
    valid = synth_dataset(cfg["n_valid"], cfg)
    test = synth_dataset(cfg["n_test"], cfg)
    logger.info("positives per task (train): %s", train[1].sum(0).tolist())

    model = DanQ(cfg)
    logger.info("parameters: %d", count_parameters(model))
    optimizer = torch.optim.RMSprop(model.parameters(), lr=cfg["lr"])
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)

    ckpt_dir = tempfile.mkdtemp(prefix="danq_")
    try:
        stopper = EarlyStopping(cfg["patience"], ckpt_dir)
        for epoch in range(cfg["epochs"]):
            with Timer() as t:
                tr_loss = train_epoch(model, train, optimizer, cfg)
            val = evaluate(model, valid, cfg)
            scheduler.step()
            logger.info("epoch %d train %.4f val %.4f auroc %.3f auprc %.3f (%.2fs)",
                        epoch, tr_loss, val["loss"], val["auroc"], val["auprc"], t.elapsed)
            if stopper.step(val["auroc"] if not math.isnan(val["auroc"]) else -val["loss"], model):
                logger.info("early stop at epoch %d", epoch)
                break
        stopper.restore(model)
    finally:
        shutil.rmtree(ckpt_dir, ignore_errors=True)

    test_metrics = evaluate(model, test, cfg)
    logger.info("test: %s", {k: round(v, 4) for k, v in test_metrics.items()})
    if not args.no_report:
        report = motif_report(model, test, cfg)
        for motif, kmers in report.items():
            logger.info("planted %s -> top k-mers %s", motif, kmers)
    print("done")


if __name__ == "__main__":
    main([])
