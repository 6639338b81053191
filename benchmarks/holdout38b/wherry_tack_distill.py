# expect: clean
"""Norfolk wherry sailing: predict the next tack's heading change from the helm, sheet and wind logs.

A small student LSTM is distilled from a teacher that is a frozen snapshot of the student itself,
refreshed at every epoch ("self-distillation"). A callback list logs saliency maps after each epoch.

Usage:
    python wherry_tack_distill.py --epochs 3 --alpha 0.5
"""
import argparse
import copy
import logging
import math
import random
import sys
import time
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("wherry")

DEFAULTS = {
    "seed": 5,
    "n_signals": 5,
    "n_headings": 4,
    "log_len": 8,
    "n_train": 24,
    "n_val": 8,
    "batch": 4,
    "hidden": 10,
    "lr": 4e-3,
    "epochs": 3,
    "alpha": 0.5,
    "temperature": 2.0,
    "saliency_rows": 2,
    "grad_clip": 2.0,
}


# --------------------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------------------
class TackNet(nn.Module):
    def __init__(self, n_signals, hidden, n_headings):
        super().__init__()
        self.norm = nn.LayerNorm(n_signals)
        self.lstm = nn.LSTM(n_signals, hidden, num_layers=2, batch_first=True)
        self.head = nn.Linear(hidden, n_headings)

    def forward(self, x):
        h, _ = self.lstm(self.norm(x))
        return self.head(h[:, -1])


def count_params(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------------------
def make_logs(n, cfg, gen):
    x = torch.randn(n, cfg["log_len"], cfg["n_signals"], generator=gen)
    score = x[:, -3:, 0].sum(1) - x[:, -3:, 3].sum(1)
    edges = torch.tensor([-1.0, 0.0, 1.0])
    y = torch.bucketize(score, edges)
    return x, y


def loader(x, y, batch, shuffle, gen=None):
    order = torch.randperm(len(x), generator=gen) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), batch):
        j = order[i:i + batch]
        yield x[j], y[j]


# --------------------------------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------------------------------
def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def expected_calibration_error(logits, y, bins=5):
    probs = logits.softmax(-1)
    conf, pred = probs.max(-1)
    ece = 0.0
    for lo in range(bins):
        a, b = lo / bins, (lo + 1) / bins
        m = (conf > a) & (conf <= b)
        if m.any():
            ece += m.float().mean().item() * abs((pred[m] == y[m]).float().mean().item() - conf[m].mean().item())
    return ece


def confusion_matrix(logits, y, n_classes):
    cm = torch.zeros(n_classes, n_classes, dtype=torch.long)
    for t, p in zip(y.tolist(), logits.argmax(-1).tolist()):
        cm[t, p] += 1
    return cm


def per_class_recall(cm):
    out = []
    for c in range(cm.size(0)):
        total = cm[c].sum().item()
        out.append(cm[c, c].item() / total if total else float("nan"))
    return out


def format_confusion(cm, names):
    width = max(len(n) for n in names) + 2
    lines = [" " * width + "".join(n.rjust(width) for n in names)]
    for i, n in enumerate(names):
        lines.append(n.rjust(width) + "".join(str(v).rjust(width) for v in cm[i].tolist()))
    return "\n".join(lines)


HEADINGS = ["hard-a-lee", "ease", "hold", "bear-away"]


@dataclass
class History:
    rows: list = field(default_factory=list)

    def add(self, **kw):
        self.rows.append(kw)

    def best(self, key):
        return max(r[key] for r in self.rows)


# --------------------------------------------------------------------------------------------------
# callbacks
# --------------------------------------------------------------------------------------------------
class Callback:
    def on_epoch_end(self, trainer, epoch):
        pass

    def on_fit_end(self, trainer):
        pass


class SaliencyLogger(Callback):
    """Which time steps of the log drive the predicted tack? Logged, not used for training."""

    def __init__(self, x, rows):
        self.x = x[:rows]
        self.maps = []

    def on_epoch_end(self, trainer, epoch):
        model = trainer.student
        model.eval()
        x = self.x.clone().requires_grad_(True)
        # cuDNN only differentiates its RNN in training mode; take the map on the native kernels
        with torch.backends.cudnn.flags(enabled=False):
            logits = model(x)
            logits.gather(1, logits.argmax(1, keepdim=True)).sum().backward()
        sal = x.grad.abs().sum(-1)
        self.maps.append(sal / sal.sum(1, keepdim=True))
        model.zero_grad(set_to_none=True)
        log.info("epoch %d saliency peak at step %s", epoch, sal.argmax(1).tolist())


class TimerCallback(Callback):
    def __init__(self):
        self.t0 = time.time()

    def on_fit_end(self, trainer):
        log.info("fit took %.2fs", time.time() - self.t0)


