# expect: crash
"""
girthmaker -- harness-girth strain classifier with test-time training (TTT).

A shared LSTM encoder feeds a main classification head and an auxiliary
self-supervised head that predicts the next strain reading. During training
both losses are optimised jointly. At test time, for every test batch the
model is reset to the trained weights and adapted for a few steps on the
auxiliary loss of that batch alone before predicting.

Usage:
    python girthmaker_ttt_research.py --ttt-steps 2 --ttt-lr 1e-3
"""
import argparse
import copy
import logging
import random
import statistics
import time
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("girthmaker.ttt")

BASE_CONFIG = {
    "seed": 31,
    "channels": 2,
    "seq_len": 9,
    "hidden": 10,
    "n_classes": 3,
    "batch": 5,
    "train_batches": 3,
    "test_batches": 2,
    "epochs": 2,
    "lr": 4e-3,
    "aux_weight": 0.5,
    "ttt_steps": 2,
    "ttt_lr": 1e-3,
    "shift": 0.4,
}


# ---------------------------------------------------------------------------
# bookkeeping
# ---------------------------------------------------------------------------

@dataclass
class RunStats:
    train_loss: list = field(default_factory=list)
    train_aux: list = field(default_factory=list)
    test_acc_plain: list = field(default_factory=list)
    test_acc_ttt: list = field(default_factory=list)
    ttt_aux_drop: list = field(default_factory=list)

    def summary(self):
        def mean(v):
            return round(statistics.mean(v), 4) if v else float("nan")
        return {
            "train_loss": mean(self.train_loss[-self_len(self.train_loss):]),
            "train_aux": mean(self.train_aux),
            "acc_plain": mean(self.test_acc_plain),
            "acc_ttt": mean(self.test_acc_ttt),
            "aux_drop": mean(self.ttt_aux_drop),
        }


