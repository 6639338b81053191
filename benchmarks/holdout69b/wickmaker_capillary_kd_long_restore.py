# expect: clean
"""
Capillary-rise distillation for braided cotton wicks.

A bidirectional GRU teacher is trained on lab capillary-rise curves (height of
melted wax vs. time, plus braid tension and ambient temperature).  A small LSTM
student is then distilled from it so the student can run on the dipping line's
microcontroller.  The teacher is put in eval mode and queried every step.

Usage:
    python wickmaker_capillary_kd_long.py --epochs 2 --student-hidden 6
"""
import argparse
import copy
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
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

LOG = logging.getLogger("wickmaker")

CONFIG = {
    "seed": 11,
    "n_train": 32,
    "n_val": 12,
    "min_len": 4,
    "max_len": 9,
    "n_features": 3,
    "n_classes": 4,  # wick grade: 0 = too thin ... 3 = too thick
    "batch_size": 8,
    "teacher_hidden": 12,
    "student_hidden": 6,
    "teacher_epochs": 2,
    "epochs": 2,
    "lr": 5e-3,
    "temperature": 2.0,
    "alpha": 0.7,
    "patience": 3,
    "grad_clip": 1.0,
    "log_every": 2,
}


# ----------------------------------------------------------------------------
# utilities
# ----------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
    )


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
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


# ----------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------
def synth_curve(grade, length, n_features):
    rate = 0.4 + 0.25 * grade
    t = torch.arange(length, dtype=torch.float32) / length
    height = 1 - torch.exp(-rate * 4 * t) + 0.03 * torch.randn(length)
    tension = torch.full((length,), 0.2 * grade) + 0.05 * torch.randn(length)
    temp = torch.randn(length) * 0.1
    feats = torch.stack([height, tension, temp], -1)
    return feats[:, :n_features]


class WickDataset:
    def __init__(self, n, cfg):
        self.items = []
        for _ in range(n):
            grade = random.randrange(cfg["n_classes"])
            length = random.randint(cfg["min_len"], cfg["max_len"])
            self.items.append((synth_curve(grade, length, cfg["n_features"]), grade))

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


def collate(batch):
    batch = sorted(batch, key=lambda it: it[0].size(0), reverse=True)
    lengths = torch.tensor([b[0].size(0) for b in batch])
    x = torch.zeros(len(batch), int(lengths.max()), batch[0][0].size(1))
    for i, (seq, _) in enumerate(batch):
        x[i, : seq.size(0)] = seq
    y = torch.tensor([b[1] for b in batch])
    return x, lengths, y


def iterate(ds, batch_size, shuffle):
    idx = list(range(len(ds)))
    if shuffle:
        random.shuffle(idx)
    for i in range(0, len(idx), batch_size):
        yield collate([ds[j] for j in idx[i : i + batch_size]])


# ----------------------------------------------------------------------------
# models
# ----------------------------------------------------------------------------
class SeqClassifier(nn.Module):
    def __init__(self, rnn_cls, n_features, hidden, n_classes, bidirectional=False):
        super().__init__()
        self.inp = nn.Linear(n_features, hidden)
        self.rnn = rnn_cls(hidden, hidden, batch_first=True, bidirectional=bidirectional)
        d = hidden * (2 if bidirectional else 1)
        self.norm = nn.LayerNorm(d)
        self.head = nn.Linear(d, n_classes)

    def forward(self, x, lengths):
        z = torch.relu(self.inp(x))
        packed = pack_padded_sequence(z, lengths.cpu(), batch_first=True, enforce_sorted=True)
        out, _ = self.rnn(packed)
        out, _ = pad_packed_sequence(out, batch_first=True)
        mask = (torch.arange(out.size(1))[None, :] < lengths[:, None]).unsqueeze(-1)
        pooled = (out * mask).sum(1) / lengths[:, None].float()
        return self.head(self.norm(pooled))


def build_teacher(cfg):
    return SeqClassifier(nn.GRU, cfg["n_features"], cfg["teacher_hidden"], cfg["n_classes"], bidirectional=True)


def build_student(cfg):
    return SeqClassifier(nn.LSTM, cfg["n_features"], cfg["student_hidden"], cfg["n_classes"])


def count_params(model):
    return sum(p.numel() for p in model.parameters())


# ----------------------------------------------------------------------------
# metrics
# ----------------------------------------------------------------------------
def confusion(preds, targets, n):
    m = torch.zeros(n, n, dtype=torch.long)
    for p, t in zip(preds.tolist(), targets.tolist()):
        m[t, p] += 1
    return m


def macro_f1(cm):
    f1s = []
    for c in range(cm.size(0)):
        tp = cm[c, c].item()
        fp = cm[:, c].sum().item() - tp
        fn = cm[c, :].sum().item() - tp
        denom = 2 * tp + fp + fn
        f1s.append(0.0 if denom == 0 else 2 * tp / denom)
    return sum(f1s) / len(f1s)


