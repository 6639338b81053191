# expect: clean
"""Saddle-stitch defect tagging from awl-pressure traces.

Research code for a saddler's workshop: a BiLSTM tagger labels every stitch of a
seam as good / loose / skipped. After supervised training the script runs a
short test-time adaptation on each unlabelled seam (entropy minimisation) with
dropout switched off but the recurrent encoder kept in training mode, then
reports token-level F1 and calibration.

    python saddler_stitch_research.py --epochs 2 --tta-steps 1
"""
import argparse
import copy
import logging
import math
import random
import statistics
import sys
import time
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("saddler")

CONFIG = {
    "n_train": 16,
    "n_test": 6,
    "seq_len": 9,
    "feat": 3,
    "classes": 3,
    "emb": 6,
    "hidden": 8,
    "dropout": 0.2,
    "lr": 1e-2,
    "epochs": 2,
    "batch": 4,
    "tta_steps": 1,
    "tta_lr": 1e-3,
    "seed": 21,
    "calib_bins": 5,
}

LABELS = ["good", "loose", "skipped"]


# ---------------------------------------------------------------------------
# bookkeeping
# ---------------------------------------------------------------------------
@dataclass
class RunLog:
    losses: list = field(default_factory=list)
    val: list = field(default_factory=list)
    tta: list = field(default_factory=list)
    started: float = field(default_factory=time.time)

    def summary(self):
        return {
            "last_loss": round(self.losses[-1], 4) if self.losses else None,
            "best_val_f1": round(max(self.val), 4) if self.val else None,
            "tta_entropy": round(statistics.mean(self.tta), 4) if self.tta else None,
            "seconds": round(time.time() - self.started, 2),
        }


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------
def make_seam(cfg):
    x = torch.randn(cfg["seq_len"], cfg["feat"])
    pressure = x[:, 0]
    y = torch.zeros(cfg["seq_len"], dtype=torch.long)
    y[pressure < -0.5] = 1
    y[pressure < -1.2] = 2
    return x, y


def make_split(cfg, n):
    return [make_seam(cfg) for _ in range(n)]


def batchify(items, size):
    for i in range(0, len(items), size):
        chunk = items[i:i + size]
        yield torch.stack([c[0] for c in chunk]), torch.stack([c[1] for c in chunk])


def shift_domain(items, scale=1.3, bias=0.2):
    return [(x * scale + bias, y) for x, y in items]


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------
class SeamEncoder(nn.Module):
    def __init__(self, feat, emb, hidden, dropout):
        super().__init__()
        self.proj = nn.Linear(feat, emb)
        self.drop = nn.Dropout(dropout)
        self.rnn = nn.LSTM(emb, hidden, batch_first=True, bidirectional=True)

    def forward(self, x):
        out, _ = self.rnn(self.drop(torch.relu(self.proj(x))))
        return out


