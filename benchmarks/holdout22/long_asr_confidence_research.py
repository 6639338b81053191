# expect: clean
"""
Word-level confidence estimation for an ASR system (research script).

A BiLSTM confidence estimation module (CEM) reads per-word features produced by a decoder
(acoustic embedding summary, LM score, duration, n-best agreement) and predicts whether the
hypothesised word is correct. After training, the script calibrates the CEM with temperature
scaling, computes normalised cross entropy (NCE), AUC-PR and expected calibration error, and
dumps a per-feature saliency table for the error analysis section of the paper.

    python long_asr_confidence_research.py --epochs 3
"""
import argparse
import contextlib
import logging
import math
import random
import sys
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("cem")

DEFAULTS = {
    "feature_names": ["ac_mean", "ac_std", "lm_logp", "dur", "nbest_agree", "posterior"],
    "max_words": 9,
    "n_train_utts": 24,
    "n_dev_utts": 12,
    "batch": 6,
    "hidden": 8,
    "layers": 2,
    "dropout": 0.2,
    "epochs": 3,
    "lr": 2e-3,
    "calib_steps": 20,
    "calib_lr": 0.05,
    "ece_bins": 5,
    "seed": 7,
}


# ----------------------------------------------------------------------------------------
@dataclass
class Batch:
    feats: torch.Tensor
    correct: torch.Tensor
    mask: torch.Tensor
    utt_ids: list = field(default_factory=list)


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def synth_utterances(n, cfg, g):
    f = len(cfg["feature_names"])
    lengths = torch.randint(3, cfg["max_words"] + 1, (n,), generator=g)
    feats = torch.randn(n, cfg["max_words"], f, generator=g)
    # the "posterior" and "nbest_agree" features are informative about correctness
    logit = 1.5 * feats[..., 5] + 0.8 * feats[..., 4] - 0.3 * feats[..., 3]
    correct = (torch.rand(n, cfg["max_words"], generator=g) < torch.sigmoid(logit)).float()
    mask = torch.arange(cfg["max_words"])[None, :] < lengths[:, None]
    return feats, correct, mask


def batches(feats, correct, mask, bs, shuffle, g=None):
    order = torch.randperm(len(feats), generator=g) if shuffle else torch.arange(len(feats))
    for i in range(0, len(order), bs):
        j = order[i:i + bs]
        yield Batch(feats[j], correct[j], mask[j], j.tolist())


# ----------------------------------------------------------------------------------------
class ConfidenceEstimator(nn.Module):
    def __init__(self, n_feat, hidden, layers, dropout):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(n_feat, hidden), nn.Tanh())
        self.blstm = nn.LSTM(hidden, hidden, num_layers=layers, bidirectional=True, batch_first=True,
                             dropout=dropout)
        self.drop = nn.Dropout(dropout)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, feats):
        h, _ = self.blstm(self.inp(feats))
        return self.out(self.drop(h)).squeeze(-1)


class TemperatureScaler(nn.Module):
    def __init__(self):
        super().__init__()
        self.log_t = nn.Parameter(torch.zeros(()))

    def forward(self, logits):
        return logits / self.log_t.exp()


# ----------------------------------------------------------------------------------------
def masked_bce(logits, target, mask):
    loss = F.binary_cross_entropy_with_logits(logits, target, reduction="none")
    return (loss * mask).sum() / mask.sum().clamp_min(1)


def nce(probs, target):
    """Normalised cross entropy, the usual ASR confidence metric (higher is better)."""
    p_c = target.mean().clamp(1e-6, 1 - 1e-6)
    h_max = -(p_c * torch.log2(p_c) + (1 - p_c) * torch.log2(1 - p_c)) * len(target)
    probs = probs.clamp(1e-6, 1 - 1e-6)
    h_conf = -(target * torch.log2(probs) + (1 - target) * torch.log2(1 - probs)).sum()
    return float((h_max - h_conf) / h_max)


def auc_pr(probs, target):
    order = torch.argsort(probs, descending=True)
    t = target[order]
    tp = torch.cumsum(t, 0)
    precision = tp / torch.arange(1, len(t) + 1)
    recall = tp / t.sum().clamp_min(1)
    r_prev = torch.cat([torch.zeros(1), recall[:-1]])
    return float(((recall - r_prev) * precision).sum())


def ece(probs, target, n_bins):
    edges = torch.linspace(0, 1, n_bins + 1)
    total = torch.zeros(())
    for lo, hi in zip(edges[:-1], edges[1:]):
        sel = (probs > lo) & (probs <= hi)
        if sel.any():
            total += sel.float().mean() * (probs[sel].mean() - target[sel].mean()).abs()
    return float(total)


@contextlib.contextmanager
def log_section(title):
    logger.info("---- %s ----", title)
    yield
    logger.info("---- end %s ----", title)


# ----------------------------------------------------------------------------------------
def train_epoch(model, opt, data, cfg, g):
    model.train()
    tot, n = 0.0, 0
    for b in batches(*data, cfg["batch"], shuffle=True, g=g):
        loss = masked_bce(model(b.feats), b.correct, b.mask.float())
        opt.zero_grad()
        loss.backward()
        opt.step()
        tot += loss.item() * len(b.utt_ids)
        n += len(b.utt_ids)
    return tot / n


@torch.no_grad()
def collect_logits(model, data, cfg):
    model.eval()
    logits, targets = [], []
    for b in batches(*data, cfg["batch"], shuffle=False):
        out = model(b.feats)
        logits.append(out[b.mask])
        targets.append(b.correct[b.mask])
    return torch.cat(logits), torch.cat(targets)


