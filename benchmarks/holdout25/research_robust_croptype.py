# expect: crash
"""Adversarially robust crop-type mapping from multispectral time series.

Trains an LSTM classifier on per-parcel reflectance sequences with adversarial training in input space
(cloud-like additive perturbations bounded in L-inf), reports clean and robust accuracy, kappa and a
per-class table. Research code; the defaults run in a few seconds on CPU.

    python research_robust_croptype.py --epochs 2 --eps 0.1 --attack-steps 2
"""
import argparse
import json
import logging
import math
import random
import sys
import time
from collections import Counter, OrderedDict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOGGER = logging.getLogger("croptype")

CFG = OrderedDict(
    seed=29,
    bands=5,
    timesteps=8,
    hidden=12,
    classes=4,
    parcels=20,
    val_fraction=0.25,
    batch_size=5,
    epochs=2,
    lr=3e-3,
    eps=0.1,
    alpha=0.05,
    attack_steps=2,
    adv_weight=0.5,
    warmup_epochs=0,
    label_smoothing=0.05,
)

CROPS = ["wheat", "maize", "rapeseed", "grassland"]


# =========================================================================================================== setup
def parse(argv):
    ap = argparse.ArgumentParser(description="robust crop-type mapping")
    ap.add_argument("--epochs", type=int)
    ap.add_argument("--eps", type=float)
    ap.add_argument("--alpha", type=float)
    ap.add_argument("--attack-steps", type=int, dest="attack_steps")
    ap.add_argument("--adv-weight", type=float, dest="adv_weight")
    ap.add_argument("--dump-config", action="store_true")
    args = ap.parse_args(argv)
    cfg = OrderedDict(CFG)
    for k, v in vars(args).items():
        if k in cfg and v is not None:
            cfg[k] = v
    return cfg, args


def init_logging():
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
    LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.INFO)


