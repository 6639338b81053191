# expect: clean
"""Sawyers' blade drift: predict how far a pit-saw cut wanders from the line,
from the stroke log (stroke length, force, tooth set, timber moisture).

Research script: mean-teacher consistency training with an EMA teacher,
callbacks registered in a list (metrics, relevance maps, early stopping that
reloads the best weights), then test-time training on each evaluation batch.
"""
import argparse
import copy
import io
import logging
import math
import random
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("sawpit")

CONFIG = {
    "seed": 41,
    "features": 4,
    "steps": 8,
    "hidden": 10,
    "batch": 5,
    "labelled_batches": 4,
    "unlabelled_batches": 4,
    "val_batches": 2,
    "epochs": 3,
    "lr": 4e-3,
    "ema_decay": 0.9,
    "consistency_weight": 0.5,
    "noise": 0.05,
    "patience": 3,
    "ttt_steps": 2,
    "ttt_lr": 1e-3,
}


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def stroke_log(batch, steps, features):
    x = torch.rand(batch, steps, features)
    drift = (x[..., 1] - 0.5).cumsum(1)[:, -1] * 0.5 + 0.3 * x[..., 3].mean(1)
    return x, drift


def build_splits(cfg):
    mk = lambda n: [stroke_log(cfg["batch"], cfg["steps"], cfg["features"]) for _ in range(n)]  # noqa: E731
    labelled = mk(cfg["labelled_batches"])
    unlabelled = [x for x, _ in mk(cfg["unlabelled_batches"])]
    return labelled, unlabelled, mk(cfg["val_batches"])


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------

class DriftModel(nn.Module):
    def __init__(self, features, hidden):
        super().__init__()
        self.embed = nn.Linear(features, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.relu(self.embed(x)))
        return self.out(self.drop(h[:, -1])).squeeze(-1)


class EMATeacher:
    def __init__(self, student, decay):
        self.model = copy.deepcopy(student)
        self.model.eval()
        for p in self.model.parameters():
            p.requires_grad_(False)
        self.decay = decay

    @torch.no_grad()
    def update(self, student):
        for t, s in zip(self.model.parameters(), student.parameters()):
            t.mul_(self.decay).add_(s.detach(), alpha=1 - self.decay)

    @torch.no_grad()
    def __call__(self, x):
        return self.model(x)


def jitter(x, scale):
    return x + scale * torch.randn_like(x)


# ---------------------------------------------------------------------------
# callbacks
# ---------------------------------------------------------------------------

class Callback:
    def on_epoch_end(self, trainer, epoch):
        pass

    def on_validation_end(self, trainer, metrics):
        pass

    def on_fit_end(self, trainer):
        pass


class MetricsLogger(Callback):
    def __init__(self):
        self.rows = []

    def on_validation_end(self, trainer, metrics):
        self.rows.append(dict(metrics))
        log.info("val " + " ".join(f"{k}={v:.4f}" for k, v in metrics.items()))


class RelevanceCallback(Callback):
    """Gradient x input relevance of each stroke feature on one validation batch.

    The model is in eval mode here (validation just ran); the relevance pass
    is run with cuDNN switched off.
    """

    def __init__(self, batch):
        self.batch = batch
        self.maps = []

    def on_validation_end(self, trainer, metrics):
        x, _ = self.batch
        x = x.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            out = trainer.model(x).sum()
            (g,) = torch.autograd.grad(out, x)
        rel = (g * x).detach().abs().mean(dim=(0, 1))
        self.maps.append(rel)
        log.info("relevance per feature %s", [round(v, 4) for v in rel.tolist()])


class EarlyStopping(Callback):
    def __init__(self, patience):
        self.patience = patience
        self.best = math.inf
        self.best_state = None
        self.wait = 0

    def on_validation_end(self, trainer, metrics):
        if metrics["mae"] < self.best:
            self.best = metrics["mae"]
            buf = io.BytesIO()
            torch.save(trainer.model.state_dict(), buf)
            self.best_state = buf.getvalue()
            self.wait = 0
        else:
            self.wait += 1
            trainer.should_stop = self.wait >= self.patience

    def on_fit_end(self, trainer):
        if self.best_state is not None:
            trainer.model.load_state_dict(torch.load(io.BytesIO(self.best_state)))
            log.info("reloaded best weights (mae %.4f)", self.best)


# ---------------------------------------------------------------------------
# trainer
# ---------------------------------------------------------------------------

