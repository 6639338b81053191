# expect: crash
"""Lock-keeper sluice study: forecast whether a canal lock needs a sluice opening within the next hour.

Research script: synthetic water-level sequences, a BiGRU classifier, early stopping on validation F1,
then a post-hoc prior-shift correction of the classifier for the target canal.
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
from torch import nn

LOG = logging.getLogger("sluice")

DEFAULT_CONFIG = {
    "seed": 13,
    "n_train": 48,
    "n_val": 16,
    "n_target": 12,
    "seq_len": 10,
    "n_feat": 4,
    "hidden": 8,
    "layers": 1,
    "bidirectional": True,
    "dropout": 0.1,
    "batch_size": 8,
    "epochs": 4,
    "lr": 5e-3,
    "weight_decay": 1e-5,
    "patience": 2,
    "clip": 1.0,
    "prior_shift_steps": 3,
    "prior_shift_lr": 0.05,
    "target_positive_rate": 0.7,
}


# --------------------------------------------------------------------------------------------- utils
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--hidden", type=int, default=None)
    ap.add_argument("--lr", type=float, default=None)
    ap.add_argument("--no-bidirectional", action="store_true")
    ap.add_argument("--report", type=str, default=None, help="write a JSON report here")
    ap.add_argument("--verbose", action="store_true")
    return ap.parse_args(argv)


def merge_config(args):
    cfg = dict(DEFAULT_CONFIG)
    for key in ("epochs", "hidden", "lr"):
        val = getattr(args, key)
        if val is not None:
            cfg[key] = val
    if args.no_bidirectional:
        cfg["bidirectional"] = False
    return cfg


class AverageMeter:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.total += value * n
        self.count += n

    @property
    def avg(self):
        return self.total / max(self.count, 1)


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.t0
        return False


# --------------------------------------------------------------------------------------------- data
def synth_levels(n, seq_len, n_feat, positive_rate, gen):
    x = torch.randn(n, seq_len, n_feat, generator=gen)
    y = (torch.rand(n, generator=gen) < positive_rate).long()
    trend = torch.linspace(0, 1, seq_len).view(1, seq_len, 1)
    x[:, :, :1] += (y.float().view(n, 1, 1) * 2 - 1) * trend
    return x, y


def make_splits(cfg):
    gen = torch.Generator().manual_seed(cfg["seed"])
    train = synth_levels(cfg["n_train"], cfg["seq_len"], cfg["n_feat"], 0.5, gen)
    val = synth_levels(cfg["n_val"], cfg["seq_len"], cfg["n_feat"], 0.5, gen)
    target = synth_levels(cfg["n_target"], cfg["seq_len"], cfg["n_feat"], cfg["target_positive_rate"], gen)
    return train, val, target


def iterate(split, batch_size, shuffle=False):
    x, y = split
    idx = list(range(len(x)))
    if shuffle:
        random.shuffle(idx)
    for i in range(0, len(idx), batch_size):
        b = idx[i:i + batch_size]
        yield x[b], y[b]


# --------------------------------------------------------------------------------------------- model
class SluiceNet(nn.Module):
    def __init__(self, n_feat, hidden, layers, bidirectional, dropout):
        super().__init__()
        self.norm = nn.LayerNorm(n_feat)
        self.gru = nn.GRU(n_feat, hidden, num_layers=layers, batch_first=True, bidirectional=bidirectional)
        out_dim = hidden * (2 if bidirectional else 1)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(out_dim, 2)

    def features(self, x):
        out, _ = self.gru(self.norm(x))
        return self.drop(out.mean(1))

    def forward(self, x):
        return self.head(self.features(x))


def build_model(cfg):
    return SluiceNet(cfg["n_feat"], cfg["hidden"], cfg["layers"], cfg["bidirectional"], cfg["dropout"])


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------------------------- metrics
def confusion(pred, gold):
    tp = int(((pred == 1) & (gold == 1)).sum())
    fp = int(((pred == 1) & (gold == 0)).sum())
    fn = int(((pred == 0) & (gold == 1)).sum())
    tn = int(((pred == 0) & (gold == 0)).sum())
    return tp, fp, fn, tn


def f1_score(pred, gold):
    tp, fp, fn, _ = confusion(pred, gold)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def brier(probs, gold):
    return float(((probs[:, 1] - gold.float()) ** 2).mean())


# --------------------------------------------------------------------------------------------- train / eval
def train_epoch(model, split, opt, cfg):
    meter = AverageMeter()
    for x, y in iterate(split, cfg["batch_size"], shuffle=True):
        logits = model(x)
        loss = nn.functional.cross_entropy(logits, y)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        meter.update(loss.item(), len(y))
    return meter.avg


def evaluate(model, split, cfg):
    model.eval()
    preds, golds, probs = [], [], []
    meter = AverageMeter()
    with torch.no_grad():
        for x, y in iterate(split, cfg["batch_size"]):
            logits = model(x)
            meter.update(nn.functional.cross_entropy(logits, y).item(), len(y))
            probs.append(logits.softmax(-1))
            preds.append(logits.argmax(-1))
            golds.append(y)
    pred, gold, prob = torch.cat(preds), torch.cat(golds), torch.cat(probs)
    return {"loss": meter.avg, "f1": f1_score(pred, gold), "brier": brier(prob, gold),
            "acc": float((pred == gold).float().mean())}


class EarlyStopper:
    def __init__(self, patience):
        self.patience = patience
        self.best = -math.inf
        self.best_state = None
        self.bad_epochs = 0

    def step(self, score, model):
        if score > self.best:
            self.best = score
            self.best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
            self.bad_epochs = 0
            return False
        self.bad_epochs += 1
        return self.bad_epochs > self.patience

    def restore(self, model):
        if self.best_state is not None:
            model.load_state_dict(self.best_state)


def fit(model, train, val, cfg, history):
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    stopper = EarlyStopper(cfg["patience"])
    for epoch in range(cfg["epochs"]):
        model.train()
        with Timer() as t:
            tr_loss = train_epoch(model, train, opt, cfg)
        metrics = evaluate(model, val, cfg)
        history["train_loss"].append(tr_loss)
        for k, v in metrics.items():
            history[f"val_{k}"].append(v)
        LOG.info("epoch %d  train %.4f  val f1 %.3f  (%.2fs)", epoch, tr_loss, metrics["f1"], t.elapsed)
        if stopper.step(metrics["f1"], model):
            LOG.info("early stop at epoch %d", epoch)
            break
    stopper.restore(model)
    return stopper.best


# --------------------------------------------------------------------------------------------- prior shift
def estimate_target_prior(model, target, cfg):
    """EM-free estimate: the mean predicted positive probability on the unlabelled target canal."""
    with torch.no_grad():
        probs = torch.cat([model(x).softmax(-1) for x, _ in iterate(target, cfg["batch_size"])])
    return float(probs[:, 1].mean())


def prior_shift_correction(model, target, cfg):
    """Refit the output bias so the predicted positive rate matches the estimated target prior."""
    prior = estimate_target_prior(model, target, cfg)
    goal = torch.tensor([1 - prior, prior])
    opt = torch.optim.SGD([model.head.bias], lr=cfg["prior_shift_lr"])
    for step in range(cfg["prior_shift_steps"]):
        losses = []
        for x, _ in iterate(target, cfg["batch_size"]):
            logits = model(x)
            mean_prob = logits.softmax(-1).mean(0)
            loss = nn.functional.kl_div(mean_prob.log(), goal, reduction="sum")
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            losses.append(loss.item())
        LOG.debug("prior shift step %d: %.5f", step, sum(losses) / len(losses))
    return prior


# --------------------------------------------------------------------------------------------- report
def write_report(path, cfg, history, final):
    payload = {"config": cfg, "history": dict(history), "final": final}
    with open(path, "w") as fh:
        json.dump(payload, fh, indent=2)


def summarise(history):
    rows = []
    for i, loss in enumerate(history["train_loss"]):
        rows.append(f"{i:>3} {loss:8.4f} {history['val_f1'][i]:6.3f} {history['val_brier'][i]:7.4f}")
    return "\n".join(rows)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(asctime)s %(name)s %(message)s")
    cfg = merge_config(args)
    set_seed(cfg["seed"])
    train, val, target = make_splits(cfg)
    model = build_model(cfg)
    LOG.info("model with %d parameters", count_parameters(model))
    history = defaultdict(list)
    best = fit(model, train, val, cfg, history)
    before = evaluate(model, target, cfg)
    prior = prior_shift_correction(model, target, cfg)
    after = evaluate(model, target, cfg)
    final = {"best_val_f1": best, "target_prior": prior, "target_before": before, "target_after": after}
    print(summarise(history))
    print(json.dumps({k: v for k, v in final.items() if not isinstance(v, dict)}))
    report = args.report
    cleanup = False
    if report is None:
        fd, report = tempfile.mkstemp(suffix=".json")
        os.close(fd)
        cleanup = True
    try:
        write_report(report, cfg, history, final)
    finally:
        if cleanup:
            os.remove(report)
    return final


if __name__ == "__main__":
    main([])
