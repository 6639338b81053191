# expect: crash
"""OBD-II fault classification for a mobile mechanic's diagnostic dongle.

Sensor streams (RPM, coolant temperature, fuel trim, O2 voltage, speed) are
classified into fault families.  The deployed cars differ from the ones in the
workshop data (sensor drift), so the model uses test-time training: a shared
LSTM encoder with a classification head and a self-supervised head that
predicts the next reading.  At test time every batch adapts the encoder on the
self-supervised loss for a couple of steps, predicts, then the encoder is reset.

Usage:
    python mechanic_obd_ttt_long.py --epochs 2 --ttt-steps 2
"""
import argparse
import copy
import logging
import os
import random
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("obd.ttt")

FAULTS = ["healthy", "misfire", "lean_mixture", "thermostat", "o2_sensor"]
SENSORS = ["rpm", "coolant", "fuel_trim", "o2_v", "speed"]

CFG = {
    "seed": 3,
    "seq_len": 12,
    "hidden": 16,
    "batch": 6,
    "train_batches": 4,
    "test_batches": 2,
    "epochs": 2,
    "lr": 4e-3,
    "ssl_weight": 0.5,
    "ttt_steps": 2,
    "ttt_lr": 1e-3,
    "drift": 0.4,
}


# --------------------------------------------------------------------------
# cli / config
# --------------------------------------------------------------------------
def get_args(argv=None):
    ap = argparse.ArgumentParser(description="OBD fault classifier with test-time training")
    ap.add_argument("--epochs", type=int, default=CFG["epochs"])
    ap.add_argument("--ttt-steps", type=int, default=CFG["ttt_steps"])
    ap.add_argument("--ttt-lr", type=float, default=CFG["ttt_lr"])
    ap.add_argument("--drift", type=float, default=CFG["drift"])
    ap.add_argument("--no-ttt", action="store_true", help="plain evaluation only")
    ap.add_argument("--log-level", default=os.environ.get("OBD_LOG", "INFO"))
    return ap.parse_args(argv)


def configure(args):
    cfg = dict(CFG)
    cfg.update(epochs=args.epochs, ttt_steps=args.ttt_steps, ttt_lr=args.ttt_lr, drift=args.drift)
    cfg["use_ttt"] = not args.no_ttt
    return cfg


def setup_logging(level):
    logging.basicConfig(stream=sys.stdout, level=getattr(logging, level.upper(), logging.INFO),
                        format="[%(asctime)s] %(levelname)-7s %(message)s", datefmt="%H:%M:%S")


# --------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------
class OBDStream:
    """Synthetic sensor streams with a fault-dependent signature."""

    SIGNATURE = {
        "healthy": [0.0, 0.0, 0.0, 0.0, 0.0],
        "misfire": [0.8, 0.0, 0.2, -0.3, -0.2],
        "lean_mixture": [0.1, 0.1, 0.9, -0.6, 0.0],
        "thermostat": [0.0, -0.9, 0.1, 0.0, 0.0],
        "o2_sensor": [0.0, 0.0, 0.3, 0.9, 0.0],
    }

    def __init__(self, seq_len, seed, drift=0.0):
        self.seq_len = seq_len
        self.drift = drift
        self.g = torch.Generator().manual_seed(seed)

    def sample(self, n):
        y = torch.randint(0, len(FAULTS), (n,), generator=self.g)
        sig = torch.tensor([self.SIGNATURE[FAULTS[i]] for i in y.tolist()])
        t = torch.linspace(0, 1, self.seq_len).view(1, -1, 1)
        base = torch.sin(6.0 * t + torch.rand(n, 1, len(SENSORS), generator=self.g))
        x = base + sig.unsqueeze(1) * t + 0.1 * torch.randn(n, self.seq_len, len(SENSORS), generator=self.g)
        if self.drift:
            x = x * (1 + self.drift) + self.drift
        return x, y


def batches(stream, n_batches, batch):
    return [stream.sample(batch) for _ in range(n_batches)]


# --------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------
class Encoder(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.norm = nn.LayerNorm(n_in)
        self.lstm = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True, dropout=0.1)

    def forward(self, x):
        h, _ = self.lstm(self.norm(x))
        return h


class TTTModel(nn.Module):
    def __init__(self, n_in, hidden, n_cls):
        super().__init__()
        self.encoder = Encoder(n_in, hidden)
        self.cls_head = nn.Linear(hidden, n_cls)
        self.ssl_head = nn.Linear(hidden, n_in)

    def forward(self, x):
        h = self.encoder(x)
        return self.cls_head(h[:, -1]), self.ssl_head(h[:, :-1])


def ssl_loss(pred_next, x):
    return F.mse_loss(pred_next, x[:, 1:])


# --------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------
class Confusion:
    def __init__(self, n):
        self.m = torch.zeros(n, n, dtype=torch.long)

    def add(self, pred, target):
        for p, t in zip(pred.tolist(), target.tolist()):
            self.m[t, p] += 1

    def accuracy(self):
        return float(self.m.diag().sum()) / max(int(self.m.sum()), 1)

    def per_class_recall(self):
        rows = self.m.sum(1).clamp(min=1)
        return {FAULTS[i]: round(float(self.m[i, i]) / float(rows[i]), 3) for i in range(len(FAULTS))}

    def render(self):
        head = "true\\pred " + " ".join(f"{f[:5]:>5}" for f in FAULTS)
        lines = [head]
        for i, f in enumerate(FAULTS):
            lines.append(f"{f[:9]:>9} " + " ".join(f"{int(v):>5}" for v in self.m[i]))
        return "\n".join(lines)


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.t0
        return False


