# expect: clean
"""
Eelgrass meadow health from diver transect sonar: test-time training (TTT).

A shared GRU trunk feeds two heads: the main head classifies meadow health
(healthy / thinning / bare) and an auxiliary head reconstructs masked sonar frames.
At test time each batch gets a few self-supervised steps on a copy of the model
before it is classified (Sun et al.-style TTT, online=False).

Usage:
    python eelgrass_ttt_research.py --ttt-steps 2 --mask-ratio 0.3
"""
import argparse
import copy
import logging
import math
import random
import statistics
import time
from collections import OrderedDict

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("eelgrass")

CFG = OrderedDict(
    seq=9,
    sonar_dim=5,
    hidden=10,
    classes=3,
    batch=5,
    train_batches=4,
    test_batches=2,
    epochs=2,
    lr=3e-3,
    aux_weight=0.5,
    mask_ratio=0.3,
    ttt_steps=2,
    ttt_lr=1e-2,
    shift=0.4,
    seed=5,
)


# --------------------------------------------------------------------------------------
# synthetic transects
# --------------------------------------------------------------------------------------
def transect_batch(cfg, shift=0.0):
    b, t, d = cfg["batch"], cfg["seq"], cfg["sonar_dim"]
    y = torch.randint(0, cfg["classes"], (b,))
    density = (2 - y).float().view(b, 1, 1) / 2
    depth = torch.linspace(0, 1, t).view(1, t, 1)
    x = density * torch.cos(3 * depth + torch.rand(b, 1, d)) + 0.1 * torch.randn(b, t, d)
    x = x + shift * torch.randn(1, 1, d)  # turbidity shift at test sites
    return x, y


def make_loader(cfg, n, shift=0.0):
    return [transect_batch(cfg, shift) for _ in range(n)]


def random_mask(x, ratio):
    keep = (torch.rand(x.shape[:2]) > ratio).float().unsqueeze(-1)
    return x * keep, 1 - keep


