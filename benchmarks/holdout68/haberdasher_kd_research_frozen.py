# expect: clean
"""Hat-size recommendation from customer measurement sequences (haberdashery research code).

Trains a large "teacher" GRU tagger, then distils it into a small student with a combined
cross-entropy + temperature-scaled KL objective. The teacher is queried on every student step.

Usage: python haberdasher_kd_research.py --epochs 2 --temperature 2.0
"""
import argparse
import collections
import json
import logging
import math
import os
import random
import shutil
import tempfile
import time

import torch
from torch import nn
import torch.nn.functional as F

LOG = logging.getLogger("haberdasher")

DEFAULT_CONFIG = {
    "seed": 17,
    "vocab": 20,
    "n_classes": 5,
    "seq_len": 8,
    "batch_size": 4,
    "n_train_batches": 3,
    "n_val_batches": 2,
    "teacher": {"hidden": 16, "layers": 2, "dropout": 0.1, "lr": 1e-2, "epochs": 2},
    "student": {"hidden": 6, "layers": 1, "dropout": 0.0, "lr": 2e-2, "epochs": 2},
    "kd": {"temperature": 2.0, "alpha": 0.5},
    "patience": 3,
    "clip": 1.0,
}


# ----------------------------------------------------------------------------------------------
# utilities
# ----------------------------------------------------------------------------------------------

def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def deep_update(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_update(out[k], v)
        else:
            out[k] = v
    return out


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=None, help="override both teacher and student epochs")
    ap.add_argument("--temperature", type=float, default=None)
    ap.add_argument("--alpha", type=float, default=None)
    ap.add_argument("--config", type=str, default=None, help="JSON string merged into the defaults")
    ap.add_argument("--verbose", action="store_true")
    return ap.parse_args(argv)


def build_config(args):
    cfg = DEFAULT_CONFIG
    if args.config:
        cfg = deep_update(cfg, json.loads(args.config))
    if args.epochs is not None:
        cfg = deep_update(cfg, {"teacher": {"epochs": args.epochs}, "student": {"epochs": args.epochs}})
    if args.temperature is not None:
        cfg = deep_update(cfg, {"kd": {"temperature": args.temperature}})
    if args.alpha is not None:
        cfg = deep_update(cfg, {"kd": {"alpha": args.alpha}})
    return cfg


class AverageMeter:
    def __init__(self, name):
        self.name = name
        self.reset()

    def reset(self):
        self.sum, self.count = 0.0, 0

    def update(self, value, n=1):
        self.sum += float(value) * n
        self.count += n

    @property
    def avg(self):
        return self.sum / max(self.count, 1)

    def __repr__(self):
        return f"{self.name}={self.avg:.4f}"


# ----------------------------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------------------------

def synth_batches(cfg, n, seed):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        tokens = torch.randint(0, cfg["vocab"], (cfg["batch_size"], cfg["seq_len"]), generator=g)
        labels = (tokens.sum(1) % cfg["n_classes"]).long()
        out.append((tokens, labels))
    return out


# ----------------------------------------------------------------------------------------------
# models
# ----------------------------------------------------------------------------------------------

class SizeTagger(nn.Module):
    def __init__(self, vocab, n_classes, hidden, layers, dropout):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.rnn = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True,
                          dropout=dropout if layers > 1 else 0.0)
        self.head = nn.Linear(hidden, n_classes)

    def forward(self, tokens):
        h, _ = self.rnn(self.embed(tokens))
        return self.head(h[:, -1])


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def build_tagger(cfg, part):
    sub = cfg[part]
    model = SizeTagger(cfg["vocab"], cfg["n_classes"], sub["hidden"], sub["layers"], sub["dropout"])
    LOG.info("%s: %d trainable parameters", part, count_parameters(model))
    return model


# ----------------------------------------------------------------------------------------------
# metrics
# ----------------------------------------------------------------------------------------------

def accuracy(logits, labels):
    return (logits.argmax(-1) == labels).float().mean().item()


def macro_f1(logits, labels, n_classes):
    pred = logits.argmax(-1)
    f1s = []
    for c in range(n_classes):
        tp = ((pred == c) & (labels == c)).sum().item()
        fp = ((pred == c) & (labels != c)).sum().item()
        fn = ((pred != c) & (labels == c)).sum().item()
        if tp == 0:
            f1s.append(0.0)
            continue
        p, r = tp / (tp + fp), tp / (tp + fn)
        f1s.append(2 * p * r / (p + r))
    return sum(f1s) / n_classes


@torch.no_grad()
def evaluate(model, batches, cfg):
    model.eval()
    logits = torch.cat([model(t) for t, _ in batches])
    labels = torch.cat([y for _, y in batches])
    return {
        "loss": F.cross_entropy(logits, labels).item(),
        "acc": accuracy(logits, labels),
        "f1": macro_f1(logits, labels, cfg["n_classes"]),
    }


# ----------------------------------------------------------------------------------------------
# checkpoints
# ----------------------------------------------------------------------------------------------