class StitchTagger(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.encoder = SeamEncoder(cfg["feat"], cfg["emb"], cfg["hidden"], cfg["dropout"])
        self.drop = nn.Dropout(cfg["dropout"])
        self.classifier = nn.Linear(2 * cfg["hidden"], cfg["classes"])

    def forward(self, x):
        return self.classifier(self.drop(self.encoder(x)))


# ---------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------
def f1_per_class(pred, gold, n_classes):
    scores = []
    for c in range(n_classes):
        tp = ((pred == c) & (gold == c)).sum().item()
        fp = ((pred == c) & (gold != c)).sum().item()
        fn = ((pred != c) & (gold == c)).sum().item()
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return scores


def macro_f1(pred, gold, n_classes):
    s = f1_per_class(pred, gold, n_classes)
    return sum(s) / len(s)


def expected_calibration_error(probs, gold, bins):
    conf, pred = probs.max(-1)
    ece = 0.0
    edges = torch.linspace(0, 1, bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (conf > lo) & (conf <= hi)
        if mask.any():
            acc = (pred[mask] == gold[mask]).float().mean()
            ece += mask.float().mean().item() * abs(acc.item() - conf[mask].mean().item())
    return ece


def entropy(logits):
    p = logits.softmax(-1)
    return -(p * p.clamp_min(1e-8).log()).sum(-1).mean()


def confusion_matrix(pred, gold, n_classes):
    cm = torch.zeros(n_classes, n_classes, dtype=torch.long)
    for p_, g_ in zip(pred.tolist(), gold.tolist()):
        cm[g_, p_] += 1
    return cm


def format_confusion(cm):
    width = max(len(l) for l in LABELS) + 2
    head = " " * width + "".join(f"{l:>{width}}" for l in LABELS)
    rows = [head]
    for i, l in enumerate(LABELS):
        rows.append(f"{l:<{width}}" + "".join(f"{v:>{width}}" for v in cm[i].tolist()))
    return "\n".join(rows)


def seam_accuracy(probs, gold, seq_len):
    pred = probs.argmax(-1).view(-1, seq_len)
    return (pred == gold.view(-1, seq_len)).all(-1).float().mean().item()


def warmup_lambda(total_steps, warmup=2):
    def fn(step):
        if step < warmup:
            return (step + 1) / warmup
        return max(0.1, 1.0 - (step - warmup) / max(total_steps - warmup, 1))
    return fn


def checkpoint_roundtrip(model):
    import os
    import tempfile
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        torch.save(model.state_dict(), path)
        state = torch.load(path)
        model.load_state_dict(state)
        return os.path.getsize(path)
    finally:
        os.remove(path)


# ---------------------------------------------------------------------------
# loops
# ---------------------------------------------------------------------------
def train_epoch(model, data, opt, cfg, log):
    model.train()
    random.shuffle(data)
    for x, y in batchify(data, cfg["batch"]):
        logits = model(x)
        loss = F.cross_entropy(logits.reshape(-1, cfg["classes"]), y.reshape(-1))
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
        opt.step()
        log.losses.append(loss.item())


def predict(model, data, cfg):
    model.eval()
    probs, gold = [], []
    with torch.no_grad():
        for x, y in batchify(data, cfg["batch"]):
            probs.append(model(x).softmax(-1).reshape(-1, cfg["classes"]))
            gold.append(y.reshape(-1))
    return torch.cat(probs), torch.cat(gold)


def evaluate(model, data, cfg):
    probs, gold = predict(model, data, cfg)
    return {
        "f1": macro_f1(probs.argmax(-1), gold, cfg["classes"]),
        "ece": expected_calibration_error(probs, gold, cfg["calib_bins"]),
    }


def deterministic_but_trainable(model):
    """Dropout off everywhere, but the recurrent layer keeps its training flag."""
    model.eval()
    model.encoder.rnn.train()
    return model


def test_time_adapt(model, data, cfg, log):
    adapted = copy.deepcopy(model)
    deterministic_but_trainable(adapted)
    params = [p for n, p in adapted.named_parameters() if "rnn" in n]
    opt = torch.optim.SGD(params, lr=cfg["tta_lr"])
    for x, _ in batchify(data, cfg["batch"]):
        for _ in range(cfg["tta_steps"]):
            loss = entropy(adapted(x))
            opt.zero_grad()
            loss.backward()
            opt.step()
            log.tta.append(loss.item())
    return adapted


# ---------------------------------------------------------------------------
# entry
# ---------------------------------------------------------------------------
def get_args(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    ap.add_argument("--tta-steps", type=int, default=CONFIG["tta_steps"])
    ap.add_argument("--seed", type=int, default=CONFIG["seed"])
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args(argv)


def main(argv=None):
    args = get_args(argv)
    cfg = dict(CONFIG, epochs=args.epochs, tta_steps=args.tta_steps, seed=args.seed)
    logging.basicConfig(stream=sys.stdout, level=logging.WARNING if args.quiet else logging.INFO,
                        format="[%(levelname)s] %(message)s")
    seed_everything(cfg["seed"])

    train = make_split(cfg, cfg["n_train"])
    test = shift_domain(make_split(cfg, cfg["n_test"]))
    model = StitchTagger(cfg)
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    steps_per_epoch = math.ceil(cfg["n_train"] / cfg["batch"])
    sched = torch.optim.lr_scheduler.LambdaLR(opt, warmup_lambda(steps_per_epoch * cfg["epochs"]))
    log = RunLog()

    for epoch in range(cfg["epochs"]):
        train_epoch(model, train, opt, cfg, log)
        m = evaluate(model, test, cfg)
        log.val.append(m["f1"])
        sched.step()
        logger.info("epoch %d loss %.4f f1 %.3f ece %.3f", epoch, log.losses[-1], m["f1"], m["ece"])

    logger.info("checkpoint bytes %d", checkpoint_roundtrip(model))
    probs, gold = predict(model, test, cfg)
    logger.info("seam accuracy %.3f", seam_accuracy(probs, gold, cfg["seq_len"]))
    logger.info("confusion\n%s", format_confusion(confusion_matrix(probs.argmax(-1), gold, cfg["classes"])))
    before = evaluate(model, test, cfg)
    adapted = test_time_adapt(model, test, cfg, log)
    after = evaluate(adapted, test, cfg)
    logger.info("tta: f1 %.3f -> %.3f, ece %.3f -> %.3f", before["f1"], after["f1"], before["ece"], after["ece"])
    for name, s in zip(LABELS, f1_per_class(predict(adapted, test, cfg)[0].argmax(-1),
                                             predict(adapted, test, cfg)[1], cfg["classes"])):
        logger.info("  %-8s f1 %.3f", name, s)
    print(log.summary())
    assert not math.isnan(log.losses[-1])


if __name__ == "__main__":
    main()