# --------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------
class MeadowNet(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.embed = nn.Linear(cfg["sonar_dim"], cfg["hidden"])
        self.trunk = nn.GRU(cfg["hidden"], cfg["hidden"], batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.cls_head = nn.Linear(cfg["hidden"], cfg["classes"])
        self.rec_head = nn.Linear(cfg["hidden"], cfg["sonar_dim"])

    def features(self, x):
        h, _ = self.trunk(torch.relu(self.embed(x)))
        return h

    def forward(self, x):
        h = self.features(x)
        return self.cls_head(self.drop(h.mean(1)))

    def reconstruct(self, x_masked):
        return self.rec_head(self.features(x_masked))


def aux_loss(model, x, ratio):
    xm, mask = random_mask(x, ratio)
    rec = model.reconstruct(xm)
    return ((rec - x) ** 2 * mask).sum() / mask.sum().clamp_min(1.0)


# --------------------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------------------
def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def macro_f1(logits, y, classes):
    pred = logits.argmax(-1)
    f1s = []
    for c in range(classes):
        tp = ((pred == c) & (y == c)).sum().item()
        fp = ((pred == c) & (y != c)).sum().item()
        fn = ((pred != c) & (y == c)).sum().item()
        denom = 2 * tp + fp + fn
        f1s.append(2 * tp / denom if denom else 0.0)
    return sum(f1s) / len(f1s)


def expected_calibration_error(logits, y, bins=5):
    probs = logits.softmax(-1)
    conf, pred = probs.max(-1)
    ece = 0.0
    for i in range(bins):
        lo, hi = i / bins, (i + 1) / bins
        sel = (conf > lo) & (conf <= hi)
        if sel.any():
            ece += sel.float().mean().item() * abs(conf[sel].mean().item() - (pred[sel] == y[sel]).float().mean().item())
    return ece


# --------------------------------------------------------------------------------------
# joint training
# --------------------------------------------------------------------------------------
def train_joint(model, loader, cfg):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    for epoch in range(cfg["epochs"]):
        model.train()
        losses = []
        t0 = time.perf_counter()
        for x, y in loader:
            main = F.cross_entropy(model(x), y)
            aux = aux_loss(model, x, cfg["mask_ratio"])
            loss = main + cfg["aux_weight"] * aux
            opt.zero_grad()
            loss.backward()
            opt.step()
            losses.append(loss.item())
        log.info("epoch %d joint loss %.4f (%.2fs)", epoch, statistics.mean(losses), time.perf_counter() - t0)
    return model


# --------------------------------------------------------------------------------------
# evaluation, with and without test-time training
# --------------------------------------------------------------------------------------
@torch.no_grad()
def predict(model, x):
    return model(x)


def adapt_copy(model, x, cfg):
    """A few masked-reconstruction steps on a private copy of the model.

    The copy inherits eval mode from the evaluator; dropout stays off for the
    adaptation, but the recurrent trunk is put back in training mode so it can be
    adapted."""
    adapted = copy.deepcopy(model)
    adapted.trunk.train()
    params = list(adapted.embed.parameters()) + list(adapted.trunk.parameters())
    opt = torch.optim.SGD(params, lr=cfg["ttt_lr"])
    for _ in range(cfg["ttt_steps"]):
        loss = aux_loss(adapted, x, cfg["mask_ratio"])
        opt.zero_grad()
        loss.backward()
        opt.step()
    return adapted, loss.item()


def evaluate(model, loader, cfg, ttt=False):
    model.eval()
    logits_all, y_all, aux_after = [], [], []
    for x, y in loader:
        if ttt:
            adapted, l_aux = adapt_copy(model, x, cfg)
            adapted.eval()
            logits = predict(adapted, x)
            aux_after.append(l_aux)
        else:
            logits = predict(model, x)
        logits_all.append(logits)
        y_all.append(y)
    logits, y = torch.cat(logits_all), torch.cat(y_all)
    out = {
        "acc": accuracy(logits, y),
        "macro_f1": macro_f1(logits, y, cfg["classes"]),
        "ece": expected_calibration_error(logits, y),
    }
    if aux_after:
        out["aux_after"] = statistics.mean(aux_after)
    return out


def confusion_matrix(logits, y, classes):
    cm = torch.zeros(classes, classes, dtype=torch.long)
    for t, p in zip(y.tolist(), logits.argmax(-1).tolist()):
        cm[t, p] += 1
    return cm


def format_confusion(cm, names=("healthy", "thinning", "bare")):
    head = " " * 10 + " ".join(f"{n[:8]:>8s}" for n in names[: cm.shape[1]])
    rows = [head]
    for i, row in enumerate(cm.tolist()):
        rows.append(f"{names[i][:8]:>8s}  " + " ".join(f"{v:8d}" for v in row))
    return "\n".join(rows)


# --------------------------------------------------------------------------------------
# reporting
# --------------------------------------------------------------------------------------
def write_results(all_runs):
    """Persist to a temp JSON (the survey dashboard picks it up), then clean up."""
    import json
    import os
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(all_runs, fh)
        path = fh.name
    size = os.path.getsize(path)
    os.remove(path)
    return size


def report(name, metrics):
    parts = ", ".join(f"{k}={v:.3f}" for k, v in metrics.items())
    log.info("%-14s %s", name, parts)
    return f"{name}: {parts}"


def bootstrap_ci(values, n_boot=50, alpha=0.1):
    if len(values) < 2:
        return (values[0], values[0]) if values else (math.nan, math.nan)
    means = []
    for _ in range(n_boot):
        sample = [random.choice(values) for _ in values]
        means.append(sum(sample) / len(sample))
    means.sort()
    lo = means[int(alpha / 2 * n_boot)]
    hi = means[int((1 - alpha / 2) * n_boot) - 1]
    return lo, hi


def summarise_shift_gap(all_runs):
    """Accuracy recovered by TTT as a fraction of the in-distribution gap."""
    gaps = []
    for r in all_runs:
        lost = r["in_dist"]["acc"] - r["shift"]["acc"]
        regained = r["shift+ttt"]["acc"] - r["shift"]["acc"]
        gaps.append(regained / lost if abs(lost) > 1e-9 else float("nan"))
    finite = [g for g in gaps if not math.isnan(g)]
    return statistics.mean(finite) if finite else float("nan")


def parse_args():
    ap = argparse.ArgumentParser(description="Eelgrass meadow TTT")
    ap.add_argument("--ttt-steps", type=int, default=CFG["ttt_steps"])
    ap.add_argument("--mask-ratio", type=float, default=CFG["mask_ratio"])
    ap.add_argument("--shift", type=float, default=CFG["shift"])
    ap.add_argument("--epochs", type=int, default=CFG["epochs"])
    ap.add_argument("--seeds", type=int, nargs="+", default=[CFG["seed"]])
    ap.add_argument("-v", "--verbose", action="store_true")
    return ap.parse_args()


def run_seed(cfg, seed):
    random.seed(seed)
    torch.manual_seed(seed)
    train = make_loader(cfg, cfg["train_batches"])
    test_in = make_loader(cfg, cfg["test_batches"])
    test_shift = make_loader(cfg, cfg["test_batches"], shift=cfg["shift"])
    model = train_joint(MeadowNet(cfg), train, cfg)
    results = {
        "in_dist": evaluate(model, test_in, cfg),
        "shift": evaluate(model, test_shift, cfg),
        "shift+ttt": evaluate(model, test_shift, cfg, ttt=True),
    }
    for name, m in results.items():
        report(f"[seed {seed}] {name}", m)
    model.eval()
    with torch.no_grad():
        xs, ys = zip(*test_shift)
        cm = confusion_matrix(model(torch.cat(xs)), torch.cat(ys), cfg["classes"])
    log.debug("confusion under shift:\n%s", format_confusion(cm))
    return results


def main():
    args = parse_args()
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="%(levelname)s %(message)s")
    cfg = OrderedDict(CFG)
    cfg.update(ttt_steps=args.ttt_steps, mask_ratio=args.mask_ratio, shift=args.shift, epochs=args.epochs)
    all_runs = [run_seed(cfg, s) for s in args.seeds]
    log.info("wrote %d bytes of results", write_results(all_runs))
    log.info("fraction of shift gap recovered by TTT: %.3f", summarise_shift_gap(all_runs))
    for split in ("in_dist", "shift", "shift+ttt"):
        accs = [r[split]["acc"] for r in all_runs]
        lo, hi = bootstrap_ci(accs)
        print(f"{split:10s} acc {statistics.mean(accs):.3f} [{lo:.3f}, {hi:.3f}]")


if __name__ == "__main__":
    main()
