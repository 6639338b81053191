# expect: clean
"""
Hayward hedgerow survey: classifying hedge condition (intact / gappy /
overgrown / derelict) from walked-transect sequences of laser-rangefinder
readings.

Self-distillation research script. Each "generation" trains a GRU student,
and from the second generation on the student also matches a teacher: the
previous generation's best model, deep-copied right after validation (so it
is in eval mode). The teacher is queried every step under no_grad; only the
student is backpropagated.

Usage:
    python long02_hayward_hedgerow_selfdistill.py --generations 2
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

log = logging.getLogger("hedgerow")

CONFIG = {
    "seed": 5,
    "classes": ["intact", "gappy", "overgrown", "derelict"],
    "n_train": 32,
    "n_val": 12,
    "seq_len": 10,
    "n_feat": 5,
    "hidden": 10,
    "embed": 8,
    "batch": 8,
    "lr": 4e-3,
    "epochs_per_gen": 2,
    "generations": 2,
    "alpha": 0.5,
    "temperature": 3.0,
    "label_smoothing": 0.05,
    "grad_clip": 2.0,
}


# ------------------------------------------------------------------ args/log
def get_args(argv):
    ap = argparse.ArgumentParser(description="hedgerow self-distillation")
    ap.add_argument("--generations", type=int)
    ap.add_argument("--epochs-per-gen", type=int, dest="epochs_per_gen")
    ap.add_argument("--alpha", type=float)
    ap.add_argument("--temperature", type=float)
    ap.add_argument("--hidden", type=int)
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args(argv)


def configure(args):
    cfg = copy.deepcopy(CONFIG)
    for key, value in vars(args).items():
        if value is not None and key in cfg:
            cfg[key] = value
    logging.basicConfig(stream=sys.stdout,
                        level=logging.WARNING if args.quiet else logging.INFO,
                        format="[%(levelname)s] %(message)s")
    return cfg


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# ------------------------------------------------------------------ data
def make_transects(n, cfg, offset=0):
    g = torch.Generator().manual_seed(cfg["seed"] + offset)
    k = len(cfg["classes"])
    y = torch.randint(0, k, (n,), generator=g)
    x = torch.randn(n, cfg["seq_len"], cfg["n_feat"], generator=g)
    # a class-dependent gap pattern in the range channel
    gaps = (torch.arange(cfg["seq_len"])[None, :] % (y[:, None] + 2) == 0).float()
    x[..., 0] += 1.5 * gaps
    x[..., 1] += 0.3 * y[:, None].float()
    return x, y


def batches(x, y, size, shuffle):
    idx = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for s in range(0, len(x), size):
        b = idx[s:s + size]
        yield x[b], y[b]


def augment(x, p=0.1):
    """Randomly drop readings (the rangefinder misses leaves in wind)."""
    mask = (torch.rand(x.shape[:2]) > p).float().unsqueeze(-1)
    return x * mask


# ------------------------------------------------------------------ model
class HedgeGRU(nn.Module):
    def __init__(self, n_feat, embed, hidden, n_cls):
        super().__init__()
        self.embed = nn.Sequential(nn.Linear(n_feat, embed), nn.GELU())
        self.gru = nn.GRU(embed, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.gru(self.embed(x))
        pooled = torch.cat([h[:, -1:], h.max(1, keepdim=True).values], 1).mean(1)
        return self.cls(self.drop(pooled))


# ------------------------------------------------------------------ metrics
@dataclass
class Confusion:
    k: int
    m: torch.Tensor = field(init=False)

    def __post_init__(self):
        self.m = torch.zeros(self.k, self.k, dtype=torch.long)

    def add(self, pred, target):
        for p, t in zip(pred.tolist(), target.tolist()):
            self.m[t, p] += 1

    def accuracy(self):
        return (self.m.diag().sum() / self.m.sum().clamp_min(1)).item()

    def macro_f1(self):
        tp = self.m.diag().float()
        prec = tp / self.m.sum(0).clamp_min(1)
        rec = tp / self.m.sum(1).clamp_min(1)
        f1 = 2 * prec * rec / (prec + rec).clamp_min(1e-9)
        return f1.mean().item()


def expected_calibration_error(probs, target, bins=5):
    conf, pred = probs.max(-1)
    ece = 0.0
    edges = torch.linspace(0, 1, bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (conf > lo) & (conf <= hi)
        if m.any():
            ece += m.float().mean().item() * abs((pred[m] == target[m]).float().mean().item()
                                                  - conf[m].mean().item())
    return ece


# ------------------------------------------------------------------ losses
def kd_loss(student_logits, teacher_logits, t):
    return F.kl_div(F.log_softmax(student_logits / t, -1),
                    F.softmax(teacher_logits / t, -1), reduction="batchmean") * t * t


def total_loss(student_logits, y, teacher_logits, cfg):
    ce = F.cross_entropy(student_logits, y, label_smoothing=cfg["label_smoothing"])
    if teacher_logits is None:
        return ce, {"ce": ce.item()}
    kd = kd_loss(student_logits, teacher_logits, cfg["temperature"])
    a = cfg["alpha"]
    return (1 - a) * ce + a * kd, {"ce": ce.item(), "kd": kd.item()}


# ------------------------------------------------------------------ loops
def evaluate(model, data, cfg):
    was_training = model.training
    model.eval()
    conf = Confusion(len(cfg["classes"]))
    probs, targets = [], []
    with torch.no_grad():
        for xb, yb in batches(*data, cfg["batch"], shuffle=False):
            logits = model(xb)
            conf.add(logits.argmax(-1), yb)
            probs.append(logits.softmax(-1))
            targets.append(yb)
    model.train(was_training)
    return {"acc": conf.accuracy(), "f1": conf.macro_f1(),
            "ece": expected_calibration_error(torch.cat(probs), torch.cat(targets))}


def train_generation(student, teacher, train, val, cfg, gen):
    opt = torch.optim.Adam(student.parameters(), lr=cfg["lr"])
    best_f1, best = -1.0, None
    student.train()
    for epoch in range(cfg["epochs_per_gen"]):
        t0 = time.perf_counter()
        running = {}
        for step, (xb, yb) in enumerate(batches(*train, cfg["batch"], shuffle=True)):
            xb = augment(xb)
            teacher_logits = None
            if teacher is not None:
                with torch.no_grad():
                    teacher_logits = teacher(xb)
            logits = student(xb)
            loss, parts = total_loss(logits, yb, teacher_logits, cfg)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(student.parameters(), cfg["grad_clip"])
            opt.step()
            for k, v in parts.items():
                running[k] = running.get(k, 0.0) + v
            if step == 1:
                mid = evaluate(student, val, cfg)
                log.info("gen %d epoch %d mid-epoch val f1 %.3f", gen, epoch, mid["f1"])
        metrics = evaluate(student, val, cfg)
        log.info("gen %d epoch %d %s val %s (%.2fs)", gen, epoch,
                 {k: round(v / (step + 1), 4) for k, v in running.items()},
                 {k: round(v, 3) for k, v in metrics.items()}, time.perf_counter() - t0)
        if metrics["f1"] > best_f1:
            best_f1 = metrics["f1"]
            student.eval()
            best = copy.deepcopy(student)
            student.train()
    return best, best_f1


def per_class_table(conf, classes):
    """Per-class precision / recall lines for the log."""
    rows = []
    for i, name in enumerate(classes):
        tp = conf.m[i, i].item()
        prec = tp / max(1, conf.m[:, i].sum().item())
        rec = tp / max(1, conf.m[i, :].sum().item())
        rows.append(f"{name:>10s}  P={prec:.2f}  R={rec:.2f}  n={conf.m[i].sum().item()}")
    return "\n".join(rows)


def agreement(a_logits, b_logits):
    """Fraction of transects where two models pick the same class."""
    return (a_logits.argmax(-1) == b_logits.argmax(-1)).float().mean().item()


def feature_drift(train_x, val_x):
    """Standardised mean difference per channel between splits."""
    mu_t, mu_v = train_x.mean((0, 1)), val_x.mean((0, 1))
    sd = torch.cat([train_x, val_x]).std((0, 1)).clamp_min(1e-6)
    return ((mu_t - mu_v).abs() / sd).tolist()


def save_and_remove(model, tag):
    import os
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, f"{tag}.pt")
        torch.save(model.state_dict(), path)
        size = os.path.getsize(path)
    log.info("checkpoint %s: %d bytes (discarded)", tag, size)
    return size


def cosine_lr(step, total, base):
    return base * 0.5 * (1 + math.cos(math.pi * step / max(1, total)))


def report(results):
    width = max(len(k) for k in results)
    for k, v in results.items():
        log.info("%s : %s", k.ljust(width), v)


# ------------------------------------------------------------------ main
def main(argv=None):
    args = get_args(argv if argv is not None else [])
    cfg = configure(args)
    seed_everything(cfg["seed"])
    train = make_transects(cfg["n_train"], cfg, 0)
    val = make_transects(cfg["n_val"], cfg, 1)
    n_cls = len(cfg["classes"])
    log.info("feature drift train/val: %s", [round(v, 3) for v in feature_drift(train[0], val[0])])

    teacher = None
    results = {}
    for gen in range(cfg["generations"]):
        cfg["lr"] = cosine_lr(gen, cfg["generations"], CONFIG["lr"]) + 1e-4
        student = HedgeGRU(cfg["n_feat"], cfg["embed"], cfg["hidden"], n_cls)
        best, f1 = train_generation(student, teacher, train, val, cfg, gen)
        results[f"generation {gen}"] = round(f1, 3)
        if teacher is not None:
            with torch.no_grad():
                log.info("agreement with previous teacher: %.3f", agreement(best(val[0]), teacher(val[0])))
        save_and_remove(best, f"gen{gen}")
        teacher = best
        log.info("teacher for next generation: training=%s", teacher.training)

    report(results)
    conf = Confusion(n_cls)
    with torch.no_grad():
        conf.add(teacher(val[0]).argmax(-1), val[1])
    log.info("per-class:\n%s", per_class_table(conf, cfg["classes"]))
    final = evaluate(teacher, val, cfg)
    print("final", {k: round(v, 3) for k, v in final.items()})
    return final


if __name__ == "__main__":
    main(sys.argv[1:])