class CheckpointDir:
    def __init__(self):
        self.path = tempfile.mkdtemp(prefix="haberdasher_")

    def save(self, name, model, meta):
        torch.save(model.state_dict(), os.path.join(self.path, name + ".pt"))
        with open(os.path.join(self.path, name + ".json"), "w") as fh:
            json.dump(meta, fh)

    def load_into(self, name, model):
        model.load_state_dict(torch.load(os.path.join(self.path, name + ".pt")))
        return model

    def cleanup(self):
        shutil.rmtree(self.path, ignore_errors=True)


# ----------------------------------------------------------------------------------------------
# teacher training
# ----------------------------------------------------------------------------------------------

def cosine_lr(step, total, base):
    return base * 0.5 * (1 + math.cos(math.pi * min(step, total) / max(total, 1)))


def train_teacher(cfg, train, val, ckpt):
    model = build_tagger(cfg, "teacher")
    opt = torch.optim.Adam(model.parameters(), lr=cfg["teacher"]["lr"])
    total = cfg["teacher"]["epochs"] * len(train)
    step, best = 0, -1.0
    for epoch in range(cfg["teacher"]["epochs"]):
        model.train()
        meter = AverageMeter("teacher_loss")
        for tokens, labels in train:
            for group in opt.param_groups:
                group["lr"] = cosine_lr(step, total, cfg["teacher"]["lr"])
            opt.zero_grad()
            loss = F.cross_entropy(model(tokens), labels)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
            opt.step()
            meter.update(loss.item(), tokens.size(0))
            step += 1
        metrics = evaluate(model, val, cfg)
        LOG.info("teacher epoch %d %s val %s", epoch, meter, metrics)
        if metrics["acc"] > best:
            best = metrics["acc"]
            ckpt.save("teacher", model, metrics)
    return model


def build_teacher(cfg, ckpt):
    teacher = SizeTagger(cfg["vocab"], cfg["n_classes"], cfg["teacher"]["hidden"],
                         cfg["teacher"]["layers"], cfg["teacher"]["dropout"])
    ckpt.load_into("teacher", teacher)
    teacher.eval()
    teacher.requires_grad_(False)
    return teacher


# ----------------------------------------------------------------------------------------------
# distillation
# ----------------------------------------------------------------------------------------------

def kd_loss(student_logits, teacher_logits, labels, temperature, alpha):
    soft = F.kl_div(F.log_softmax(student_logits / temperature, -1),
                    F.softmax(teacher_logits / temperature, -1), reduction="batchmean") * temperature ** 2
    hard = F.cross_entropy(student_logits, labels)
    return alpha * soft + (1 - alpha) * hard, soft.item(), hard.item()


class EarlyStopping:
    def __init__(self, patience):
        self.patience, self.best, self.bad = patience, None, 0

    def step(self, value):
        if self.best is None or value > self.best:
            self.best, self.bad = value, 0
            return False
        self.bad += 1
        return self.bad >= self.patience


def distil(cfg, teacher, train, val, ckpt):
    student = build_tagger(cfg, "student")
    opt = torch.optim.Adam(student.parameters(), lr=cfg["student"]["lr"])
    stopper = EarlyStopping(cfg["patience"])
    history = collections.defaultdict(list)
    T, alpha = cfg["kd"]["temperature"], cfg["kd"]["alpha"]
    for epoch in range(cfg["student"]["epochs"]):
        student.train()
        meters = {k: AverageMeter(k) for k in ("loss", "soft", "hard")}
        t0 = time.time()
        for tokens, labels in train:
            teacher_logits = teacher(tokens)
            student_logits = student(tokens)
            loss, soft, hard = kd_loss(student_logits, teacher_logits, labels, T, alpha)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(student.parameters(), cfg["clip"])
            opt.step()
            for k, v in (("loss", loss.item()), ("soft", soft), ("hard", hard)):
                meters[k].update(v, tokens.size(0))
        metrics = evaluate(student, val, cfg)
        for k, m in meters.items():
            history[k].append(m.avg)
        history["val_acc"].append(metrics["acc"])
        LOG.info("student epoch %d %s val %s (%.2fs)", epoch, list(meters.values()), metrics, time.time() - t0)
        if metrics["acc"] >= (stopper.best or -1):
            ckpt.save("student", student, metrics)
        if stopper.step(metrics["acc"]):
            LOG.info("early stop at epoch %d", epoch)
            break
    return student, dict(history)


# ----------------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------------

def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    cfg = build_config(args)
    set_seed(cfg["seed"])
    train = synth_batches(cfg, cfg["n_train_batches"], cfg["seed"])
    val = synth_batches(cfg, cfg["n_val_batches"], cfg["seed"] + 1)
    ckpt = CheckpointDir()
    try:
        train_teacher(cfg, train, val, ckpt)
        teacher = build_teacher(cfg, ckpt)
        teacher_metrics = evaluate(teacher, val, cfg)
        student, history = distil(cfg, teacher, train, val, ckpt)
        student_metrics = evaluate(student, val, cfg)
    finally:
        ckpt.cleanup()
    summary = {"teacher": teacher_metrics, "student": student_metrics,
               "compression": count_parameters(teacher) / max(count_parameters(student), 1),
               "epochs_run": len(history.get("val_acc", []))}
    print(json.dumps(summary, indent=1, default=float))
    return summary


if __name__ == "__main__":
    main([])
