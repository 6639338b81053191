# expect: crash
"""Bobbin-lace pattern QA.

Each pillow is recorded as a sequence of bobbin crossings (thread tension, pin
angle, twist count). A bidirectional LSTM tags every crossing as fine / loose /
mis-crossed. Training uses early stopping on validation token-F1; the best model
is kept and, as is common in shared-task systems, refit for a couple of epochs on
train+dev before the test predictions are written.

    python lacemaker_bobbin_earlystop.py --max-epochs 4 --patience 1 --refit-epochs 1
"""
import argparse
import copy
import dataclasses
import json
import logging
import os
import random
import sys
import tempfile
from typing import Dict, List, Tuple

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("lace")

TAGS = ["fine", "loose", "miscross"]

CONFIG: Dict[str, object] = {
    "seed": 23,
    "n_features": 3,
    "emb": 8,
    "hidden": 8,
    "batch_size": 4,
    "len_min": 6,
    "len_max": 12,
    "n_train": 12,
    "n_dev": 8,
    "n_test": 8,
    "lr": 4e-3,
    "clip": 2.0,
    "pad_tag": -100,
}


# ---------------------------------------------------------------------------
# arguments
# ---------------------------------------------------------------------------
def parse_args(argv=None):
    ap = argparse.ArgumentParser(description="bobbin-lace crossing tagger")
    ap.add_argument("--max-epochs", type=int, default=4)
    ap.add_argument("--patience", type=int, default=1)
    ap.add_argument("--refit-epochs", type=int, default=1)
    ap.add_argument("--no-refit", action="store_true")
    ap.add_argument("--out", default=None, help="where to write test predictions")
    ap.add_argument("--log-level", default="INFO")
    return ap.parse_args(argv)


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------
@dataclasses.dataclass
class Pillow:
    feats: torch.Tensor     # (T, F)
    tags: torch.Tensor      # (T,)


def simulate_pillow(cfg, rng: random.Random) -> Pillow:
    T = rng.randint(cfg["len_min"], cfg["len_max"])
    tension = torch.tensor([rng.gauss(1.0, 0.2) for _ in range(T)])
    angle = torch.tensor([rng.uniform(-1, 1) for _ in range(T)])
    twists = torch.tensor([float(rng.randint(0, 3)) for _ in range(T)])
    tags = torch.zeros(T, dtype=torch.long)
    tags[tension < 0.8] = 1
    tags[(angle.abs() > 0.8) & (twists == 0)] = 2
    return Pillow(torch.stack([tension, angle, twists / 3], -1), tags)


def make_split(cfg, n, seed) -> List[Pillow]:
    rng = random.Random(seed)
    return [simulate_pillow(cfg, rng) for _ in range(n)]


def collate(pillows: List[Pillow], pad_tag: int) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    lengths = torch.tensor([p.feats.size(0) for p in pillows])
    T = int(lengths.max())
    x = torch.zeros(len(pillows), T, pillows[0].feats.size(1))
    y = torch.full((len(pillows), T), pad_tag, dtype=torch.long)
    for i, p in enumerate(pillows):
        x[i, : p.feats.size(0)] = p.feats
        y[i, : p.tags.size(0)] = p.tags
    return x, y, lengths