# --------------------------------------------------------------------------------------------------
# distillation trainer
# --------------------------------------------------------------------------------------------------
def kd_loss(student_logits, teacher_logits, y, alpha, temperature):
    hard = F.cross_entropy(student_logits, y)
    if teacher_logits is None:
        return hard
    soft = F.kl_div(F.log_softmax(student_logits / temperature, -1),
                    F.softmax(teacher_logits / temperature, -1), reduction="batchmean")
    return (1 - alpha) * hard + alpha * soft * temperature ** 2


class SelfDistiller:
    def __init__(self, cfg, callbacks=()):
        self.cfg = cfg
        self.student = TackNet(cfg["n_signals"], cfg["hidden"], cfg["n_headings"])
        self.teacher = None
        self.opt = torch.optim.Adam(self.student.parameters(), lr=cfg["lr"])
        self.callbacks = list(callbacks)
        self.history = History()

    def refresh_teacher(self):
        self.teacher = copy.deepcopy(self.student).eval()
        for p in self.teacher.parameters():
            p.requires_grad_(False)

    def teacher_logits(self, x):
        if self.teacher is None:
            return None
        with torch.no_grad():
            return self.teacher(x)

    def train_epoch(self, data, gen):
        self.student.train()
        losses = []
        for xb, yb in loader(*data, self.cfg["batch"], True, gen):
            t = self.teacher_logits(xb)
            s = self.student(xb)
            loss = kd_loss(s, t, yb, self.cfg["alpha"], self.cfg["temperature"])
            self.opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(self.student.parameters(), self.cfg["grad_clip"])
            self.opt.step()
            losses.append(loss.item())
        return sum(losses) / len(losses)

    @torch.no_grad()
    def evaluate(self, data):
        self.student.eval()
        logits = torch.cat([self.student(xb) for xb, _ in loader(*data, self.cfg["batch"], False)])
        return {"acc": accuracy(logits, data[1]), "ece": expected_calibration_error(logits, data[1])}

    def fit(self, train, val, gen):
        for epoch in range(self.cfg["epochs"]):
            loss = self.train_epoch(train, gen)
            metrics = self.evaluate(val)
            self.history.add(epoch=epoch, loss=loss, **metrics)
            log.info("epoch %d loss %.4f acc %.3f ece %.3f", epoch, loss, metrics["acc"], metrics["ece"])
            for cb in self.callbacks:
                cb.on_epoch_end(self, epoch)
            self.refresh_teacher()
        for cb in self.callbacks:
            cb.on_fit_end(self)
        return self.history


# --------------------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------------------
def get_args(argv=None):
    ap = argparse.ArgumentParser(description="wherry tack self-distillation")
    ap.add_argument("--epochs", type=int, default=DEFAULTS["epochs"])
    ap.add_argument("--alpha", type=float, default=DEFAULTS["alpha"])
    ap.add_argument("--temperature", type=float, default=DEFAULTS["temperature"])
    ap.add_argument("--hidden", type=int, default=DEFAULTS["hidden"])
    ap.add_argument("--seed", type=int, default=DEFAULTS["seed"])
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULTS)
    cfg.update({k: v for k, v in vars(args).items() if k in cfg})
    if not 0.0 <= cfg["alpha"] <= 1.0:
        raise ValueError("alpha must be in [0, 1]")
    return cfg


def seed_all(seed):
    random.seed(seed)
    torch.manual_seed(seed)
    return torch.Generator().manual_seed(seed)


def summarise(history, sal_logger):
    best = history.best("acc")
    last = history.rows[-1]
    spread = 0.0
    if sal_logger.maps:
        m = sal_logger.maps[-1]
        spread = -(m * (m + 1e-9).log()).sum(1).mean().item() / math.log(m.size(1))
    return {"best_acc": round(best, 3), "last_loss": round(last["loss"], 4), "saliency_entropy": round(spread, 3)}


def main(argv=None):
    args = get_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stdout)
    cfg = build_config(args)
    gen = seed_all(cfg["seed"])
    train = make_logs(cfg["n_train"], cfg, gen)
    val = make_logs(cfg["n_val"], cfg, gen)
    sal = SaliencyLogger(val[0], cfg["saliency_rows"])
    trainer = SelfDistiller(cfg, callbacks=[sal, TimerCallback()])
    log.info("student has %d parameters", count_params(trainer.student))
    history = trainer.fit(train, val, gen)
    with torch.no_grad():
        logits = trainer.student(val[0])
    cm = confusion_matrix(logits, val[1], cfg["n_headings"])
    log.info("confusion on val:\n%s", format_confusion(cm, HEADINGS[:cfg["n_headings"]]))
    log.info("per-class recall %s", [round(r, 2) for r in per_class_recall(cm)])
    print(summarise(history, sal))


if __name__ == "__main__":
    main()
