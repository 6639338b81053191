# expect: clean
"""Harbour-crane hoist fault classification, distilled from a large teacher.

Teacher: a 2-layer bidirectional LSTM trained first on the full sensor set.
Student: a 1-layer GRU small enough for the crane's PLC.  Every student step
queries the teacher (evaluated each step, in eval mode, without gradients) and
mixes the soft-target KL with the hard-label cross-entropy.  Early stopping
keeps the best student state dict and reloads it before a short fine-tune on
the hardest examples.

    python harbour_crane_distillation.py --epochs 2 --temperature 2.0
"""
import argparse
import copy
import logging
import time
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("crane-kd")

CONFIG = {
    "data": {"n_train": 40, "n_val": 12, "seq_len": 10, "n_sensors": 6, "n_classes": 4},
    "teacher": {"hidden": 16, "layers": 2, "epochs": 2, "lr": 3e-3},
    "student": {"hidden": 6, "epochs": 3, "lr": 5e-3},
    "kd": {"temperature": 2.0, "alpha": 0.7},
    "early_stop": {"patience": 2, "min_delta": 1e-4},
    "hard_mining": {"fraction": 0.25, "steps": 2, "lr": 1e-3},
    "batch_size": 8,
    "seed": 1,
}


# ----------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------
def make_split(n, d):
    x = torch.randn(n, d["seq_len"], d["n_sensors"])
    load = x[:, :, 0].mean(1)
    vib = x[:, :, 1].abs().mean(1)
    y = (load > 0).long() * 2 + (vib > 0.8).long()
    return x, y.clamp_max(d["n_classes"] - 1)


def iterate(x, y, bs, shuffle=True):
    order = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for s in range(0, len(x), bs):
        i = order[s:s + bs]
        yield x[i], y[i]


# ----------------------------------------------------------------------------
# models
# ----------------------------------------------------------------------------
class TeacherLSTM(nn.Module):
    def __init__(self, n_in, hidden, layers, n_classes):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=layers, batch_first=True,
                            bidirectional=True, dropout=0.1)
        self.head = nn.Linear(2 * hidden, n_classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out.mean(1))


class StudentGRU(nn.Module):
    def __init__(self, n_in, hidden, n_classes):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_classes)

    def forward(self, x):
        _, h = self.gru(x)
        return self.head(h[-1])


def count_params(m):
    return sum(p.numel() for p in m.parameters())


# ----------------------------------------------------------------------------
# mode helpers
# ----------------------------------------------------------------------------
class TrainMode:
    """`with TrainMode(model):` -- train mode inside, previous mode restored after."""

    def __init__(self, model):
        self.model = model
        self.prev = None

    def __enter__(self):
        self.prev = self.model.training
        self.model.train()
        return self.model

    def __exit__(self, *exc):
        self.model.train(self.prev)
        return False


# ----------------------------------------------------------------------------
# metrics
# ----------------------------------------------------------------------------
@dataclass
class History:
    rows: list = field(default_factory=list)

    def add(self, **row):
        self.rows.append(row)
        log.info(" ".join(f"{k}={v}" for k, v in row.items()))

    def best(self, key):
        return min(self.rows, key=lambda r: r[key])


def macro_f1(pred, y, n_classes):
    f1s = []
    for c in range(n_classes):
        tp = ((pred == c) & (y == c)).sum().item()
        fp = ((pred == c) & (y != c)).sum().item()
        fn = ((pred != c) & (y == c)).sum().item()
        if tp + fp + fn == 0:
            continue
        f1s.append(2 * tp / (2 * tp + fp + fn))
    return sum(f1s) / max(len(f1s), 1)


@torch.no_grad()
def evaluate(model, x, y, cfg):
    model.eval()
    logits = torch.cat([model(xb) for xb, _ in iterate(x, y, cfg["batch_size"], shuffle=False)])
    return {
        "loss": round(F.cross_entropy(logits, y).item(), 4),
        "acc": round((logits.argmax(1) == y).float().mean().item(), 4),
        "f1": round(macro_f1(logits.argmax(1), y, cfg["data"]["n_classes"]), 4),
    }


def confusion(pred, y, n_classes):
    m = torch.zeros(n_classes, n_classes, dtype=torch.long)
    for p_, t_ in zip(pred.tolist(), y.tolist()):
        m[t_, p_] += 1
    return m


def format_confusion(m, names=("idle", "lift", "sway", "brake")):
    width = max(len(n) for n in names) + 1
    lines = [" " * width + " ".join(n[:4].rjust(4) for n in names[: m.size(1)])]
    for i, row in enumerate(m.tolist()):
        lines.append(names[i].ljust(width) + " ".join(str(v).rjust(4) for v in row))
    return "\n".join(lines)


@torch.no_grad()
def agreement(student, teacher, x):
    student.eval()
    teacher.eval()
    return (student(x).argmax(1) == teacher(x).argmax(1)).float().mean().item()


@torch.no_grad()
def latency_ms(model, x, repeats=5):
    model.eval()
    t0 = time.perf_counter()
    for _ in range(repeats):
        model(x)
    return 1000 * (time.perf_counter() - t0) / repeats


