# expect: clean
"""Cordwainer last-fitting: semi-supervised gait-pressure classification with a mean teacher.

A GRU student is trained on a handful of labelled insole-pressure walks plus many
unlabelled ones; an exponential-moving-average teacher supplies consistency
targets. Callbacks log validation accuracy and a gradient-norm probe of the
student at the end of each epoch.

    python cordwainer_last_meanteacher_research.py --epochs 2 --ema 0.9
"""
import argparse
import copy
import logging
import math
import os
import random
import tempfile
from collections import OrderedDict

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("cordwainer")

CFG = OrderedDict(
    seed=31,
    n_labelled=8,
    n_unlabelled=16,
    n_val=8,
    steps=7,
    sensors=4,
    classes=3,
    hidden=10,
    lr=3e-3,
    epochs=2,
    batch=4,
    ema=0.95,
    cons_weight=1.0,
    ramp_epochs=2,
    noise=0.1,
)


# --------------------------------------------------------------------------- data
def walk(cfg, label=None):
    label = random.randrange(cfg["classes"]) if label is None else label
    t = torch.linspace(0, 2 * math.pi, cfg["steps"])
    x = torch.stack([torch.sin(t * (1 + label) + s) for s in range(cfg["sensors"])], -1)
    return x + 0.2 * torch.randn_like(x), label


def build_data(cfg):
    lab = [walk(cfg) for _ in range(cfg["n_labelled"])]
    unl = [walk(cfg)[0] for _ in range(cfg["n_unlabelled"])]
    val = [walk(cfg) for _ in range(cfg["n_val"])]
    return lab, unl, val


def batches(items, size, shuffle=True):
    items = list(items)
    if shuffle:
        random.shuffle(items)
    for i in range(0, len(items), size):
        yield items[i:i + size]


def collate_labelled(chunk):
    return torch.stack([c[0] for c in chunk]), torch.tensor([c[1] for c in chunk])


def augment(x, noise):
    scale = 1 + noise * torch.randn(x.size(0), 1, x.size(2))
    return x * scale + noise * torch.randn_like(x)


