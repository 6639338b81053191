# expect: crash
"""Contrastive predictive coding on seed-drill vibration, then a frozen-encoder probe.

Stage 1 (CPC): a GRU context network summarises encoded vibration frames and
predicts the encodings k steps ahead; InfoNCE against the other sequences in
the batch.
Stage 2 (probe): the CPC encoder and context GRU are frozen and put in eval
mode; a per-drill input calibration layer (sensor gain/offset drift differs
between drills) and a linear probe for blockage detection are trained on a
small labelled set.

    python seed_drill_cpc_probe.py --cpc-epochs 2 --probe-epochs 2
"""
import argparse
import logging
import math
import os
import sys
import time
from typing import Dict, List

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("seed_drill")

CFG: Dict = {
    "frames": 12,
    "frame_dim": 5,
    "enc_dim": 8,
    "ctx_dim": 10,
    "pred_steps": 3,
    "cpc_batch": 8,
    "cpc_batches_per_epoch": 3,
    "cpc_epochs": 2,
    "cpc_lr": 2e-3,
    "probe_n": 24,
    "probe_batch": 6,
    "probe_epochs": 2,
    "probe_lr": 1e-2,
    "n_drills": 3,
    "seed": 7,
}


# ----------------------------------------------------------------------------- data
def vibration_batch(n, cfg, drill_ids=None):
    t = torch.linspace(0, 2 * math.pi, cfg["frames"])
    freq = 1 + torch.rand(n, 1)
    base = torch.sin(freq * t).unsqueeze(-1)
    x = base + 0.3 * torch.randn(n, cfg["frames"], cfg["frame_dim"])
    if drill_ids is not None:
        gain = 1 + 0.2 * drill_ids.float().view(-1, 1, 1)
        x = x * gain + 0.1 * drill_ids.float().view(-1, 1, 1)
    return x


def labelled_set(cfg):
    drills = torch.randint(0, cfg["n_drills"], (cfg["probe_n"],))
    x = vibration_batch(cfg["probe_n"], cfg, drills)
    blocked = torch.rand(cfg["probe_n"]) < 0.4
    x[blocked, cfg["frames"] // 2:] *= 0.2
    return x, drills, blocked.long()


# ----------------------------------------------------------------------------- model
class FrameEncoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(cfg["frame_dim"], cfg["enc_dim"]), nn.ReLU(),
                                 nn.Linear(cfg["enc_dim"], cfg["enc_dim"]))

    def forward(self, x):
        return self.net(x)


class CPC(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.encoder = FrameEncoder(cfg)
        self.context = nn.GRU(cfg["enc_dim"], cfg["ctx_dim"], batch_first=True)
        self.predictors = nn.ModuleList(
            nn.Linear(cfg["ctx_dim"], cfg["enc_dim"]) for _ in range(cfg["pred_steps"]))

    def forward(self, x):
        z = self.encoder(x)
        c, _ = self.context(z)
        return z, c

    def summary(self, x):
        _, c = self(x)
        return c[:, -1]

    def infonce(self, x):
        z, c = self(x)
        b, t, _ = z.shape
        losses, accs = [], []
        anchor = t - self.cfg["pred_steps"] - 1
        for k, pred in enumerate(self.predictors, start=1):
            zk = z[:, anchor + k]
            pk = pred(c[:, anchor])
            logits = pk @ zk.t()
            target = torch.arange(b)
            losses.append(F.cross_entropy(logits, target))
            accs.append((logits.argmax(1) == target).float().mean())
        return torch.stack(losses).mean(), torch.stack(accs).mean()


class DrillCalibration(nn.Module):
    """Per-drill affine correction of the raw sensor channels."""

    def __init__(self, n_drills, frame_dim):
        super().__init__()
        self.gain = nn.Embedding(n_drills, frame_dim)
        self.bias = nn.Embedding(n_drills, frame_dim)
        nn.init.ones_(self.gain.weight)
        nn.init.zeros_(self.bias.weight)

    def forward(self, x, drill):
        return x * self.gain(drill).unsqueeze(1) + self.bias(drill).unsqueeze(1)


# ----------------------------------------------------------------------------- helpers
class Timer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        logger.info("%s took %.2fs", self.name, time.perf_counter() - self.t0)
        return False


def freeze(module: nn.Module) -> nn.Module:
    for p in module.parameters():
        p.requires_grad_(False)
    return module.eval()


def trainable(params) -> List[nn.Parameter]:
    return [p for p in params if p.requires_grad]


def log_metrics(stage: str, epoch: int, metrics: Dict[str, float]):
    logger.info("%-5s epoch %d | %s", stage, epoch,
                " ".join(f"{k}={v:.4f}" for k, v in sorted(metrics.items())))


def roc_auc(scores: torch.Tensor, labels: torch.Tensor) -> float:
    pos, neg = scores[labels == 1], scores[labels == 0]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    return (pos.unsqueeze(1) > neg.unsqueeze(0)).float().mean().item()


# ----------------------------------------------------------------------------- stage 1
def pretrain_cpc(model: CPC, cfg: Dict):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["cpc_lr"])
    for epoch in range(cfg["cpc_epochs"]):
        model.train()
        tot, acc_tot = 0.0, 0.0
        for _ in range(cfg["cpc_batches_per_epoch"]):
            x = vibration_batch(cfg["cpc_batch"], cfg)
            loss, acc = model.infonce(x)
            opt.zero_grad()
            loss.backward()
            opt.step()
            tot += loss.item()
            acc_tot += acc.item()
        n = cfg["cpc_batches_per_epoch"]
        log_metrics("cpc", epoch, {"nce": tot / n, "acc": acc_tot / n})
    return model