def expected_calibration_error(probs, target, n_bins=5):
    conf, pred = probs.max(-1)
    correct = (pred == target).float()
    edges = torch.linspace(0, 1, n_bins + 1)
    ece = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (conf > lo) & (conf <= hi)
        if m.any():
            ece += m.float().mean().item() * abs(correct[m].mean().item() - conf[m].mean().item())
    return ece


def summarise_dataset(name, data):
    xs = torch.cat([x for x, _ in data])
    ys = torch.cat([y for _, y in data])
    means = {s: round(float(v), 3) for s, v in zip(SENSORS, xs.mean((0, 1)))}
    counts = {f: int((ys == i).sum()) for i, f in enumerate(FAULTS)}
    logger.info("%s: %d sequences, sensor means %s", name, xs.size(0), means)
    logger.debug("%s: label counts %s", name, counts)
    return means


def drift_report(src_means, tgt_means):
    return {s: round(tgt_means[s] - src_means[s], 3) for s in SENSORS}


@torch.no_grad()
def calibration(model, data):
    model.eval()
    probs, ys = [], []
    for x, y in data:
        logits, _ = model(x)
        probs.append(F.softmax(logits, -1))
        ys.append(y)
    return expected_calibration_error(torch.cat(probs), torch.cat(ys))


# --------------------------------------------------------------------------
# training
# --------------------------------------------------------------------------
def train(model, data, cfg):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    for epoch in range(cfg["epochs"]):
        model.train()
        tot_cls = tot_ssl = 0.0
        for x, y in data:
            logits, nxt = model(x)
            l_cls = F.cross_entropy(logits, y)
            l_ssl = ssl_loss(nxt, x)
            loss = l_cls + cfg["ssl_weight"] * l_ssl
            opt.zero_grad()
            loss.backward()
            opt.step()
            tot_cls += l_cls.item()
            tot_ssl += l_ssl.item()
        logger.info("epoch %d cls %.4f ssl %.4f", epoch, tot_cls / len(data), tot_ssl / len(data))
    return model


@torch.no_grad()
def evaluate_plain(model, data):
    model.eval()
    conf = Confusion(len(FAULTS))
    for x, y in data:
        logits, _ = model(x)
        conf.add(logits.argmax(-1), y)
    return conf


# --------------------------------------------------------------------------
# test-time training
# --------------------------------------------------------------------------
def ttt_adapt(model, x, steps, lr):
    """Adapt the encoder on the self-supervised loss of one test batch."""
    opt = torch.optim.SGD(model.encoder.parameters(), lr=lr)
    for _ in range(steps):
        _, nxt = model(x)
        loss = ssl_loss(nxt, x)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def evaluate_ttt(model, data, cfg):
    model.eval()
    pristine = copy.deepcopy(model.encoder.state_dict())
    conf = Confusion(len(FAULTS))
    ssl_after = []
    for x, y in data:
        ssl_after.append(ttt_adapt(model, x, cfg["ttt_steps"], cfg["ttt_lr"]))
        with torch.no_grad():
            logits, _ = model(x)
        conf.add(logits.argmax(-1), y)
        model.encoder.load_state_dict(pristine)
    return conf, sum(ssl_after) / len(ssl_after)


# --------------------------------------------------------------------------
# entry point
# --------------------------------------------------------------------------
def main(argv=None):
    args = get_args(argv)
    setup_logging(args.log_level)
    cfg = configure(args)
    random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])

    workshop = OBDStream(cfg["seq_len"], seed=cfg["seed"])
    roadside = OBDStream(cfg["seq_len"], seed=cfg["seed"] + 100, drift=cfg["drift"])
    train_data = batches(workshop, cfg["train_batches"], cfg["batch"])
    test_data = batches(roadside, cfg["test_batches"], cfg["batch"])

    src = summarise_dataset("workshop", train_data)
    tgt = summarise_dataset("roadside", test_data)
    logger.info("sensor drift: %s", drift_report(src, tgt))

    model = TTTModel(len(SENSORS), cfg["hidden"], len(FAULTS))
    with Timer() as t:
        train(model, train_data, cfg)
    logger.info("training took %.2fs", t.elapsed)

    plain = evaluate_plain(model, test_data)
    logger.info("plain accuracy on drifted data: %.3f", plain.accuracy())
    logger.debug("\n%s", plain.render())
    logger.info("ECE on drifted data: %.4f", calibration(model, test_data))

    if cfg["use_ttt"]:
        with Timer() as t:
            conf, ssl_after = evaluate_ttt(model, test_data, cfg)
        logger.info("TTT accuracy %.3f (ssl %.4f, %.2fs)", conf.accuracy(), ssl_after, t.elapsed)
        logger.info("recall per fault: %s", conf.per_class_recall())
    print("done")


if __name__ == "__main__":
    main()
