# expect: crash
"""Harpsichord temperament study: classify which historical temperament
(equal, meantone, Werckmeister III, Kirnberger) a tuner was aiming for from the
sequence of beat rates measured while setting the bearings octave.

The trainer is a small home-grown engine with callbacks registered in a list;
hooks are dispatched by name.  A saliency callback records which intervals in
the tuning sequence the classifier looks at after every validation run.

    python harpsichord_temperament_callbacks.py --epochs 2 --hidden 12
"""
import argparse
import collections
import dataclasses
import logging
import math
import random
import statistics
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("temperament")

TEMPERAMENTS = ["equal", "meantone", "werckmeister3", "kirnberger"]

# nominal beat-rate offsets per interval for each temperament (made up, small)
OFFSETS = {
    "equal": [0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
    "meantone": [-0.6, 0.4, -0.6, 0.9, -0.6, 0.2],
    "werckmeister3": [-0.3, 0.1, 0.0, -0.3, 0.2, 0.0],
    "kirnberger": [0.0, -0.5, 0.0, 0.0, -0.2, 0.6],
}

CONFIG = {
    "n_train": 32,
    "n_val": 12,
    "intervals": 6,
    "repeats": 2,
    "features": 3,
    "hidden": 12,
    "dropout": 0.1,
    "batch_size": 8,
    "epochs": 2,
    "lr": 4e-3,
    "weight_decay": 1e-4,
    "grad_clip": 2.0,
    "seed": 1703,
    "log_every": 2,
}


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------

@dataclasses.dataclass
class TuningSession:
    beats: torch.Tensor   # (steps, features)
    label: int


def simulate_session(temperament, cfg, rng):
    steps = cfg["intervals"] * cfg["repeats"]
    offsets = OFFSETS[temperament] * cfg["repeats"]
    rows = []
    for t in range(steps):
        beat = offsets[t] + rng.gauss(0.0, 0.3)
        pitch = 440.0 * 2 ** ((t % 12) / 12) / 440.0 - 1.0
        effort = rng.random() * 0.5
        rows.append([beat, pitch, effort])
    return TuningSession(torch.tensor(rows, dtype=torch.float32),
                         TEMPERAMENTS.index(temperament))


def build_dataset(n, cfg, seed):
    rng = random.Random(seed)
    return [simulate_session(rng.choice(TEMPERAMENTS), cfg, rng) for _ in range(n)]


def collate(sessions):
    x = torch.stack([s.beats for s in sessions])
    y = torch.tensor([s.label for s in sessions])
    return x, y


def batches(sessions, size, shuffle, rng=None):
    order = list(range(len(sessions)))
    if shuffle:
        (rng or random).shuffle(order)
    for i in range(0, len(order), size):
        yield collate([sessions[j] for j in order[i:i + size]])


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------

class TemperamentClassifier(nn.Module):
    def __init__(self, features, hidden, classes, dropout):
        super().__init__()
        self.norm = nn.LayerNorm(features)
        self.rnn = nn.GRU(features, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(2 * hidden, classes)

    def forward(self, x):
        h, _ = self.rnn(self.norm(x))
        return self.head(self.drop(h.mean(1)))


# ---------------------------------------------------------------------------
# callbacks
# ---------------------------------------------------------------------------

class Callback:
    def on_fit_start(self, trainer):
        pass

    def on_batch_end(self, trainer, loss):
        pass

    def on_validation_end(self, trainer, metrics):
        pass

    def on_fit_end(self, trainer):
        pass


class ConsoleLogger(Callback):
    def __init__(self, every):
        self.every = every

    def on_batch_end(self, trainer, loss):
        if trainer.step % self.every == 0:
            log.info("step %4d  loss %.4f", trainer.step, loss)

    def on_validation_end(self, trainer, metrics):
        log.info("epoch %d  val %s", trainer.epoch,
                 "  ".join(f"{k} {v:.3f}" for k, v in metrics.items()))


class Timer(Callback):
    def on_fit_start(self, trainer):
        self.t0 = time.perf_counter()

    def on_fit_end(self, trainer):
        trainer.summary["seconds"] = time.perf_counter() - self.t0


class BestTracker(Callback):
    def __init__(self, key="accuracy"):
        self.key = key
        self.best = -math.inf

    def on_validation_end(self, trainer, metrics):
        if metrics[self.key] > self.best:
            self.best = metrics[self.key]
            trainer.summary["best_epoch"] = trainer.epoch


class ConfusionReport(Callback):
    """Prints a temperament confusion matrix at the end of training."""

    def __init__(self, sessions, batch_size):
        self.sessions = sessions
        self.batch_size = batch_size

    @torch.no_grad()
    def on_fit_end(self, trainer):
        k = len(TEMPERAMENTS)
        matrix = torch.zeros(k, k, dtype=torch.long)
        was_training = trainer.model.training
        trainer.model.eval()
        for x, y in batches(self.sessions, self.batch_size, shuffle=False):
            for t, p in zip(y.tolist(), trainer.model(x).argmax(-1).tolist()):
                matrix[t, p] += 1
        trainer.model.train(was_training)
        width = max(len(name) for name in TEMPERAMENTS)
        for name, row in zip(TEMPERAMENTS, matrix.tolist()):
            log.info("%s  %s", name.rjust(width), " ".join(f"{v:3d}" for v in row))
        trainer.summary["confusion"] = matrix


class IntervalSaliency(Callback):
    """|d logit / d input| averaged over a probe batch, per step of the sequence."""

    def __init__(self, probe):
        self.probe = probe
        self.history = []

    def on_validation_end(self, trainer, metrics):
        x, y = self.probe
        x = x.clone().requires_grad_(True)
        logits = trainer.model(x)
        picked = logits.gather(1, y[:, None]).sum()
        (grad,) = torch.autograd.grad(picked, x)  # TM001-here
        per_step = grad.abs().sum(-1).mean(0)
        self.history.append(per_step)
        top = int(per_step.argmax())
        log.info("saliency peak at step %d (interval %d)", top, top % CONFIG["intervals"])


# ---------------------------------------------------------------------------
# trainer
# ---------------------------------------------------------------------------

class Trainer:
    def __init__(self, model, cfg, callbacks=()):
        self.model = model
        self.cfg = cfg
        self.callbacks = list(callbacks)
        self.step = 0
        self.epoch = 0
        self.summary = {}
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=cfg["lr"],
                                           weight_decay=cfg["weight_decay"])

    def _fire(self, hook, *args):
        for cb in self.callbacks:
            getattr(cb, hook)(self, *args)

    def training_step(self, x, y):
        self.optimizer.zero_grad()
        loss = F.cross_entropy(self.model(x), y, label_smoothing=0.05)
        loss.backward()
        nn.utils.clip_grad_norm_(self.model.parameters(), self.cfg["grad_clip"])
        self.optimizer.step()
        return loss.item()

    @torch.no_grad()
    def validation_loop(self, sessions):
        correct, total, nll = 0, 0, 0.0
        per_class = collections.Counter()
        per_class_ok = collections.Counter()
        for x, y in batches(sessions, self.cfg["batch_size"], shuffle=False):
            logits = self.model(x)
            nll += F.cross_entropy(logits, y, reduction="sum").item()
            pred = logits.argmax(-1)
            correct += (pred == y).sum().item()
            total += len(y)
            for t, p in zip(y.tolist(), pred.tolist()):
                per_class[t] += 1
                per_class_ok[t] += int(t == p)
        recalls = [per_class_ok[c] / per_class[c] for c in per_class]
        return {"accuracy": correct / total, "nll": nll / total,
                "balanced_acc": statistics.mean(recalls) if recalls else 0.0}

    def fit(self, train_sessions, val_sessions):
        rng = random.Random(self.cfg["seed"])
        self._fire("on_fit_start")
        for self.epoch in range(self.cfg["epochs"]):
            self.model.train()
            for x, y in batches(train_sessions, self.cfg["batch_size"], shuffle=True, rng=rng):
                self.step += 1
                self._fire("on_batch_end", self.training_step(x, y))
            self.model.eval()
            metrics = self.validation_loop(val_sessions)
            self._fire("on_validation_end", metrics)
            self.model.train()
        self._fire("on_fit_end")
        return self.summary


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def parse_args(argv):
    p = argparse.ArgumentParser(description="temperament classifier")
    p.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    p.add_argument("--hidden", type=int, default=CONFIG["hidden"])
    p.add_argument("--no-saliency", action="store_true")
    p.add_argument("--quiet", action="store_true")
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv if argv is not None else [])
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="%(levelname)s %(name)s: %(message)s")
    cfg = dict(CONFIG, epochs=args.epochs, hidden=args.hidden)
    torch.manual_seed(cfg["seed"])

    train_sessions = build_dataset(cfg["n_train"], cfg, seed=1)
    val_sessions = build_dataset(cfg["n_val"], cfg, seed=2)
    probe = collate(val_sessions[:4])

    model = TemperamentClassifier(cfg["features"], cfg["hidden"], len(TEMPERAMENTS), cfg["dropout"])
    callbacks = [ConsoleLogger(cfg["log_every"]), Timer(), BestTracker(),
                 ConfusionReport(val_sessions, cfg["batch_size"])]
    saliency = None
    if not args.no_saliency:
        saliency = IntervalSaliency(probe)
        callbacks.append(saliency)

    trainer = Trainer(model, cfg, callbacks)
    summary = trainer.fit(train_sessions, val_sessions)
    log.info("best epoch %s, %.2fs", summary.get("best_epoch"), summary.get("seconds", 0.0))
    if saliency is not None and saliency.history:
        drift = (saliency.history[-1] - saliency.history[0]).abs().sum().item()
        log.info("saliency drift over training %.4f", drift)
    return 0


if __name__ == "__main__":
    sys.exit(main())
