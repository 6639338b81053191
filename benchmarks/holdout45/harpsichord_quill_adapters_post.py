# expect: clean
"""Harpsichord quill voicing: pluck-force traces -> voicing verdict.

Research script for the "voicing assistant" study.  Stage 1 pre-trains a
recurrent encoder on plucks from the workshop's reference instrument with a
jack-type auxiliary task.  Stage 2 freezes the encoder and fits a small
adapter plus a verdict head on a handful of plucks from a customer's
instrument (few-shot transfer).  Stage 3 reports metrics.

Usage (defaults are tiny so it finishes in seconds):
    python harpsichord_quill_adapters.py --stage all --shots 8
"""
import argparse
import copy
import json
import logging
import math
import random
import sys
import time
from collections import Counter, defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("voicing")

VERDICTS = ("too_light", "even", "too_heavy", "buzzing")
JACK_TYPES = ("plastic", "delrin", "crow_quill")

CONFIG = {
    "seed": 1717,
    "data": {
        "n_sensors": 4,          # force, lateral, tongue angle, damper contact
        "trace_len": 14,
        "ref_plucks": 48,
        "customer_plucks": 16,
        "noise": 0.15,
    },
    "encoder": {"hidden": 12, "layers": 2, "dropout": 0.1, "bidirectional": True},
    "pretrain": {"epochs": 2, "batch": 8, "lr": 3e-3, "aux_weight": 0.3},
    "adapter": {"position": "post", "width": 6, "lr": 1e-2, "epochs": 3, "batch": 4},
    "report": {"digits": 3},
}


# --------------------------------------------------------------------------- utils
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


def deep_update(base, overrides):
    out = copy.deepcopy(base)
    for key, val in overrides.items():
        if isinstance(val, dict) and isinstance(out.get(key), dict):
            out[key] = deep_update(out[key], val)
        else:
            out[key] = val
    return out


def parse_overrides(pairs):
    """`--set adapter.position=post` style overrides."""
    result = {}
    for pair in pairs or []:
        key, _, raw = pair.partition("=")
        try:
            val = json.loads(raw)
        except json.JSONDecodeError:
            val = raw
        node = result
        parts = key.split(".")
        for p in parts[:-1]:
            node = node.setdefault(p, {})
        node[parts[-1]] = val
    return result


class Timer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        LOG.debug("%s took %.3fs", self.name, time.perf_counter() - self.t0)
        return False


# --------------------------------------------------------------------------- data
def synth_plucks(n, cfg, shift=0.0):
    """Synthetic pluck traces; the verdict depends on the peak force and a buzz band."""
    L, S = cfg["trace_len"], cfg["n_sensors"]
    t = torch.linspace(0, 1, L)
    xs, verdicts, jacks = [], [], []
    for _ in range(n):
        peak = random.uniform(0.4, 1.6) + shift
        buzz = random.random() < 0.2
        base = peak * torch.exp(-((t - 0.3) ** 2) / 0.02)
        trace = torch.stack([base, 0.3 * base.roll(1), torch.sin(6 * t) * 0.1, (t > 0.6).float()], -1)[:, :S]
        if buzz:
            trace[:, 0] += 0.2 * torch.sin(40 * t)
        trace = trace + cfg["noise"] * torch.randn(L, S)
        xs.append(trace)
        if buzz:
            verdicts.append(3)
        elif peak < 0.8:
            verdicts.append(0)
        elif peak > 1.2:
            verdicts.append(2)
        else:
            verdicts.append(1)
        jacks.append(random.randrange(len(JACK_TYPES)))
    return torch.stack(xs), torch.tensor(verdicts), torch.tensor(jacks)


def batches(x, y, z, size, shuffle=True):
    idx = list(range(len(x)))
    if shuffle:
        random.shuffle(idx)
    for i in range(0, len(idx), size):
        j = idx[i:i + size]
        yield x[j], y[j], z[j]