def batches(data: List[Pillow], cfg, shuffle=False, seed=0):
    order = list(range(len(data)))
    if shuffle:
        random.Random(seed).shuffle(order)
    for i in range(0, len(order), cfg["batch_size"]):
        yield collate([data[j] for j in order[i: i + cfg["batch_size"]]], cfg["pad_tag"])


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------
class CrossingTagger(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.feat_proj = nn.Linear(cfg["n_features"], cfg["emb"])
        self.lstm = nn.LSTM(cfg["emb"], cfg["hidden"], batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(2 * cfg["hidden"], len(TAGS))

    def forward(self, x, lengths):
        h = torch.tanh(self.feat_proj(x))
        packed = nn.utils.rnn.pack_padded_sequence(h, lengths, batch_first=True, enforce_sorted=False)
        out, _ = self.lstm(packed)
        out, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=x.size(1))
        return self.out(self.drop(out))


def tagging_loss(logits, y, pad_tag):
    return F.cross_entropy(logits.reshape(-1, logits.size(-1)), y.reshape(-1), ignore_index=pad_tag)


# ---------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------
def token_scores(pred, gold, pad_tag):
    mask = gold != pad_tag
    pred, gold = pred[mask], gold[mask]
    per_tag = {}
    for t, name in enumerate(TAGS):
        tp = ((pred == t) & (gold == t)).sum().item()
        fp = ((pred == t) & (gold != t)).sum().item()
        fn = ((pred != t) & (gold == t)).sum().item()
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        per_tag[name] = 2 * p * r / (p + r) if p + r else 0.0
    # macro over the defect tags only
    defect_f1 = sum(per_tag[t] for t in TAGS[1:]) / (len(TAGS) - 1)
    acc = (pred == gold).float().mean().item() if gold.numel() else 0.0
    return {"acc": acc, "defect_f1": defect_f1, **{f"f1_{k}": v for k, v in per_tag.items()}}


def tag_distribution(data: List[Pillow]) -> Dict[str, float]:
    counts = torch.zeros(len(TAGS))
    for p in data:
        counts += torch.bincount(p.tags, minlength=len(TAGS)).float()
    counts /= counts.sum()
    return {t: round(c.item(), 3) for t, c in zip(TAGS, counts)}


def confusion_table(pred, gold, pad_tag):
    mask = gold != pad_tag
    m = torch.zeros(len(TAGS), len(TAGS), dtype=torch.long)
    for p, g in zip(pred[mask].tolist(), gold[mask].tolist()):
        m[g, p] += 1
    width = max(len(t) for t in TAGS) + 2
    lines = [" " * width + "".join(t.rjust(width) for t in TAGS)]
    for i, t in enumerate(TAGS):
        lines.append(t.ljust(width) + "".join(str(v).rjust(width) for v in m[i].tolist()))
    return "\n".join(lines)


@torch.no_grad()
def evaluate(model, data, cfg):
    model.eval()
    preds, golds, loss_sum, n = [], [], 0.0, 0
    for x, y, lengths in batches(data, cfg):
        logits = model(x, lengths)
        loss_sum += tagging_loss(logits, y, cfg["pad_tag"]).item() * x.size(0)
        n += x.size(0)
        preds.append(logits.argmax(-1).flatten())
        golds.append(y.flatten())
    scores = token_scores(torch.cat(preds), torch.cat(golds), cfg["pad_tag"])
    scores["loss"] = loss_sum / n
    log.debug("confusion\n%s", confusion_table(torch.cat(preds), torch.cat(golds), cfg["pad_tag"]))
    return scores


# ---------------------------------------------------------------------------
# early stopping
# ---------------------------------------------------------------------------
class EarlyStopping:
    def __init__(self, patience, mode="max"):
        self.patience = patience
        self.mode = mode
        self.best_score = None
        self.best_model = None
        self.best_epoch = -1
        self.bad_epochs = 0

    def improved(self, score):
        if self.best_score is None:
            return True
        return score > self.best_score if self.mode == "max" else score < self.best_score

    def step(self, score, model, epoch):
        if self.improved(score):
            self.best_score, self.best_epoch, self.bad_epochs = score, epoch, 0
            self.best_model = copy.deepcopy(model)
            log.info("  new best %.4f at epoch %d", score, epoch)
            return False
        self.bad_epochs += 1
        return self.bad_epochs > self.patience


# ---------------------------------------------------------------------------
# training
# ---------------------------------------------------------------------------
def run_epoch(model, opt, data, cfg, epoch):
    model.train()
    total, n = 0.0, 0
    for x, y, lengths in batches(data, cfg, shuffle=True, seed=epoch):
        loss = tagging_loss(model(x, lengths), y, cfg["pad_tag"])
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        total += loss.item() * x.size(0)
        n += x.size(0)
    return total / n


def train_with_early_stopping(cfg, train, dev, max_epochs, patience):
    model = CrossingTagger(cfg)
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    stopper = EarlyStopping(patience)
    for epoch in range(max_epochs):
        tr_loss = run_epoch(model, opt, train, cfg, epoch)
        scores = evaluate(model, dev, cfg)
        log.info("epoch %d train-loss %.4f dev %s", epoch, tr_loss,
                 json.dumps({k: round(v, 3) for k, v in scores.items()}))
        if stopper.step(scores["defect_f1"], model, epoch):
            log.info("early stop after epoch %d (best %d)", epoch, stopper.best_epoch)
            break
    return stopper.best_model, stopper.best_epoch


def refit(model, data, cfg, epochs):
    """Continue training the selected model on train+dev with a smaller LR."""
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"] * 0.5)
    for epoch in range(epochs):
        total = 0.0
        for x, y, lengths in batches(data, cfg, shuffle=True, seed=100 + epoch):
            loss = tagging_loss(model(x, lengths), y, cfg["pad_tag"])
            opt.zero_grad()
            loss.backward()  # TM001-here
            nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
            opt.step()
            total += loss.item()
        log.info("refit epoch %d loss %.4f", epoch, total)
    return model


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------
@torch.no_grad()
def predict(model, data, cfg):
    model.eval()
    out = []
    for x, _, lengths in batches(data, cfg):
        tags = model(x, lengths).argmax(-1)
        for row, L in zip(tags, lengths.tolist()):
            out.append([TAGS[t] for t in row[:L].tolist()])
    return out


def write_predictions(preds, path):
    with open(path, "w") as f:
        for i, seq in enumerate(preds):
            f.write(f"pillow{i}\t{' '.join(seq)}\n")
    log.info("wrote %d pillows to %s", len(preds), path)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level), stream=sys.stdout,
                        format="%(levelname).1s %(name)s: %(message)s")
    cfg = dict(CONFIG)
    torch.manual_seed(cfg["seed"])
    train = make_split(cfg, cfg["n_train"], seed=1)
    dev = make_split(cfg, cfg["n_dev"], seed=2)
    test = make_split(cfg, cfg["n_test"], seed=3)
    for name, split in (("train", train), ("dev", dev), ("test", test)):
        log.info("%s: %d pillows, tags %s", name, len(split), tag_distribution(split))

    model, best_epoch = train_with_early_stopping(cfg, train, dev, args.max_epochs, args.patience)
    log.info("selected epoch %d", best_epoch)
    if not args.no_refit and args.refit_epochs > 0:
        model = refit(model, train + dev, cfg, args.refit_epochs)

    test_scores = evaluate(model, test, cfg)
    log.info("test %s", json.dumps({k: round(v, 3) for k, v in test_scores.items()}))

    out_path = args.out
    tmp = None
    if out_path is None:
        fd, tmp = tempfile.mkstemp(suffix=".tsv", prefix="lace_")
        os.close(fd)
        out_path = tmp
    try:
        write_predictions(predict(model, test, cfg), out_path)
    finally:
        if tmp is not None:
            os.remove(tmp)


if __name__ == "__main__":
    main()
