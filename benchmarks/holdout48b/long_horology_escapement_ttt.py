# expect: crash
"""Escapement fault detection for mechanical watches, with test-time training.

Research code for classifying beat-error traces recorded on a timegrapher into
{healthy, worn pallet, weak mainspring, magnetised hairspring}. The encoder is a
GRU trained jointly with a self-supervised auxiliary task (predict the next beat
interval). At test time each batch first takes one gradient step on the
auxiliary loss ("TTT"), then is classified, and the weights are reset.
"""
import argparse
import copy
import logging
import math
import random
import statistics
import sys
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("escapement")

CLASSES = ("healthy", "worn_pallet", "weak_mainspring", "magnetised")

CONFIG = {
    "beats": 10,
    "channels": 2,
    "hidden": 10,
    "aux_weight": 0.3,
    "lr": 4e-3,
    "ttt_lr": 1e-3,
    "ttt_steps": 1,
    "epochs": 2,
    "batch": 5,
    "train_size": 30,
    "test_size": 10,
    "shift": 0.6,
}


# --------------------------------------------------------------------------
# data generation
# --------------------------------------------------------------------------
def beat_trace(kind, beats, shift=0.0):
    base = torch.full((beats,), 0.2)  # seconds per beat at 18000 bph
    noise = 0.003 * torch.randn(beats)
    if kind == 1:
        base = base + 0.004 * torch.sign(torch.sin(torch.arange(beats) * math.pi / 2))
    elif kind == 2:
        base = base + torch.linspace(0, 0.01, beats)
    elif kind == 3:
        base = base + 0.006 * torch.randn(beats)
    amplitude = torch.full((beats,), 1.0) - 0.1 * kind + shift * 0.05
    return torch.stack([base + noise, amplitude], dim=-1)


def make_split(n, cfg, shift=0.0):
    xs, ys = [], []
    for _ in range(n):
        k = random.randrange(len(CLASSES))
        xs.append(beat_trace(k, cfg["beats"], shift))
        ys.append(k)
    return torch.stack(xs), torch.tensor(ys)


def iterate(x, y, bs, shuffle=False):
    order = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), bs):
        j = order[i:i + bs]
        yield x[j], y[j]


# --------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------
class EscapementNet(nn.Module):
    def __init__(self, channels, hidden, n_cls):
        super().__init__()
        self.embed = nn.Linear(channels, hidden)
        self.encoder = nn.GRU(hidden, hidden, batch_first=True)
        self.cls_head = nn.Linear(hidden, n_cls)
        self.aux_head = nn.Linear(hidden, 1)

    def encode(self, x):
        h, _ = self.encoder(torch.relu(self.embed(x)))
        return h

    def forward(self, x):
        return self.cls_head(self.encode(x)[:, -1])

    def aux_loss(self, x):
        h = self.encode(x[:, :-1])
        pred = self.aux_head(h).squeeze(-1)
        return F.mse_loss(pred, x[:, 1:, 0] * 10)


# --------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------
@dataclass
class Confusion:
    n: int
    table: list = field(default_factory=list)

    def __post_init__(self):
        self.table = [[0] * self.n for _ in range(self.n)]

    def add(self, pred, target):
        for p, t in zip(pred.tolist(), target.tolist()):
            self.table[t][p] += 1

    def accuracy(self):
        total = sum(map(sum, self.table))
        return sum(self.table[i][i] for i in range(self.n)) / max(total, 1)

    def per_class_recall(self):
        out = {}
        for i, name in enumerate(CLASSES[: self.n]):
            row = sum(self.table[i])
            out[name] = self.table[i][i] / row if row else float("nan")
        return out

    def render(self):
        lines = ["true\\pred " + " ".join(f"{c[:6]:>7}" for c in CLASSES)]
        for i, row in enumerate(self.table):
            lines.append(f"{CLASSES[i][:9]:>9} " + " ".join(f"{v:>7}" for v in row))
        return "\n".join(lines)


# --------------------------------------------------------------------------
# training
# --------------------------------------------------------------------------
def train_epoch(model, opt, data, cfg):
    model.train()
    losses = []
    for x, y in iterate(*data, cfg["batch"], shuffle=True):
        opt.zero_grad()
        loss = F.cross_entropy(model(x), y) + cfg["aux_weight"] * model.aux_loss(x)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return statistics.mean(losses)


@torch.no_grad()
def plain_eval(model, data, cfg):
    model.eval()
    conf = Confusion(len(CLASSES))
    for x, y in iterate(*data, cfg["batch"]):
        conf.add(model(x).argmax(-1), y)
    return conf