# --------------------------------------------------------------------------- models
class PluckEncoder(nn.Module):
    def __init__(self, n_in, hidden, layers, dropout, bidirectional):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, num_layers=layers, dropout=dropout,
                           bidirectional=bidirectional, batch_first=True)
        self.out_dim = hidden * (2 if bidirectional else 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return torch.cat([h.mean(1), h.max(1).values], -1)


class PretrainNet(nn.Module):
    def __init__(self, encoder, n_verdicts, n_jacks):
        super().__init__()
        self.encoder = encoder
        self.verdict = nn.Linear(2 * encoder.out_dim, n_verdicts)
        self.jack = nn.Linear(2 * encoder.out_dim, n_jacks)

    def forward(self, x):
        z = self.encoder(x)
        return self.verdict(z), self.jack(z)


class Adapter(nn.Module):
    """Residual bottleneck adapter; zero-initialised up-projection."""

    def __init__(self, dim, width):
        super().__init__()
        self.down = nn.Linear(dim, width)
        self.up = nn.Linear(width, dim)
        nn.init.zeros_(self.up.weight)
        nn.init.zeros_(self.up.bias)

    def forward(self, x):
        return x + self.up(F.gelu(self.down(x)))


class TransferNet(nn.Module):
    def __init__(self, encoder, n_in, n_verdicts, position, width):
        super().__init__()
        self.position = position
        self.encoder = encoder
        feat = 2 * encoder.out_dim
        self.adapter = Adapter(n_in if position == "pre" else feat, width)
        self.head = nn.Linear(feat, n_verdicts)

    def forward(self, x):
        if self.position == "pre":
            return self.head(self.encoder(self.adapter(x)))
        return self.head(self.adapter(self.encoder(x)))


def freeze(module):
    module.eval()
    for p in module.parameters():
        p.requires_grad_(False)
    return module


def count_trainable(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# --------------------------------------------------------------------------- metrics
def confusion(pred, gold, k):
    m = torch.zeros(k, k, dtype=torch.long)
    for p, g in zip(pred.tolist(), gold.tolist()):
        m[g, p] += 1
    return m


def macro_f1(cm):
    f1s = []
    for c in range(cm.shape[0]):
        tp = cm[c, c].item()
        fp = cm[:, c].sum().item() - tp
        fn = cm[c, :].sum().item() - tp
        denom = 2 * tp + fp + fn
        f1s.append(2 * tp / denom if denom else 0.0)
    return sum(f1s) / len(f1s)


def expected_calibration_error(probs, gold, bins=5):
    conf, pred = probs.max(-1)
    ece = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        sel = (conf > lo) & (conf <= hi)
        if sel.any():
            acc = (pred[sel] == gold[sel]).float().mean().item()
            ece += sel.float().mean().item() * abs(acc - conf[sel].mean().item())
    return ece


@torch.no_grad()
def evaluate(model, x, y, k):
    was = model.training
    model.eval()
    logits = model(x)
    logits = logits[0] if isinstance(logits, tuple) else logits
    probs = logits.softmax(-1)
    cm = confusion(probs.argmax(-1), y, k)
    model.train(was)
    return {
        "acc": cm.diag().sum().item() / max(cm.sum().item(), 1),
        "macro_f1": macro_f1(cm),
        "ece": expected_calibration_error(probs, y),
        "nll": F.nll_loss(probs.clamp_min(1e-8).log(), y).item(),
    }


# --------------------------------------------------------------------------- stages
def pretrain(cfg, data):
    enc = PluckEncoder(cfg["data"]["n_sensors"], **cfg["encoder"])
    net = PretrainNet(enc, len(VERDICTS), len(JACK_TYPES))
    opt = torch.optim.AdamW(net.parameters(), lr=cfg["pretrain"]["lr"], weight_decay=1e-4)
    x, y, z = data
    history = defaultdict(list)
    for epoch in range(cfg["pretrain"]["epochs"]):
        net.train()
        running = 0.0
        for xb, yb, zb in batches(x, y, z, cfg["pretrain"]["batch"]):
            v, j = net(xb)
            loss = F.cross_entropy(v, yb) + cfg["pretrain"]["aux_weight"] * F.cross_entropy(j, zb)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            opt.step()
            running += loss.item() * len(xb)
        history["loss"].append(running / len(x))
        metrics = evaluate(net, x, y, len(VERDICTS))
        history["acc"].append(metrics["acc"])
        LOG.info("pretrain epoch %d loss %.4f acc %.3f", epoch, history["loss"][-1], metrics["acc"])
    return net, history


def transfer(cfg, encoder, data):
    acfg = cfg["adapter"]
    encoder = freeze(copy.deepcopy(encoder))
    model = TransferNet(encoder, cfg["data"]["n_sensors"], len(VERDICTS), acfg["position"], acfg["width"])
    params = [p for p in model.parameters() if p.requires_grad]
    LOG.info("transfer: %d trainable params (adapter %s)", count_trainable(model), acfg["position"])
    opt = torch.optim.Adam(params, lr=acfg["lr"])
    x, y, z = data
    losses = []
    for epoch in range(acfg["epochs"]):
        model.adapter.train()
        model.head.train()
        for xb, yb, _ in batches(x, y, z, acfg["batch"]):
            loss = F.cross_entropy(model(xb), yb, label_smoothing=0.05)
            opt.zero_grad()
            loss.backward()
            opt.step()
            losses.append(loss.item())
        LOG.info("transfer epoch %d mean loss %.4f", epoch, sum(losses[-4:]) / len(losses[-4:]))
    return model, losses


def report(cfg, results):
    digits = cfg["report"]["digits"]
    rows = []
    for name, metrics in results.items():
        cells = " ".join(f"{k}={round(v, digits)}" for k, v in sorted(metrics.items()))
        rows.append(f"{name:>10}: {cells}")
    return "\n".join(rows)


def class_balance(y):
    counts = Counter(y.tolist())
    return {VERDICTS[k]: counts.get(k, 0) for k in range(len(VERDICTS))}


# --------------------------------------------------------------------------- main
def build_argparser():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stage", choices=("pretrain", "transfer", "all"), default="all")
    ap.add_argument("--shots", type=int, default=None, help="customer plucks for transfer")
    ap.add_argument("--set", action="append", dest="overrides", help="dotted config override")
    ap.add_argument("--dump-config", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    return ap


def main(argv=None):
    args = build_argparser().parse_args(argv)
    setup_logging(args.verbose)
    cfg = deep_update(CONFIG, parse_overrides(args.overrides))
    if args.shots:
        cfg["data"]["customer_plucks"] = args.shots
    if args.dump_config:
        print(json.dumps(cfg, indent=2))
    set_seed(cfg["seed"])

    ref = synth_plucks(cfg["data"]["ref_plucks"], cfg["data"])
    cust = synth_plucks(cfg["data"]["customer_plucks"], cfg["data"], shift=0.15)
    LOG.info("reference balance %s", class_balance(ref[1]))
    LOG.info("customer balance %s", class_balance(cust[1]))

    with Timer("pretrain"):
        net, hist = pretrain(cfg, ref)
    results = {"ref/ref": evaluate(net, *ref[:2], len(VERDICTS)),
               "ref/cust": evaluate(net, *cust[:2], len(VERDICTS))}
    if args.stage in ("transfer", "all"):
        with Timer("transfer"):
            model, losses = transfer(cfg, net.encoder, cust)
        results["xfer/cust"] = evaluate(model, *cust[:2], len(VERDICTS))
        if losses and math.isfinite(losses[-1]):
            results["xfer/cust"]["final_loss"] = losses[-1]
    print(report(cfg, results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