def self_len(v):
    return max(1, len(v) // 2)


def seed_all(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def init_logging(quiet):
    logging.basicConfig(level=logging.WARNING if quiet else logging.INFO,
                        format="%(name)s:%(lineno)d %(message)s")


class Timer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        logger.info("%s took %.3fs", self.name, time.perf_counter() - self.t0)
        return False


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------

def strain_batch(cfg, shift=0.0):
    y = torch.randint(0, cfg["n_classes"], (cfg["batch"],))
    t = torch.arange(cfg["seq_len"] + 1).float()
    slope = (y.float() - 1).view(-1, 1, 1) * 0.2
    x = slope * t.view(1, -1, 1) + 0.2 * torch.randn(cfg["batch"], cfg["seq_len"] + 1, cfg["channels"])
    x = x + shift
    return x[:, :-1], x[:, 1:], y


def make_loader(cfg, n, shift=0.0):
    return [strain_batch(cfg, shift) for _ in range(n)]


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------

class Encoder(nn.Module):
    def __init__(self, channels, hidden):
        super().__init__()
        self.lstm = nn.LSTM(channels, hidden, batch_first=True)

    def forward(self, x):
        out, _ = self.lstm(x)
        return out


class AuxHead(nn.Module):
    def __init__(self, hidden, channels, p=0.1):
        super().__init__()
        self.drop = nn.Dropout(p)
        self.fc = nn.Linear(hidden, channels)

    def forward(self, h):
        return self.fc(self.drop(h))


class StrainModel(nn.Module):
    def __init__(self, channels, hidden, n_classes):
        super().__init__()
        self.encoder = Encoder(channels, hidden)
        self.main_head = nn.Linear(hidden, n_classes)
        self.aux_head = AuxHead(hidden, channels)

    def forward(self, x):
        h = self.encoder(x)
        return self.main_head(h[:, -1]), self.aux_head(h)


def aux_loss(pred_next, target_next):
    return F.smooth_l1_loss(pred_next, target_next)


def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def prediction_entropy(logits):
    p = F.softmax(logits, -1)
    return -(p * p.clamp_min(1e-8).log()).sum(-1).mean().item()


def confusion(logits, y, n_classes):
    m = torch.zeros(n_classes, n_classes, dtype=torch.long)
    for t, q in zip(y.tolist(), logits.argmax(-1).tolist()):
        m[t, q] += 1
    return m


def format_confusion(m):
    header = "     " + " ".join(f"p{j:<3d}" for j in range(m.size(1)))
    rows = [header]
    for i in range(m.size(0)):
        rows.append(f"t{i:<3d} " + " ".join(f"{v:<4d}" for v in m[i].tolist()))
    return "\n".join(rows)


def parameter_drift(before, model):
    total = 0.0
    for k, v in model.state_dict().items():
        total += (v.float() - before[k].float()).pow(2).sum().item()
    return total ** 0.5


# ---------------------------------------------------------------------------
# training
# ---------------------------------------------------------------------------

def train(model, loader, cfg, stats):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    for epoch in range(cfg["epochs"]):
        model.train()
        for x, nxt, y in loader:
            logits, pred_next = model(x)
            l_main = F.cross_entropy(logits, y)
            l_aux = aux_loss(pred_next, nxt)
            loss = l_main + cfg["aux_weight"] * l_aux
            opt.zero_grad()
            loss.backward()
            opt.step()
            stats.train_loss.append(loss.item())
            stats.train_aux.append(l_aux.item())
        logger.info("epoch %d loss %.4f aux %.4f", epoch, stats.train_loss[-1], stats.train_aux[-1])
    return model


@torch.no_grad()
def predict(model, x):
    model.eval()
    logits, _ = model(x)
    return logits


# ---------------------------------------------------------------------------
# test-time training
# ---------------------------------------------------------------------------

def ttt_adapt(model, x, nxt, cfg):
    """Adapt the encoder on the self-supervised loss of one test batch.

    Only the encoder is updated; dropout in the auxiliary head is switched
    back on so the adaptation objective matches the training objective.
    """
    model.aux_head.train()
    params = list(model.encoder.parameters())
    opt = torch.optim.SGD(params, lr=cfg["ttt_lr"])
    first = last = None
    for step in range(cfg["ttt_steps"]):
        _, pred_next = model(x)
        loss = aux_loss(pred_next, nxt)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        first = loss.item() if first is None else first
        last = loss.item()
    return first - last


def test(model, loader, cfg, stats):
    snapshot = copy.deepcopy(model.state_dict())
    for i, (x, nxt, y) in enumerate(loader):
        model.load_state_dict(snapshot)
        stats.test_acc_plain.append(accuracy(predict(model, x), y))
        drop = ttt_adapt(model, x, nxt, cfg)
        stats.ttt_aux_drop.append(drop)
        logits = predict(model, x)
        stats.test_acc_ttt.append(accuracy(logits, y))
        logger.info("drift %.5f entropy %.3f", parameter_drift(snapshot, model), prediction_entropy(logits))
        logger.debug("confusion\n%s", format_confusion(confusion(logits, y, cfg["n_classes"])))
        logger.info("test batch %d plain %.3f ttt %.3f", i, stats.test_acc_plain[-1], stats.test_acc_ttt[-1])
    model.load_state_dict(snapshot)


# ---------------------------------------------------------------------------
# cli
# ---------------------------------------------------------------------------

def parse(argv=None):
    ap = argparse.ArgumentParser(description="girthmaker TTT experiment")
    ap.add_argument("--epochs", type=int, default=BASE_CONFIG["epochs"])
    ap.add_argument("--ttt-steps", type=int, default=BASE_CONFIG["ttt_steps"])
    ap.add_argument("--ttt-lr", type=float, default=BASE_CONFIG["ttt_lr"])
    ap.add_argument("--shift", type=float, default=BASE_CONFIG["shift"])
    ap.add_argument("--aux-weight", type=float, default=BASE_CONFIG["aux_weight"])
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args(argv)


def config_from(args):
    cfg = dict(BASE_CONFIG)
    cfg["epochs"] = args.epochs
    cfg["ttt_steps"] = args.ttt_steps
    cfg["ttt_lr"] = args.ttt_lr
    cfg["shift"] = args.shift
    cfg["aux_weight"] = args.aux_weight
    return cfg


def describe(model):
    lines = []
    for name, mod in model.named_children():
        n = sum(p.numel() for p in mod.parameters())
        lines.append(f"{name}: {type(mod).__name__} ({n} params)")
    return "; ".join(lines)


def main(argv=None):
    args = parse(argv)
    init_logging(args.quiet)
    cfg = config_from(args)
    seed_all(cfg["seed"])
    stats = RunStats()

    model = StrainModel(cfg["channels"], cfg["hidden"], cfg["n_classes"])
    logger.info("model %s", describe(model))
    train_loader = make_loader(cfg, cfg["train_batches"])
    test_loader = make_loader(cfg, cfg["test_batches"], shift=cfg["shift"])

    with Timer("training"):
        train(model, train_loader, cfg, stats)
    with Timer("test-time training"):
        test(model, test_loader, cfg, stats)
    print(stats.summary())


if __name__ == "__main__":
    main()
