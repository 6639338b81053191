# expect: clean
"""
Marathon pacing: does a GPS-watch encoder pretrained on training runs already know
whether a runner will "hit the wall" after km 30?

Protocol (linear/MLP probing):
  1. pretrain a sequence encoder on next-split regression (self-supervised),
  2. freeze it and put it in eval mode,
  3. train a small probe on top for the wall / no-wall label,
  4. report probe accuracy, balanced accuracy and calibration per pacing group.
"""
import argparse
import logging
import math
import random
import sys
import time
from collections import Counter, OrderedDict

import torch
from torch import nn

log = logging.getLogger("marathon")

CFG = OrderedDict(
    seed=5,
    runners=30,
    km=12,                 # number of split windows kept (tiny for the benchmark)
    feats=4,               # pace, heart rate, cadence, elevation
    emb=8,
    hidden=10,
    pre_epochs=2,
    probe_epochs=3,
    pre_lr=3e-3,
    probe_lr=1e-2,
    batch=6,
    probe="mlp",           # or "linear"
    finetune_encoder=False,
    groups=("even", "positive", "negative"),
)


def parse(argv):
    ap = argparse.ArgumentParser(description="probe a frozen pacing encoder")
    ap.add_argument("--probe", choices=["linear", "mlp"], default=CFG["probe"])
    ap.add_argument("--pre-epochs", type=int, default=CFG["pre_epochs"])
    ap.add_argument("--probe-epochs", type=int, default=CFG["probe_epochs"])
    ap.add_argument("--finetune-encoder", action="store_true",
                    help="ablation: unfreeze the encoder during probing")
    ap.add_argument("-q", "--quiet", action="store_true")
    return ap.parse_args(argv)


def configure(args):
    cfg = dict(CFG)
    cfg.update(probe=args.probe, pre_epochs=args.pre_epochs, probe_epochs=args.probe_epochs,
               finetune_encoder=args.finetune_encoder)
    return cfg


def set_seed(s):
    random.seed(s)
    torch.manual_seed(s)


# ------------------------------------------------------------------------- synthetic runs
def synth_runs(cfg):
    n, k, f = cfg["runners"], cfg["km"], cfg["feats"]
    group = torch.randint(0, len(cfg["groups"]), (n,))
    slope = torch.tensor([0.0, 0.05, -0.03])[group]
    km = torch.arange(k).float()
    pace = 5.0 + slope.view(-1, 1) * km.view(1, -1) + 0.1 * torch.randn(n, k)
    hr = 140 + 2.0 * km.view(1, -1) + 5 * torch.randn(n, k)
    cadence = 170 + 3 * torch.randn(n, k)
    elev = torch.randn(n, k).cumsum(1)
    x = torch.stack([pace, hr, cadence, elev], -1)[..., :f]
    wall = ((slope > 0.02) | (hr[:, -1] > 170)).long()
    return x, wall, group


def standardise(x, ref):
    mu = ref.mean(dim=(0, 1), keepdim=True)
    sd = ref.std(dim=(0, 1), keepdim=True).clamp(min=1e-3)
    return (x - mu) / sd


def minibatches(*tensors, bs, shuffle=True):
    n = tensors[0].shape[0]
    order = torch.randperm(n) if shuffle else torch.arange(n)
    for s in range(0, n, bs):
        j = order[s:s + bs]
        yield tuple(t[j] for t in tensors)


# ------------------------------------------------------------------------- models
class SplitEncoder(nn.Module):
    def __init__(self, feats, emb, hidden):
        super().__init__()
        self.embed = nn.Linear(feats, emb)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True)

    def forward(self, x):
        out, (h, c) = self.lstm(torch.tanh(self.embed(x)))
        return out, h[-1]


class NextSplitHead(nn.Module):
    def __init__(self, hidden, feats):
        super().__init__()
        self.proj = nn.Linear(hidden, feats)

    def forward(self, out):
        return self.proj(out)


def make_probe(kind, hidden):
    if kind == "linear":
        return nn.Linear(hidden, 2)
    return nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Dropout(0.1), nn.Linear(hidden, 2))


def n_trainable(m):
    return sum(p.numel() for p in m.parameters() if p.requires_grad)


# ------------------------------------------------------------------------- metrics
def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def balanced_accuracy(logits, y):
    pred = logits.argmax(-1)
    recalls = []
    for c in y.unique():
        m = y == c
        recalls.append((pred[m] == c).float().mean().item())
    return sum(recalls) / len(recalls)


def nll(logits, y):
    return nn.functional.cross_entropy(logits, y).item()


def per_group(logits, y, group, names):
    out = {}
    for g, name in enumerate(names):
        m = group == g
        if m.any():
            out[name] = round(accuracy(logits[m], y[m]), 3)
    return out


# ------------------------------------------------------------------------- stage 1: pretraining
def pretrain(encoder, head, x, cfg):
    encoder.train()
    head.train()
    opt = torch.optim.Adam(list(encoder.parameters()) + list(head.parameters()), lr=cfg["pre_lr"])
    for epoch in range(cfg["pre_epochs"]):
        tot, n = 0.0, 0
        for (xb,) in minibatches(x, bs=cfg["batch"]):
            out, _ = encoder(xb[:, :-1])
            loss = nn.functional.mse_loss(head(out), xb[:, 1:])
            opt.zero_grad()
            loss.backward()
            opt.step()
            tot += loss.item() * len(xb)
            n += len(xb)
        log.info("pretrain epoch %d mse %.4f", epoch, tot / n)
    return encoder