def fix_seeds(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# =========================================================================================================== data
def phenology_curve(crop, t, timesteps):
    peak = {0: 0.3, 1: 0.6, 2: 0.25, 3: 0.5}[crop]
    width = {0: 0.15, 1: 0.2, 2: 0.1, 3: 0.5}[crop]
    x = t / (timesteps - 1)
    return math.exp(-((x - peak) ** 2) / (2 * width ** 2))


def simulate_parcels(cfg, gen):
    xs, ys = [], []
    for i in range(cfg["parcels"]):
        crop = i % cfg["classes"]
        seq = torch.randn(cfg["timesteps"], cfg["bands"], generator=gen) * 0.1
        for t in range(cfg["timesteps"]):
            ndvi = phenology_curve(crop, t, cfg["timesteps"])
            seq[t, 3] += ndvi
            seq[t, 2] -= 0.5 * ndvi
        xs.append(seq)
        ys.append(crop)
    x, y = torch.stack(xs), torch.tensor(ys)
    perm = torch.randperm(len(x), generator=gen)
    return x[perm], y[perm]


def train_val_split(x, y, frac):
    n_val = max(1, int(len(x) * frac))
    return (x[n_val:], y[n_val:]), (x[:n_val], y[:n_val])


def standardise(train, val):
    mu = train[0].mean((0, 1), keepdim=True)
    sd = train[0].std((0, 1), keepdim=True) + 1e-6
    return ((train[0] - mu) / sd, train[1]), ((val[0] - mu) / sd, val[1])


def minibatches(data, size, shuffle=True):
    x, y = data
    idx = list(range(len(x)))
    if shuffle:
        random.shuffle(idx)
    for i in range(0, len(idx), size):
        b = idx[i:i + size]
        yield x[b], y[b]


# =========================================================================================================== model
class TemporalAttention(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.score = nn.Linear(dim, 1)

    def forward(self, h):
        w = self.score(h).softmax(1)
        return (w * h).sum(1), w.squeeze(-1)


class CropLSTM(nn.Module):
    def __init__(self, bands, hidden, classes):
        super().__init__()
        self.embed = nn.Linear(bands, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.attn = TemporalAttention(hidden)
        self.cls = nn.Linear(hidden, classes)

    def forward(self, x, return_attention=False):
        h, _ = self.lstm(F.relu(self.embed(x)))
        pooled, w = self.attn(h)
        logits = self.cls(pooled)
        return (logits, w) if return_attention else logits


def parameter_summary(model):
    rows = []
    for name, p in model.named_parameters():
        rows.append(f"{name:<24s} {tuple(p.shape)}")
    rows.append(f"total {sum(p.numel() for p in model.parameters())}")
    return "\n".join(rows)


# =========================================================================================================== attack
def perturb(model, x, y, eps, alpha, steps):
    """L-inf PGD on the reflectance sequence; crafted against the deterministic (eval) model."""
    model.eval()
    delta = torch.empty_like(x).uniform_(-eps, eps).requires_grad_(True)
    for _ in range(steps):
        loss = F.cross_entropy(model(x + delta), y)
        (g,) = torch.autograd.grad(loss, delta)  # TM001-here
        with torch.no_grad():
            delta += alpha * g.sign()
            delta.clamp_(-eps, eps)
    return (x + delta).detach()


# =========================================================================================================== metrics
def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def cohen_kappa(pred, gold, n):
    total = len(gold)
    po = (pred == gold).float().mean().item()
    pc, gc = Counter(pred.tolist()), Counter(gold.tolist())
    pe = sum(pc[c] * gc[c] for c in range(n)) / (total * total)
    return (po - pe) / (1 - pe) if pe < 1 else 0.0


def per_class_table(pred, gold, n):
    rows = []
    for c in range(n):
        m = gold == c
        acc = (pred[m] == c).float().mean().item() if m.any() else float("nan")
        rows.append(f"{CROPS[c]:>10s}: {acc:.2f} ({int(m.sum())})")
    return "\n".join(rows)


def evaluate(model, data, cfg, robust=False):
    preds, golds = [], []
    for x, y in minibatches(data, cfg["batch_size"], shuffle=False):
        if robust:
            x = perturb(model, x, y, cfg["eps"], cfg["alpha"], cfg["attack_steps"])
        model.eval()
        with torch.no_grad():
            preds.append(model(x).argmax(-1))
        golds.append(y)
    pred, gold = torch.cat(preds), torch.cat(golds)
    return {
        "acc": (pred == gold).float().mean().item(),
        "kappa": cohen_kappa(pred, gold, cfg["classes"]),
        "table": per_class_table(pred, gold, cfg["classes"]),
    }


# =========================================================================================================== train
def train(model, train_data, val_data, cfg):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.7)
    curve = []
    for epoch in range(cfg["epochs"]):
        t0 = time.perf_counter()
        model.train()
        clean_acc, adv_acc, n = 0.0, 0.0, 0
        for x, y in minibatches(train_data, cfg["batch_size"]):
            use_adv = epoch >= cfg["warmup_epochs"]
            logits = model(x)
            loss = F.cross_entropy(logits, y, label_smoothing=cfg["label_smoothing"])
            if use_adv:
                x_adv = perturb(model, x, y, cfg["eps"], cfg["alpha"], cfg["attack_steps"])
                model.train()
                adv_logits = model(x_adv)
                loss = (1 - cfg["adv_weight"]) * loss + cfg["adv_weight"] * F.cross_entropy(adv_logits, y)
                adv_acc += accuracy(adv_logits, y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            clean_acc += accuracy(logits, y)
            n += 1
        sched.step()
        val = evaluate(model, val_data, cfg)
        curve.append({"epoch": epoch, "train_acc": clean_acc / n, "adv_acc": adv_acc / n, "val_acc": val["acc"]})
        LOGGER.info("epoch %d train %.2f adv %.2f val %.2f kappa %.2f (%.1fs)", epoch, clean_acc / n,
                    adv_acc / n, val["acc"], val["kappa"], time.perf_counter() - t0)
    return curve


# =========================================================================================================== reports
def confusion_matrix(model, data, cfg):
    m = torch.zeros(cfg["classes"], cfg["classes"], dtype=torch.long)
    model.eval()
    with torch.no_grad():
        for x, y in minibatches(data, cfg["batch_size"], shuffle=False):
            for p, g in zip(model(x).argmax(-1).tolist(), y.tolist()):
                m[g, p] += 1
    return m


def format_confusion(m):
    head = " " * 11 + " ".join(f"{c[:6]:>6s}" for c in CROPS[: m.shape[0]])
    rows = [head]
    for i in range(m.shape[0]):
        rows.append(f"{CROPS[i]:>10s} " + " ".join(f"{v:6d}" for v in m[i].tolist()))
    return "\n".join(rows)


def attention_profile(model, data, cfg):
    """Mean temporal attention per crop: which acquisition dates the classifier looks at."""
    model.eval()
    sums = torch.zeros(cfg["classes"], cfg["timesteps"])
    counts = torch.zeros(cfg["classes"], 1)
    with torch.no_grad():
        for x, y in minibatches(data, cfg["batch_size"], shuffle=False):
            _, w = model(x, return_attention=True)
            sums.index_add_(0, y, w)
            counts.index_add_(0, y, torch.ones(len(y), 1))
    return sums / counts.clamp(min=1)


def robustness_curve(model, data, cfg, eps_grid=(0.0, 0.05, 0.1)):
    out = {}
    for eps in eps_grid:
        local = dict(cfg, eps=eps)
        out[eps] = evaluate(model, data, local, robust=eps > 0)["acc"]
    return out


def main(argv=None):
    cfg, args = parse(argv if argv is not None else [])
    init_logging()
    if args.dump_config:
        print(json.dumps(cfg, indent=2))
    fix_seeds(cfg["seed"])
    gen = torch.Generator().manual_seed(cfg["seed"])
    x, y = simulate_parcels(cfg, gen)
    train_data, val_data = standardise(*train_val_split(x, y, cfg["val_fraction"]))
    model = CropLSTM(cfg["bands"], cfg["hidden"], cfg["classes"])
    LOGGER.info("parameters\n%s", parameter_summary(model))
    curve = train(model, train_data, val_data, cfg)
    clean = evaluate(model, val_data, cfg)
    robust = evaluate(model, val_data, cfg, robust=True)
    print(clean["table"])
    print(f"clean acc {clean['acc']:.2f} robust acc {robust['acc']:.2f}")
    print(json.dumps(curve))
    print(format_confusion(confusion_matrix(model, val_data, cfg)))
    prof = attention_profile(model, val_data, cfg)
    for c in range(cfg["classes"]):
        LOGGER.info("%s attends most to t=%d", CROPS[c], int(prof[c].argmax()))
    LOGGER.info("robustness %s", robustness_curve(model, val_data, cfg))


if __name__ == "__main__":
    main()