class TestTimeTrainer:
    """One self-supervised step per test batch, then predict, then reset."""

    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.snapshot = copy.deepcopy(model.state_dict())

    def reset(self):
        self.model.load_state_dict(self.snapshot)

    def adapt(self, x):
        opt = torch.optim.SGD(self.model.encoder.parameters(), lr=self.cfg["ttt_lr"])
        for _ in range(self.cfg["ttt_steps"]):
            opt.zero_grad()
            loss = self.model.aux_loss(x)
            loss.backward()  # TM001-here
            opt.step()
        return loss.item()

    def predict(self, x):
        with torch.no_grad():
            return self.model(x).argmax(-1)

    def run(self, data):
        conf = Confusion(len(CLASSES))
        aux = []
        for x, y in iterate(*data, self.cfg["batch"]):
            aux.append(self.adapt(x))
            conf.add(self.predict(x), y)
            self.reset()
        return conf, statistics.mean(aux)


# --------------------------------------------------------------------------
# reporting helpers
# --------------------------------------------------------------------------
def expected_calibration_error(probs, target, n_bins=5):
    conf, pred = probs.max(-1)
    edges = torch.linspace(0, 1, n_bins + 1)
    ece = torch.zeros(())
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (conf > lo) & (conf <= hi)
        if mask.any():
            acc = (pred[mask] == target[mask]).float().mean()
            ece = ece + mask.float().mean() * (conf[mask].mean() - acc).abs()
    return ece.item()


@torch.no_grad()
def calibration_report(model, data, cfg):
    model.eval()
    probs, ys = [], []
    for x, y in iterate(*data, cfg["batch"]):
        probs.append(F.softmax(model(x), -1))
        ys.append(y)
    return expected_calibration_error(torch.cat(probs), torch.cat(ys))


def bootstrap_ci(values, n_boot=200, alpha=0.1, seed=0):
    rng = random.Random(seed)
    if not values:
        return float("nan"), float("nan")
    means = []
    for _ in range(n_boot):
        sample = [rng.choice(values) for _ in values]
        means.append(sum(sample) / len(sample))
    means.sort()
    lo = means[int(alpha / 2 * n_boot)]
    hi = means[int((1 - alpha / 2) * n_boot) - 1]
    return lo, hi


def per_batch_hits(conf_fn, data, cfg):
    hits = []
    for x, y in iterate(*data, cfg["batch"]):
        hits.extend((conf_fn(x) == y).float().tolist())
    return hits


def summary_table(rows):
    width = max(len(r[0]) for r in rows)
    out = []
    for name, value in rows:
        if isinstance(value, float):
            out.append(f"{name:<{width}}  {value:8.4f}")
        else:
            out.append(f"{name:<{width}}  {value!s:>8}")
    return "\n".join(out)


def describe_model(model):
    lines = []
    for name, mod in model.named_children():
        n = sum(p.numel() for p in mod.parameters())
        lines.append(f"{name:<10} {type(mod).__name__:<8} {n:>6} params")
    return "\n".join(lines)


# --------------------------------------------------------------------------
# entry point
# --------------------------------------------------------------------------
def get_args(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    p.add_argument("--shift", type=float, default=CONFIG["shift"])
    p.add_argument("--ttt-steps", type=int, default=CONFIG["ttt_steps"])
    p.add_argument("--seed", type=int, default=12)
    p.add_argument("--quiet", action="store_true")
    return p.parse_args(argv)


def main(argv):
    args = get_args(argv)
    cfg = dict(CONFIG, epochs=args.epochs, shift=args.shift, ttt_steps=args.ttt_steps)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="[%(levelname)s] %(message)s")
    random.seed(args.seed)
    torch.manual_seed(args.seed)

    train = make_split(cfg["train_size"], cfg)
    test = make_split(cfg["test_size"], cfg, shift=cfg["shift"])

    model = EscapementNet(cfg["channels"], cfg["hidden"], len(CLASSES))
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    for epoch in range(cfg["epochs"]):
        loss = train_epoch(model, opt, train, cfg)
        logger.info("epoch %d loss %.4f", epoch, loss)

    logger.info("model:\n%s", describe_model(model))
    base = plain_eval(model, test, cfg)
    ece = calibration_report(model, test, cfg)
    hits = per_batch_hits(lambda x: model(x).argmax(-1), test, cfg)
    lo, hi = bootstrap_ci(hits)
    logger.info("no-TTT accuracy %.3f [%.3f, %.3f] ece %.3f", base.accuracy(), lo, hi, ece)
    logger.info("\n%s", base.render())

    ttt = TestTimeTrainer(model, cfg)
    conf, aux = ttt.run(test)
    logger.info("TTT accuracy %.3f (aux %.4f)", conf.accuracy(), aux)
    for name, rec in conf.per_class_recall().items():
        logger.info("  recall %-16s %.3f", name, rec)
    print(summary_table([("base_acc", base.accuracy()), ("ttt_acc", conf.accuracy()),
                         ("ece", ece), ("aux", aux), ("ttt_steps", cfg["ttt_steps"])]))
    return 0


if __name__ == "__main__":
    sys.exit(main([]))