# ------------------------------------------------------------------------- stage 2: freeze
def freeze(encoder, finetune):
    if finetune:
        log.warning("ablation: encoder stays trainable")
        return encoder
    encoder.eval()
    for p in encoder.parameters():
        p.requires_grad_(False)
    log.info("encoder frozen (%d trainable params left)", n_trainable(encoder))
    return encoder


# ------------------------------------------------------------------------- stage 3: probing
def probe_epoch(encoder, probe, opt, x, y, cfg):
    probe.train()
    losses = []
    for xb, yb in minibatches(x, y, bs=cfg["batch"]):
        _, z = encoder(xb)
        loss = nn.functional.cross_entropy(probe(z), yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)


@torch.no_grad()
def predict(encoder, probe, x):
    probe.eval()
    _, z = encoder(x)
    return probe(z)


def train_probe(encoder, probe, tr, va, cfg):
    params = list(probe.parameters()) + [p for p in encoder.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=cfg["probe_lr"])
    best = (-1.0, None)
    for epoch in range(cfg["probe_epochs"]):
        tl = probe_epoch(encoder, probe, opt, tr[0], tr[1], cfg)
        logits = predict(encoder, probe, va[0])
        acc = accuracy(logits, va[1])
        log.info("probe epoch %d loss %.4f val acc %.3f", epoch, tl, acc)
        if acc > best[0]:
            best = (acc, {k: v.clone() for k, v in probe.state_dict().items()})
    probe.load_state_dict(best[1])
    return best[0]


# ------------------------------------------------------------------------- reporting
def confusion(logits, y, k=2):
    m = torch.zeros(k, k, dtype=torch.long)
    for t, p in zip(y.tolist(), logits.argmax(-1).tolist()):
        m[t, p] += 1
    return m


def format_confusion(m):
    lines = ["        pred0 pred1"]
    for i in range(m.shape[0]):
        lines.append(f"true{i}  " + "  ".join(f"{v:5d}" for v in m[i].tolist()))
    return "\n".join(lines)


def ece(logits, y, bins=4):
    conf, pred = logits.softmax(-1).max(-1)
    total = 0.0
    for b in range(bins):
        m = (conf > b / bins) & (conf <= (b + 1) / bins)
        if m.any():
            total += m.float().mean().item() * abs((pred[m] == y[m]).float().mean().item() - conf[m].mean().item())
    return total


def bootstrap_ci(logits, y, n=50, alpha=0.1):
    """Percentile bootstrap interval of the probe accuracy."""
    g = torch.Generator().manual_seed(0)
    accs = []
    for _ in range(n):
        j = torch.randint(0, len(y), (len(y),), generator=g)
        accs.append(accuracy(logits[j], y[j]))
    accs.sort()
    lo = accs[int(alpha / 2 * n)]
    hi = accs[min(int((1 - alpha / 2) * n), n - 1)]
    return round(lo, 3), round(hi, 3)


def report(encoder, probe, va, group, cfg):
    logits = predict(encoder, probe, va[0])
    res = {
        "acc": round(accuracy(logits, va[1]), 3),
        "bal_acc": round(balanced_accuracy(logits, va[1]), 3),
        "nll": round(nll(logits, va[1]), 3),
        "ece": round(ece(logits, va[1]), 3),
        "groups": per_group(logits, va[1], group, cfg["groups"]),
        "acc_ci90": bootstrap_ci(logits, va[1]),
    }
    log.info("confusion\n%s", format_confusion(confusion(logits, va[1])))
    return res


def label_stats(y, group, names):
    c = Counter(zip(group.tolist(), y.tolist()))
    return {f"{names[g]}/{w}": n for (g, w), n in sorted(c.items())}


# ------------------------------------------------------------------------- main
def main(argv=None):
    args = parse(argv if argv is not None else [])
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="%(name)s %(levelname)s %(message)s", stream=sys.stdout)
    cfg = configure(args)
    set_seed(cfg["seed"])
    t0 = time.time()

    x, wall, group = synth_runs(cfg)
    k = int(0.7 * len(x))
    x = standardise(x, x[:k])
    tr, va = (x[:k], wall[:k]), (x[k:], wall[k:])
    log.info("labels %s", label_stats(wall, group, cfg["groups"]))

    encoder = SplitEncoder(cfg["feats"], cfg["emb"], cfg["hidden"])
    pretrain(encoder, NextSplitHead(cfg["hidden"], cfg["feats"]), tr[0], cfg)
    freeze(encoder, cfg["finetune_encoder"])

    probe = make_probe(cfg["probe"], cfg["hidden"])
    best = train_probe(encoder, probe, tr, va, cfg)
    res = report(encoder, probe, va, group[k:], cfg)
    res["best_val_acc"] = round(best, 3)
    res["chance"] = round(max(va[1].float().mean().item(), 1 - va[1].float().mean().item()), 3)
    res["seconds"] = round(time.time() - t0, 2)
    print(res)
    return 0 if not math.isnan(res["nll"]) else 1


if __name__ == "__main__":
    sys.exit(main())
