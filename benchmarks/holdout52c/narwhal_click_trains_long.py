# expect: crash
"""Narwhal click-train classification from hydrophone envelopes.

Research script: trains a bidirectional GRU tagger over click-train envelopes
(foraging buzz / regular clicks / calls / noise), with a per-class report, a
confusion matrix, a simple LR warm-up, gradient clipping and periodic sample
reports written to the log during training.

Usage:
    python narwhal_click_trains_long.py --epochs 2 --hidden 12
"""
import argparse
import collections
import json
import logging
import math
import os
import random
import sys
import tempfile
import time

import torch
from torch import nn

LOG = logging.getLogger("narwhal")

CLASSES = ("buzz", "regular", "call", "noise")

DEFAULTS = {
    "seed": 17,
    "n_features": 6,
    "seq_len": 14,
    "hidden": 12,
    "layers": 1,
    "dropout": 0.1,
    "batch_size": 4,
    "train_batches": 5,
    "val_batches": 2,
    "epochs": 2,
    "lr": 3e-3,
    "warmup_steps": 3,
    "clip": 1.0,
    "report_every": 3,
    "label_smoothing": 0.05,
}


# ---------------------------------------------------------------------------
# command line and configuration
# ---------------------------------------------------------------------------

def build_parser():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=DEFAULTS["epochs"])
    p.add_argument("--hidden", type=int, default=DEFAULTS["hidden"])
    p.add_argument("--layers", type=int, default=DEFAULTS["layers"])
    p.add_argument("--lr", type=float, default=DEFAULTS["lr"])
    p.add_argument("--clip", type=float, default=DEFAULTS["clip"])
    p.add_argument("--report-every", type=int, default=DEFAULTS["report_every"])
    p.add_argument("--seed", type=int, default=DEFAULTS["seed"])
    p.add_argument("--out-dir", default=None, help="where to write metrics.json (a temp dir if unset)")
    p.add_argument("--quiet", action="store_true")
    return p


def make_config(args):
    cfg = dict(DEFAULTS)
    cfg.update({
        "epochs": args.epochs,
        "hidden": args.hidden,
        "layers": args.layers,
        "lr": args.lr,
        "clip": args.clip,
        "report_every": args.report_every,
        "seed": args.seed,
    })
    return cfg


def setup_logging(quiet):
    level = logging.WARNING if quiet else logging.INFO
    logging.basicConfig(stream=sys.stdout, level=level, format="%(asctime)s %(name)s %(levelname)s %(message)s")


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------

def synth_click_train(label, seq_len, n_features):
    """A fake envelope: buzzes are fast, regular clicks periodic, calls smooth, noise flat."""
    t = torch.linspace(0, 1, seq_len)
    if label == 0:
        base = torch.sin(t * 40.0)
    elif label == 1:
        base = torch.sin(t * 12.0)
    elif label == 2:
        base = torch.exp(-((t - 0.5) ** 2) / 0.05)
    else:
        base = torch.zeros(seq_len)
    x = base[:, None].repeat(1, n_features)
    return x + 0.3 * torch.randn(seq_len, n_features)


def make_split(n_batches, cfg):
    batches = []
    for _ in range(n_batches):
        labels = torch.randint(0, len(CLASSES), (cfg["batch_size"],))
        xs = torch.stack([synth_click_train(int(l), cfg["seq_len"], cfg["n_features"]) for l in labels])
        batches.append((xs, labels))
    return batches


def describe_split(name, batches):
    counts = collections.Counter(int(l) for _, y in batches for l in y)
    LOG.info("%s: %d batches, class counts %s", name, len(batches),
             {CLASSES[k]: v for k, v in sorted(counts.items())})


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------

class ClickTagger(nn.Module):
    def __init__(self, n_features, hidden, layers, dropout, n_classes):
        super().__init__()
        self.front = nn.Sequential(nn.Linear(n_features, hidden), nn.GELU())
        self.rnn = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True, bidirectional=True,
                          dropout=dropout if layers > 1 else 0.0)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(2 * hidden, n_classes)

    def forward(self, x):
        h, _ = self.rnn(self.front(x))
        pooled = torch.cat([h.mean(1), h.max(1).values], -1)[:, : self.head.in_features]
        return self.head(self.drop(pooled))


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ---------------------------------------------------------------------------
# optimisation helpers
# ---------------------------------------------------------------------------

def warmup_lambda(warmup_steps):
    def fn(step):
        if step < warmup_steps:
            return (step + 1) / warmup_steps
        return 1.0
    return fn


def build_optim(model, cfg):
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (no_decay if name.endswith("bias") else decay).append(p)
    opt = torch.optim.AdamW([
        {"params": decay, "weight_decay": 1e-4},
        {"params": no_decay, "weight_decay": 0.0},
    ], lr=cfg["lr"])
    sched = torch.optim.lr_scheduler.LambdaLR(opt, warmup_lambda(cfg["warmup_steps"]))
    return opt, sched


def grad_norm(model):
    total = 0.0
    for p in model.parameters():
        if p.grad is not None:
            total += p.grad.detach().pow(2).sum().item()
    return math.sqrt(total)


# ---------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------

class RunningMean:
    def __init__(self):
        self.total = 0.0
        self.n = 0

    def add(self, value, n=1):
        self.total += value * n
        self.n += n

    @property
    def value(self):
        return self.total / max(self.n, 1)