def expected_calibration_error(probs, targets, bins=5):
    conf, pred = probs.max(-1)
    ece = 0.0
    edges = torch.linspace(0, 1, bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        sel = (conf > lo) & (conf <= hi)
        if sel.any():
            acc = (pred[sel] == targets[sel]).float().mean()
            ece += sel.float().mean().item() * abs(acc.item() - conf[sel].mean().item())
    return ece


def evaluate(model, ds, cfg):
    was_training = model.training
    model.eval()
    all_logits, all_y = [], []
    loss_meter = AverageMeter()
    with torch.no_grad():
        for x, lengths, y in iterate(ds, cfg["batch_size"], shuffle=False):
            logits = model(x, lengths)
            loss_meter.update(F.cross_entropy(logits, y).item(), len(y))
            all_logits.append(logits)
            all_y.append(y)
    logits = torch.cat(all_logits)
    y = torch.cat(all_y)
    cm = confusion(logits.argmax(-1), y, cfg["n_classes"])
    model.train(was_training)
    return {
        "loss": loss_meter.avg,
        "acc": (logits.argmax(-1) == y).float().mean().item(),
        "macro_f1": macro_f1(cm),
        "ece": expected_calibration_error(logits.softmax(-1), y),
    }


# ----------------------------------------------------------------------------
# training
# ----------------------------------------------------------------------------
class EarlyStopping:
    def __init__(self, patience):
        self.patience = patience
        self.best = math.inf
        self.best_state = None
        self.bad = 0

    def step(self, value, model):
        if value < self.best - 1e-4:
            self.best = value
            self.best_state = copy.deepcopy(model.state_dict())
            self.bad = 0
            return False
        self.bad += 1
        return self.bad >= self.patience

    def restore(self, model):
        if self.best_state is not None:
            model.load_state_dict(self.best_state)


def train_teacher(teacher, train_ds, val_ds, cfg):
    opt = torch.optim.Adam(teacher.parameters(), lr=cfg["lr"])
    for epoch in range(cfg["teacher_epochs"]):
        teacher.train()
        meter = AverageMeter()
        for x, lengths, y in iterate(train_ds, cfg["batch_size"], shuffle=True):
            opt.zero_grad()
            loss = F.cross_entropy(teacher(x, lengths), y)
            loss.backward()
            opt.step()
            meter.update(loss.item(), len(y))
        stats = evaluate(teacher, val_ds, cfg)
        LOG.info("teacher epoch %d train %.4f val %s", epoch, meter.avg, json.dumps({k: round(v, 3) for k, v in stats.items()}))
    return teacher


def kd_loss(student_logits, teacher_logits, y, temperature, alpha):
    soft = F.kl_div(
        F.log_softmax(student_logits / temperature, -1),
        F.softmax(teacher_logits / temperature, -1),
        reduction="batchmean",
    ) * temperature ** 2
    hard = F.cross_entropy(student_logits, y)
    return alpha * soft + (1 - alpha) * hard


def distill_step(student, teacher, opt, batch, cfg):
    x, lengths, y = batch
    teacher.eval()
    with torch.no_grad():
        t_logits = teacher(x, lengths)
    s_logits = student(x, lengths)
    loss = kd_loss(s_logits, t_logits, y, cfg["temperature"], cfg["alpha"])
    opt.zero_grad()
    loss.backward()
    nn.utils.clip_grad_norm_(student.parameters(), cfg["grad_clip"])
    opt.step()
    return loss.item()


def distill(student, teacher, train_ds, val_ds, cfg):
    opt = torch.optim.Adam(student.parameters(), lr=cfg["lr"])
    stopper = EarlyStopping(cfg["patience"])
    history = defaultdict(list)
    student.train()
    for epoch in range(cfg["epochs"]):
        meter = AverageMeter()
        with Timer() as tm:
            for step, batch in enumerate(iterate(train_ds, cfg["batch_size"], shuffle=True)):
                loss = distill_step(student, teacher, opt, batch, cfg)
                meter.update(loss, len(batch[2]))
                if step % cfg["log_every"] == 0:
                    LOG.debug("epoch %d step %d kd %.4f", epoch, step, loss)
        stats = evaluate(student, val_ds, cfg)
        for k, v in stats.items():
            history[k].append(v)
        history["train_kd"].append(meter.avg)
        LOG.info("student epoch %d kd %.4f val_loss %.4f acc %.3f (%.2fs)", epoch, meter.avg, stats["loss"], stats["acc"], tm.elapsed)
        if stopper.step(stats["loss"], student):
            LOG.info("early stop at epoch %d", epoch)
            break
    stopper.restore(student)
    return dict(history)


def save_report(history, teacher_stats, student_stats, cfg):
    fd, path = tempfile.mkstemp(suffix=".json", prefix="wick_report_")
    os.close(fd)
    try:
        with open(path, "w") as fh:
            json.dump({"config": cfg, "history": history, "teacher": teacher_stats, "student": student_stats}, fh)
        LOG.info("report written (%d bytes)", os.path.getsize(path))
    finally:
        os.remove(path)


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    p.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    p.add_argument("--teacher-epochs", type=int, default=CONFIG["teacher_epochs"])
    p.add_argument("--student-hidden", type=int, default=CONFIG["student_hidden"])
    p.add_argument("--temperature", type=float, default=CONFIG["temperature"])
    p.add_argument("--alpha", type=float, default=CONFIG["alpha"])
    p.add_argument("--seed", type=int, default=CONFIG["seed"])
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def merge_config(args):
    cfg = dict(CONFIG)
    for key in ("epochs", "teacher_epochs", "student_hidden", "temperature", "alpha", "seed"):
        cfg[key] = getattr(args, key)
    return cfg


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_config(args)
    set_seed(cfg["seed"])
    train_ds = WickDataset(cfg["n_train"], cfg)
    val_ds = WickDataset(cfg["n_val"], cfg)
    teacher = build_teacher(cfg)
    student = build_student(cfg)
    LOG.info("teacher %d params, student %d params", count_params(teacher), count_params(student))
    train_teacher(teacher, train_ds, val_ds, cfg)
    teacher_stats = evaluate(teacher, val_ds, cfg)
    history = distill(student, teacher, train_ds, val_ds, cfg)
    student_stats = evaluate(student, val_ds, cfg)
    save_report(history, teacher_stats, student_stats, cfg)
    print("teacher", {k: round(v, 3) for k, v in teacher_stats.items()})
    print("student", {k: round(v, 3) for k, v in student_stats.items()})


if __name__ == "__main__":
    main()