# --------------------------------------------------------------------------- model
class GaitNet(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.bn = nn.BatchNorm1d(cfg["sensors"])
        self.gru = nn.GRU(cfg["sensors"], cfg["hidden"], batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.fc = nn.Linear(cfg["hidden"], cfg["classes"])

    def forward(self, x):
        x = self.bn(x.transpose(1, 2)).transpose(1, 2)
        o, h = self.gru(x)
        return self.fc(self.drop(h[-1]))


def make_teacher(student):
    teacher = copy.deepcopy(student)
    for p in teacher.parameters():
        p.requires_grad_(False)
    teacher.eval()
    return teacher


@torch.no_grad()
def ema_update(teacher, student, decay):
    for tp, sp in zip(teacher.parameters(), student.parameters()):
        tp.mul_(decay).add_(sp, alpha=1 - decay)
    for tb, sb in zip(teacher.buffers(), student.buffers()):
        tb.copy_(sb)


def sigmoid_rampup(epoch, length):
    if length == 0:
        return 1.0
    phase = 1.0 - min(epoch, length) / length
    return float(math.exp(-5.0 * phase * phase))


# --------------------------------------------------------------------------- callbacks
class Callback:
    def on_epoch_end(self, trainer, epoch):
        pass

    def on_fit_end(self, trainer):
        pass


class ValidationCallback(Callback):
    def __init__(self, val):
        self.val = val
        self.history = []

    def on_epoch_end(self, trainer, epoch):
        for name, net in (("student", trainer.student), ("teacher", trainer.teacher)):
            net.eval()
            correct = 0
            with torch.no_grad():
                for chunk in batches(self.val, 4, shuffle=False):
                    x, y = collate_labelled(chunk)
                    correct += (net(x).argmax(-1) == y).sum().item()
            acc = correct / len(self.val)
            self.history.append((epoch, name, acc))
            log.info("epoch %d %s val acc %.3f", epoch, name, acc)


class GradNormProbe(Callback):
    """Gradient norm of the supervised loss w.r.t. the student, measured deterministically."""

    def __init__(self, probe_batch):
        self.probe = probe_batch
        self.norms = []

    def on_epoch_end(self, trainer, epoch):
        student = trainer.student
        was_training = student.training
        student.eval()
        x, y = self.probe
        with torch.backends.cudnn.flags(enabled=False):
            loss = F.cross_entropy(student(x), y)
            grads = torch.autograd.grad(loss, [p for p in student.parameters() if p.requires_grad])
        norm = torch.sqrt(sum((g ** 2).sum() for g in grads)).item()
        self.norms.append(norm)
        student.train(was_training)
        log.info("epoch %d grad-norm probe %.4f", epoch, norm)


class CheckpointCallback(Callback):
    def __init__(self):
        fd, self.path = tempfile.mkstemp(suffix=".pt")
        os.close(fd)

    def on_epoch_end(self, trainer, epoch):
        torch.save({"student": trainer.student.state_dict(), "teacher": trainer.teacher.state_dict(),
                    "epoch": epoch}, self.path)

    def on_fit_end(self, trainer):
        size = os.path.getsize(self.path)
        os.remove(self.path)
        log.info("last checkpoint was %d bytes (removed)", size)


# --------------------------------------------------------------------------- trainer
class MeanTeacherTrainer:
    def __init__(self, cfg, callbacks=()):
        self.cfg = cfg
        self.student = GaitNet(cfg)
        self.teacher = make_teacher(self.student)
        self.opt = torch.optim.Adam(self.student.parameters(), lr=cfg["lr"])
        self.callbacks = list(callbacks)
        self.global_step = 0

    def _emit(self, hook, *args):
        for cb in self.callbacks:
            getattr(cb, hook)(self, *args)

    def consistency(self, x_u):
        with torch.no_grad():
            target = self.teacher(augment(x_u, self.cfg["noise"])).softmax(-1)
        pred = self.student(augment(x_u, self.cfg["noise"])).log_softmax(-1)
        return F.kl_div(pred, target, reduction="batchmean")

    def train_epoch(self, labelled, unlabelled, epoch):
        self.student.train()
        w = self.cfg["cons_weight"] * sigmoid_rampup(epoch, self.cfg["ramp_epochs"])
        totals = {"sup": 0.0, "cons": 0.0}
        unl_iter = batches(unlabelled, self.cfg["batch"])
        for chunk in batches(labelled, self.cfg["batch"]):
            x, y = collate_labelled(chunk)
            try:
                x_u = torch.stack(next(unl_iter))
            except StopIteration:
                unl_iter = batches(unlabelled, self.cfg["batch"])
                x_u = torch.stack(next(unl_iter))
            sup = F.cross_entropy(self.student(augment(x, self.cfg["noise"])), y)
            cons = self.consistency(x_u)
            loss = sup + w * cons
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            ema_update(self.teacher, self.student, self.cfg["ema"])
            self.global_step += 1
            totals["sup"] += sup.item()
            totals["cons"] += cons.item()
        return totals

    def fit(self, labelled, unlabelled):
        for epoch in range(self.cfg["epochs"]):
            totals = self.train_epoch(labelled, unlabelled, epoch)
            log.info("epoch %d sup %.4f cons %.4f", epoch, totals["sup"], totals["cons"])
            self._emit("on_epoch_end", epoch)
        self._emit("on_fit_end")
        return self


# --------------------------------------------------------------------------- reporting
def per_class_accuracy(net, items, classes):
    net.eval()
    hits = [0] * classes
    seen = [0] * classes
    with torch.no_grad():
        for chunk in batches(items, 4, shuffle=False):
            x, y = collate_labelled(chunk)
            pred = net(x).argmax(-1)
            for p_, y_ in zip(pred.tolist(), y.tolist()):
                seen[y_] += 1
                hits[y_] += int(p_ == y_)
    return [h / s if s else float("nan") for h, s in zip(hits, seen)]


def confidence_histogram(net, unlabelled, bins=4):
    net.eval()
    with torch.no_grad():
        conf = net(torch.stack(unlabelled)).softmax(-1).max(-1).values
    hist = torch.histc(conf, bins=bins, min=0.0, max=1.0)
    return [int(v) for v in hist.tolist()]


def pseudo_label_agreement(student, teacher, unlabelled):
    student.eval()
    teacher.eval()
    with torch.no_grad():
        x = torch.stack(unlabelled)
        return (student(x).argmax(-1) == teacher(x).argmax(-1)).float().mean().item()


def render_table(rows, header):
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    line = " | ".join(str(h).ljust(w) for h, w in zip(header, widths))
    out = [line, "-" * len(line)]
    for r in rows:
        out.append(" | ".join(str(c).ljust(w) for c, w in zip(r, widths)))
    return "\n".join(out)


# --------------------------------------------------------------------------- main
def parse(argv=None):
    ap = argparse.ArgumentParser(description="mean-teacher gait classification")
    ap.add_argument("--epochs", type=int, default=CFG["epochs"])
    ap.add_argument("--ema", type=float, default=CFG["ema"])
    ap.add_argument("--cons-weight", type=float, default=CFG["cons_weight"])
    ap.add_argument("--log-level", default="INFO")
    return ap.parse_args(argv)


def main(argv=None):
    args = parse(argv)
    cfg = OrderedDict(CFG)
    cfg.update(epochs=args.epochs, ema=args.ema, cons_weight=args.cons_weight)
    logging.basicConfig(level=getattr(logging, args.log_level), format="%(levelname)s %(name)s | %(message)s")
    random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    labelled, unlabelled, val = build_data(cfg)
    probe = collate_labelled(labelled[:4])
    val_cb = ValidationCallback(val)
    probe_cb = GradNormProbe(probe)
    trainer = MeanTeacherTrainer(cfg, callbacks=[val_cb, probe_cb, CheckpointCallback()])
    trainer.fit(labelled, unlabelled)
    best = max(val_cb.history, key=lambda r: r[2])
    rows = [(name, ", ".join(f"{a:.2f}" for a in per_class_accuracy(net, val, cfg["classes"])))
            for name, net in (("student", trainer.student), ("teacher", trainer.teacher))]
    log.info("per-class accuracy\n%s", render_table(rows, ("net", "acc by class")))
    log.info("teacher confidence histogram %s", confidence_histogram(trainer.teacher, unlabelled))
    log.info("student/teacher agreement %.3f", pseudo_label_agreement(trainer.student, trainer.teacher, unlabelled))
    print("best", best, "probe norms", [round(n, 4) for n in probe_cb.norms])


if __name__ == "__main__":
    main()