class MeanTeacherTrainer:
    def __init__(self, model, cfg, callbacks=()):
        self.model = model
        self.cfg = cfg
        self.teacher = EMATeacher(model, cfg["ema_decay"])
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
        self.callbacks = list(callbacks)
        self.should_stop = False

    def _emit(self, hook, *args):
        for cb in self.callbacks:
            getattr(cb, hook)(self, *args)

    def train_epoch(self, labelled, unlabelled):
        self.model.train()
        losses = []
        for (x, y), xu in zip(labelled, unlabelled):
            sup = F.mse_loss(self.model(jitter(x, self.cfg["noise"])), y)
            target = self.teacher(jitter(xu, self.cfg["noise"]))
            cons = F.mse_loss(self.model(jitter(xu, self.cfg["noise"])), target)
            loss = sup + self.cfg["consistency_weight"] * cons
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            self.teacher.update(self.model)
            losses.append(loss.item())
        return statistics.mean(losses)

    @torch.no_grad()
    def validate(self, batches):
        self.model.eval()
        preds = torch.cat([self.model(x) for x, _ in batches])
        target = torch.cat([y for _, y in batches])
        t_preds = torch.cat([self.teacher(x) for x, _ in batches])
        return {
            "mae": (preds - target).abs().mean().item(),
            "rmse": (preds - target).pow(2).mean().sqrt().item(),
            "teacher_mae": (t_preds - target).abs().mean().item(),
        }

    def fit(self, labelled, unlabelled, val, epochs):
        for epoch in range(epochs):
            t0 = time.time()
            loss = self.train_epoch(labelled, unlabelled)
            log.info("epoch %d loss %.4f (%.2fs)", epoch, loss, time.time() - t0)
            self._emit("on_epoch_end", epoch)
            self._emit("on_validation_end", self.validate(val))
            if self.should_stop:
                log.info("stopping early after epoch %d", epoch)
                break
        self._emit("on_fit_end")
        return self.model


# ---------------------------------------------------------------------------
# test-time training
# ---------------------------------------------------------------------------

def reconstruction_loss(model, x):
    """Self-supervised TTT objective: predictions agree under stroke jitter."""
    a = model(jitter(x, 0.05))
    b = model(jitter(x, 0.05))
    return F.mse_loss(a, b)


def test_time_train(model, batches, cfg):
    """Adapt a fresh copy of the deployed model to each batch, then predict."""
    model.eval()
    maes = []
    for x, y in batches:
        adapted = copy.deepcopy(model)
        adapted.train()
        opt = torch.optim.SGD(adapted.parameters(), lr=cfg["ttt_lr"])
        for _ in range(cfg["ttt_steps"]):
            loss = reconstruction_loss(adapted, x)
            opt.zero_grad()
            loss.backward()
            opt.step()
        adapted.eval()
        with torch.no_grad():
            maes.append((adapted(x) - y).abs().mean().item())
    return statistics.mean(maes)


def plain_eval(model, batches):
    model.eval()
    with torch.no_grad():
        return statistics.mean((model(x) - y).abs().mean().item() for x, y in batches)


# ---------------------------------------------------------------------------
# entry
# ---------------------------------------------------------------------------

def describe_config(cfg):
    """One log line per setting, sorted, so runs can be diffed by eye."""
    width = max(len(k) for k in cfg)
    for key in sorted(cfg):
        log.info("  %s = %r", key.ljust(width), cfg[key])


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description="pit-saw drift, mean teacher + TTT")
    p.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    p.add_argument("--no-ttt", action="store_true")
    p.add_argument("--consistency-weight", type=float, default=CONFIG["consistency_weight"])
    p.add_argument("--log-level", default="INFO")
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level), format="%(levelname)s %(name)s: %(message)s")
    cfg = dict(CONFIG, epochs=args.epochs, consistency_weight=args.consistency_weight)
    seed_everything(cfg["seed"])
    labelled, unlabelled, val = build_splits(cfg)

    describe_config(cfg)
    model = DriftModel(cfg["features"], cfg["hidden"])
    log.info("model has %d trainable parameters", count_parameters(model))
    metrics_cb = MetricsLogger()
    relevance_cb = RelevanceCallback(val[0])
    trainer = MeanTeacherTrainer(model, cfg, callbacks=[metrics_cb, relevance_cb, EarlyStopping(cfg["patience"])])
    trainer.fit(labelled, unlabelled, val, cfg["epochs"])

    base = plain_eval(model, val)
    print(f"plain val mae {base:.4f}")
    if not args.no_ttt:
        ttt = test_time_train(model, val, cfg)
        print(f"test-time-trained val mae {ttt:.4f}")
    print(f"logged {len(metrics_cb.rows)} validations, {len(relevance_cb.maps)} relevance maps")


if __name__ == "__main__":
    main()