# ----------------------------------------------------------------------------
# teacher
# ----------------------------------------------------------------------------
def train_teacher(teacher, train, cfg):
    t = cfg["teacher"]
    opt = torch.optim.Adam(teacher.parameters(), lr=t["lr"])
    for epoch in range(t["epochs"]):
        teacher.train()
        for xb, yb in iterate(*train, cfg["batch_size"]):
            loss = F.cross_entropy(teacher(xb), yb)
            opt.zero_grad()
            loss.backward()
            opt.step()
        log.info("teacher epoch %d loss %.4f", epoch, loss.item())
    return teacher


def teacher_targets(teacher, xb, temperature):
    teacher.eval()
    with torch.no_grad():
        return F.softmax(teacher(xb) / temperature, dim=1)


# ----------------------------------------------------------------------------
# student
# ----------------------------------------------------------------------------
def kd_loss(student_logits, soft_targets, labels, temperature, alpha):
    kl = F.kl_div(F.log_softmax(student_logits / temperature, dim=1), soft_targets,
                  reduction="batchmean") * temperature ** 2
    ce = F.cross_entropy(student_logits, labels)
    return alpha * kl + (1 - alpha) * ce, kl.item(), ce.item()


def distill(student, teacher, train, val, cfg, history):
    s, kd, es = cfg["student"], cfg["kd"], cfg["early_stop"]
    opt = torch.optim.Adam(student.parameters(), lr=s["lr"])
    best_state, best_loss, bad_epochs = None, float("inf"), 0
    for epoch in range(s["epochs"]):
        student.train()
        t0 = time.time()
        for xb, yb in iterate(*train, cfg["batch_size"]):
            soft = teacher_targets(teacher, xb, kd["temperature"])
            loss, kl, ce = kd_loss(student(xb), soft, yb, kd["temperature"], kd["alpha"])
            opt.zero_grad()
            loss.backward()
            opt.step()
        metrics = evaluate(student, *val, cfg)
        history.add(epoch=epoch, kl=round(kl, 4), ce=round(ce, 4), secs=round(time.time() - t0, 2), **metrics)
        if metrics["loss"] < best_loss - es["min_delta"]:
            best_loss, bad_epochs = metrics["loss"], 0
            best_state = copy.deepcopy(student.state_dict())
        else:
            bad_epochs += 1
            if bad_epochs >= es["patience"]:
                log.info("early stop at epoch %d", epoch)
                break
    if best_state is not None:
        student.load_state_dict(best_state)
    return student


def per_example_loss(model, x, y):
    model.eval()
    with torch.no_grad():
        return F.cross_entropy(model(x), y, reduction="none")


def hard_example_finetune(student, train, cfg):
    hm = cfg["hard_mining"]
    losses = per_example_loss(student, *train)
    k = max(2, int(hm["fraction"] * len(losses)))
    idx = losses.topk(k).indices
    xh, yh = train[0][idx], train[1][idx]
    opt = torch.optim.SGD(student.parameters(), lr=hm["lr"], momentum=0.9)
    with TrainMode(student):
        for _ in range(hm["steps"]):
            loss = F.cross_entropy(student(xh), yh)
            opt.zero_grad()
            loss.backward()
            opt.step()
    log.info("hard-example fine-tune on %d examples, last loss %.4f", k, loss.item())
    return student


# ----------------------------------------------------------------------------
# entry
# ----------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--epochs", type=int, default=None, help="student epochs")
    p.add_argument("--temperature", type=float, default=None)
    p.add_argument("--alpha", type=float, default=None)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--quiet", action="store_true")
    return p.parse_args(argv)


def apply_overrides(cfg, args):
    cfg = copy.deepcopy(cfg)
    if args.epochs is not None:
        cfg["student"]["epochs"] = args.epochs
    if args.temperature is not None:
        cfg["kd"]["temperature"] = args.temperature
    if args.alpha is not None:
        cfg["kd"]["alpha"] = args.alpha
    if args.seed is not None:
        cfg["seed"] = args.seed
    return cfg


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="[%(levelname)s] %(message)s")
    cfg = apply_overrides(CONFIG, args)
    torch.manual_seed(cfg["seed"])
    d = cfg["data"]
    train = make_split(d["n_train"], d)
    val = make_split(d["n_val"], d)

    teacher = TeacherLSTM(d["n_sensors"], cfg["teacher"]["hidden"], cfg["teacher"]["layers"], d["n_classes"])
    student = StudentGRU(d["n_sensors"], cfg["student"]["hidden"], d["n_classes"])
    log.info("teacher %d params, student %d params", count_params(teacher), count_params(student))

    train_teacher(teacher, train, cfg)
    log.info("teacher val %s", evaluate(teacher, *val, cfg))

    history = History()
    distill(student, teacher, train, val, cfg, history)
    log.info("best epoch %s", history.best("loss"))
    hard_example_finetune(student, train, cfg)
    final = evaluate(student, *val, cfg)
    log.info("final student val %s", final)
    with torch.no_grad():
        pred = student(val[0]).argmax(1)
    log.info("confusion\n%s", format_confusion(confusion(pred, val[1], d["n_classes"])))
    log.info("teacher agreement %.3f", agreement(student, teacher, val[0]))
    log.info("latency teacher %.2fms student %.2fms", latency_ms(teacher, val[0]), latency_ms(student, val[0]))
    print(final)


if __name__ == "__main__":
    main()