def save_and_reload(model: CPC, cfg: Dict) -> CPC:
    """Round-trip the pretrained weights the way the cluster job hands them over."""
    import tempfile

    fd, path = tempfile.mkstemp(suffix=".pt", prefix="cpc_")
    os.close(fd)
    try:
        torch.save({"state": model.state_dict(), "cfg": cfg}, path)
        blob = torch.load(path)
        fresh = CPC(blob["cfg"])
        fresh.load_state_dict(blob["state"])
    finally:
        os.remove(path)
    return fresh


@torch.no_grad()
def linear_cka(a: torch.Tensor, b: torch.Tensor) -> float:
    a = a - a.mean(0, keepdim=True)
    b = b - b.mean(0, keepdim=True)
    hsic = (a.t() @ b).pow(2).sum()
    return (hsic / ((a.t() @ a).norm() * (b.t() @ b).norm() + 1e-8)).item()


@torch.no_grad()
def nearest_centroid_baseline(cpc: CPC, train, test) -> float:
    cpc.eval()
    ftr, fte = cpc.summary(train[0]), cpc.summary(test[0])
    cents = torch.stack([ftr[train[2] == c].mean(0) for c in (0, 1)])
    pred = torch.cdist(fte, cents).argmin(1)
    return (pred == test[2]).float().mean().item()


# ----------------------------------------------------------------------------- stage 2
def probe_batches(data, bs):
    x, d, y = data
    order = torch.randperm(len(x))
    for i in range(0, len(x), bs):
        j = order[i:i + bs]
        yield x[j], d[j], y[j]


def train_probe(cpc: CPC, calib: DrillCalibration, probe: nn.Linear, data, cfg: Dict):
    freeze(cpc)
    params = trainable(list(calib.parameters()) + list(probe.parameters()))
    opt = torch.optim.Adam(params, lr=cfg["probe_lr"])
    logger.info("probe trains %d tensors (%d values)", len(params), sum(p.numel() for p in params))
    for epoch in range(cfg["probe_epochs"]):
        calib.train()
        probe.train()
        tot = 0.0
        for x, d, y in probe_batches(data, cfg["probe_batch"]):
            feats = cpc.summary(calib(x, d))
            loss = F.cross_entropy(probe(feats), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            tot += loss.item()
        log_metrics("probe", epoch, {"ce": tot})
    return calib, probe


@torch.no_grad()
def evaluate_probe(cpc, calib, probe, data):
    cpc.eval()
    calib.eval()
    probe.eval()
    x, d, y = data
    logits = probe(cpc.summary(calib(x, d)))
    p = F.softmax(logits, dim=1)[:, 1]
    return {"acc": (logits.argmax(1) == y).float().mean().item(), "auc": roc_auc(p, y)}


def describe(cfg: Dict) -> str:
    groups = {
        "data": ("frames", "frame_dim", "n_drills", "probe_n"),
        "cpc": ("enc_dim", "ctx_dim", "pred_steps", "cpc_epochs", "cpc_lr"),
        "probe": ("probe_epochs", "probe_lr", "probe_batch"),
    }
    lines = []
    for name, keys in groups.items():
        lines.append(f"[{name}] " + ", ".join(f"{k}={cfg[k]}" for k in keys))
    return "\n".join(lines)


def count_parameters(*modules: nn.Module) -> int:
    return sum(p.numel() for m in modules for p in m.parameters())


# ----------------------------------------------------------------------------- main
def get_args(argv=None):
    ap = argparse.ArgumentParser(description="CPC + probe for seed-drill blockage")
    ap.add_argument("--cpc-epochs", type=int, default=CFG["cpc_epochs"])
    ap.add_argument("--probe-epochs", type=int, default=CFG["probe_epochs"])
    ap.add_argument("--probe-lr", type=float, default=CFG["probe_lr"])
    ap.add_argument("--seed", type=int, default=CFG["seed"])
    ap.add_argument("--log-level", default=os.environ.get("LOG_LEVEL", "INFO"))
    return ap.parse_args(argv)


def main(argv=None):
    args = get_args(argv)
    logging.basicConfig(stream=sys.stdout, level=args.log_level,
                        format="%(asctime)s [%(name)s] %(message)s")
    cfg = dict(CFG, cpc_epochs=args.cpc_epochs, probe_epochs=args.probe_epochs,
               probe_lr=args.probe_lr, seed=args.seed)
    torch.manual_seed(cfg["seed"])
    logger.info("config\n%s", describe(cfg))

    cpc = CPC(cfg)
    logger.info("cpc parameters: %d", count_parameters(cpc))
    with Timer("cpc pretraining"):
        pretrain_cpc(cpc, cfg)

    cpc = save_and_reload(cpc, cfg)
    train_set = labelled_set(cfg)
    test_set = labelled_set(cfg)
    logger.info("nearest-centroid baseline acc %.3f", nearest_centroid_baseline(cpc, train_set, test_set))
    with torch.no_grad():
        cpc.eval()
        f0 = cpc.summary(vibration_batch(8, cfg, torch.zeros(8, dtype=torch.long)))
        f2 = cpc.summary(vibration_batch(8, cfg, torch.full((8,), 2)))
    logger.info("drill 0 vs drill 2 feature CKA %.3f", linear_cka(f0, f2))
    calib = DrillCalibration(cfg["n_drills"], cfg["frame_dim"])
    probe = nn.Linear(cfg["ctx_dim"], 2)
    with Timer("probe"):
        train_probe(cpc, calib, probe, train_set, cfg)
    metrics = evaluate_probe(cpc, calib, probe, test_set)
    log_metrics("test", 0, metrics)
    return metrics


if __name__ == "__main__":
    main()