def confusion(preds, gold, n_classes):
    m = torch.zeros(n_classes, n_classes, dtype=torch.long)
    for p, g in zip(preds.tolist(), gold.tolist()):
        m[g, p] += 1
    return m


def per_class_report(mat):
    rows = {}
    for c, name in enumerate(CLASSES):
        tp = mat[c, c].item()
        fp = mat[:, c].sum().item() - tp
        fn = mat[c, :].sum().item() - tp
        prec = tp / max(tp + fp, 1)
        rec = tp / max(tp + fn, 1)
        f1 = 2 * prec * rec / max(prec + rec, 1e-8)
        rows[name] = {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3)}
    return rows


def macro_f1(report):
    return sum(r["f1"] for r in report.values()) / len(report)


# ---------------------------------------------------------------------------
# evaluation and reporting
# ---------------------------------------------------------------------------

@torch.no_grad()
def evaluate(model, batches):
    was_training = model.training
    model.eval()
    preds, gold = [], []
    loss = RunningMean()
    for x, y in batches:
        logits = model(x)
        loss.add(nn.functional.cross_entropy(logits, y).item(), len(y))
        preds.append(logits.argmax(-1))
        gold.append(y)
    model.train(was_training)
    mat = confusion(torch.cat(preds), torch.cat(gold), len(CLASSES))
    report = per_class_report(mat)
    return {"loss": loss.value, "macro_f1": macro_f1(report), "per_class": report, "confusion": mat.tolist()}


def sample_report(model, batch, k=2):
    """Log the model's top guesses for a few validation click trains."""
    model.eval()
    was_training = model.training
    with torch.no_grad():
        x, y = batch
        probs = model(x[:k]).softmax(-1)
    for i in range(min(k, len(y))):
        top = probs[i].argmax().item()
        LOG.info("  sample %d: gold=%s guess=%s p=%.2f", i, CLASSES[int(y[i])], CLASSES[top], probs[i, top].item())
    model.train(was_training)


# ---------------------------------------------------------------------------
# training
# ---------------------------------------------------------------------------

def train_one_epoch(model, batches, opt, sched, cfg, epoch, val_batches, state):
    model.train()
    loss_meter = RunningMean()
    criterion = nn.CrossEntropyLoss(label_smoothing=cfg["label_smoothing"])
    for step, (x, y) in enumerate(batches):
        opt.zero_grad(set_to_none=True)
        loss = criterion(model(x), y)
        loss.backward()  # TM001-here
        gn = grad_norm(model)
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        sched.step()
        state["global_step"] += 1
        loss_meter.add(loss.item(), len(y))
        if state["global_step"] % cfg["report_every"] == 0:
            LOG.info("epoch %d step %d loss %.4f grad-norm %.3f lr %.2e", epoch, step, loss_meter.value, gn,
                     sched.get_last_lr()[0])
            sample_report(model, val_batches[0])
    return loss_meter.value


def save_metrics(history, out_dir):
    path = os.path.join(out_dir, "metrics.json")
    with open(path, "w") as fh:
        json.dump(history, fh, indent=1)
    return path


def run(cfg, out_dir):
    set_seed(cfg["seed"])
    train_batches = make_split(cfg["train_batches"], cfg)
    val_batches = make_split(cfg["val_batches"], cfg)
    describe_split("train", train_batches)
    describe_split("val", val_batches)

    model = ClickTagger(cfg["n_features"], cfg["hidden"], cfg["layers"], cfg["dropout"], len(CLASSES))
    LOG.info("model has %d trainable parameters", count_parameters(model))
    opt, sched = build_optim(model, cfg)

    state = {"global_step": 0}
    history = []
    best_f1 = -1.0
    for epoch in range(cfg["epochs"]):
        t0 = time.time()
        tr_loss = train_one_epoch(model, train_batches, opt, sched, cfg, epoch, val_batches, state)
        metrics = evaluate(model, val_batches)
        best_f1 = max(best_f1, metrics["macro_f1"])
        history.append({"epoch": epoch, "train_loss": tr_loss, "val_loss": metrics["loss"],
                        "macro_f1": metrics["macro_f1"], "seconds": round(time.time() - t0, 3)})
        LOG.info("epoch %d train %.4f val %.4f macro-F1 %.3f", epoch, tr_loss, metrics["loss"], metrics["macro_f1"])
        for name, row in metrics["per_class"].items():
            LOG.info("  %-8s %s", name, row)
    path = save_metrics(history, out_dir)
    LOG.info("wrote %s (best macro-F1 %.3f)", path, best_f1)
    return history, path


def main(argv=None):
    args = build_parser().parse_args(argv)
    setup_logging(args.quiet)
    cfg = make_config(args)
    LOG.info("config %s", json.dumps(cfg, sort_keys=True))
    out_dir = args.out_dir or tempfile.mkdtemp(prefix="narwhal_")
    made_dir = args.out_dir is None
    try:
        history, path = run(cfg, out_dir)
    finally:
        metrics_file = os.path.join(out_dir, "metrics.json")
        if os.path.exists(metrics_file):
            os.remove(metrics_file)
        if made_dir:
            os.rmdir(out_dir)
    print("epochs run:", len(history))
    return 0


if __name__ == "__main__":
    sys.exit(main([]))