def evaluate(model, data, cfg, scaler=None):
    logits, target = collect_logits(model, data, cfg)
    if scaler is not None:
        with torch.no_grad():
            logits = scaler(logits)
    probs = torch.sigmoid(logits)
    return {"nce": nce(probs, target), "auc_pr": auc_pr(probs, target), "ece": ece(probs, target, cfg["ece_bins"])}


def calibrate(model, data, cfg):
    """Temperature scaling: the CEM stays in eval mode; only the temperature is optimised."""
    logits, target = collect_logits(model, data, cfg)
    scaler = TemperatureScaler()
    opt = torch.optim.Adam(scaler.parameters(), lr=cfg["calib_lr"])
    for _ in range(cfg["calib_steps"]):
        loss = F.binary_cross_entropy_with_logits(scaler(logits), target)
        opt.zero_grad()
        loss.backward()
        opt.step()
    logger.info("temperature %.3f", float(scaler.log_t.exp()))
    return scaler


def feature_saliency(model, data, cfg):
    """|d confidence / d feature| averaged over words, for the error-analysis table."""
    model.eval()
    feats, _, mask = data
    with torch.backends.cudnn.flags(enabled=False):
        x = feats.clone().requires_grad_(True)
        conf = torch.sigmoid(model(x))
        (conf * mask).sum().backward()
    sal = (x.grad.abs() * mask[..., None]).sum((0, 1)) / mask.sum()
    return dict(zip(cfg["feature_names"], sal.tolist()))



def reliability_table(model, data, cfg, scaler=None):
    """Text version of a reliability diagram: mean confidence vs accuracy per bin."""
    logits, target = collect_logits(model, data, cfg)
    if scaler is not None:
        with torch.no_grad():
            logits = scaler(logits)
    probs = torch.sigmoid(logits)
    rows = []
    edges = torch.linspace(0, 1, cfg["ece_bins"] + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        sel = (probs > lo) & (probs <= hi)
        if sel.any():
            rows.append((float(lo), float(hi), int(sel.sum()), float(probs[sel].mean()), float(target[sel].mean())))
    return rows


def feature_ablation(model, data, cfg):
    """NCE drop when one feature column is zeroed (no gradients involved)."""
    feats, correct, mask = data
    base = evaluate(model, data, cfg)["nce"]
    drops = {}
    for i, name in enumerate(cfg["feature_names"]):
        ablated = feats.clone()
        ablated[..., i] = 0.0
        drops[name] = base - evaluate(model, (ablated, correct, mask), cfg)["nce"]
    return drops


def length_breakdown(model, data, cfg):
    """Metrics for short vs long utterances."""
    feats, correct, mask = data
    lengths = mask.sum(1)
    out = {}
    for label, sel in (("short", lengths <= 5), ("long", lengths > 5)):
        if sel.sum() < 2:
            continue
        out[label] = evaluate(model, (feats[sel], correct[sel], mask[sel]), cfg)
    return out


def describe_config(cfg):
    width = max(len(k) for k in cfg)
    for k in sorted(cfg):
        logger.debug("%s : %s", k.ljust(width), cfg[k])


# ----------------------------------------------------------------------------------------
def parse_args(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--epochs", type=int, default=DEFAULTS["epochs"])
    p.add_argument("--hidden", type=int, default=DEFAULTS["hidden"])
    p.add_argument("--seed", type=int, default=DEFAULTS["seed"])
    p.add_argument("--no-calibration", action="store_true")
    p.add_argument("--saliency", action="store_true", default=True)
    p.add_argument("--log-level", default="INFO")
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv if argv is not None else [])
    logging.basicConfig(level=getattr(logging, args.log_level), format="[%(levelname)s] %(message)s",
                        stream=sys.stdout)
    cfg = dict(DEFAULTS, epochs=args.epochs, hidden=args.hidden, seed=args.seed)
    set_seed(cfg["seed"])
    g = torch.Generator().manual_seed(cfg["seed"])

    train = synth_utterances(cfg["n_train_utts"], cfg, g)
    dev = synth_utterances(cfg["n_dev_utts"], cfg, g)
    model = ConfidenceEstimator(len(cfg["feature_names"]), cfg["hidden"], cfg["layers"], cfg["dropout"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])

    best, best_state = -math.inf, None
    with log_section("training"):
        for epoch in range(cfg["epochs"]):
            loss = train_epoch(model, opt, train, cfg, g)
            m = evaluate(model, dev, cfg)
            logger.info("epoch %d loss %.4f nce %.3f auc_pr %.3f ece %.3f", epoch, loss, m["nce"], m["auc_pr"],
                        m["ece"])
            if m["nce"] > best:
                best = m["nce"]
                best_state = {k: v.clone() for k, v in model.state_dict().items()}
    model.load_state_dict(best_state)

    scaler = None
    if not args.no_calibration:
        with log_section("calibration"):
            scaler = calibrate(model, dev, cfg)
            logger.info("calibrated: %s", evaluate(model, dev, cfg, scaler))

    with log_section("analysis"):
        for lo, hi, n, conf, acc in reliability_table(model, dev, cfg, scaler):
            logger.info("bin (%.1f, %.1f]  n=%3d  conf=%.3f  acc=%.3f", lo, hi, n, conf, acc)
        for name, drop in feature_ablation(model, dev, cfg).items():
            logger.info("ablate %-12s dNCE %+.4f", name, drop)
        for label, m in length_breakdown(model, dev, cfg).items():
            logger.info("%s utterances: %s", label, m)
    describe_config(cfg)

    if args.saliency:
        with log_section("saliency"):
            for name, value in sorted(feature_saliency(model, dev, cfg).items(), key=lambda kv: -kv[1]):
                logger.info("%-12s %.4f", name, value)
    return best


if __name__ == "__main__":
    main(sys.argv[1:])
