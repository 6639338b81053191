# expect: clean
"""
Pewter casting shrinkage forecasting.

Research script: predicts per-step shrinkage of a pewter casting from the mould temperature trace, mould id and
alloy mix. Trains an LSTM forecaster (head-only test-time training variant) with early stopping (best weights reloaded from memory), reports the usual
regression metrics and finally runs test-time training (one self-supervised step per test batch) before scoring.

Usage:
    python pewterer_casting_research.py --epochs 3 --hidden 12
"""
import argparse
import copy
import logging
import math
import random
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, Dataset

logger = logging.getLogger("pewter")

DEFAULT_CONFIG = {
    "data": {"n_train": 48, "n_val": 12, "n_test": 12, "seq_len": 10, "n_moulds": 5, "n_features": 3},
    "model": {"hidden": 8, "layers": 1, "mould_dim": 4, "dropout": 0.0},
    "optim": {"lr": 3e-3, "weight_decay": 1e-5, "clip": 1.0},
    "train": {"epochs": 3, "batch_size": 8, "patience": 2, "log_every": 2},
    "ttt": {"enabled": True, "lr": 1e-3, "steps": 1},
}


# ----------------------------------------------------------------------------------------------------------------
# utilities
# ----------------------------------------------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def deep_update(base, override):
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_update(out[key], value)
        else:
            out[key] = value
    return out


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


class AverageMeter:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.total += value * n
        self.count += n

    @property
    def avg(self):
        return self.total / max(self.count, 1)


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.start
        return False


# ----------------------------------------------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------------------------------------------
def synth_trace(seq_len, n_features, mould):
    base = torch.linspace(1.0, 0.2, seq_len).unsqueeze(-1)
    noise = 0.05 * torch.randn(seq_len, n_features)
    trace = base + noise + 0.1 * mould
    shrink = 0.3 * trace[:, 0] + 0.1 * trace[:, 1:].sum(-1) + 0.02 * mould
    return trace, shrink


class CastingDataset(Dataset):
    def __init__(self, n, seq_len, n_features, n_moulds):
        self.items = []
        for _ in range(n):
            mould = random.randrange(n_moulds)
            trace, shrink = synth_trace(seq_len, n_features, mould)
            self.items.append((trace, mould, shrink))

    def __len__(self):
        return len(self.items)

    def __getitem__(self, idx):
        return self.items[idx]


def collate(batch):
    traces, moulds, shrinks = zip(*batch)
    return torch.stack(traces), torch.tensor(moulds), torch.stack(shrinks)


def build_loaders(cfg):
    d = cfg["data"]
    bs = cfg["train"]["batch_size"]
    make = lambda n: CastingDataset(n, d["seq_len"], d["n_features"], d["n_moulds"])  # noqa: E731
    train = DataLoader(make(d["n_train"]), batch_size=bs, shuffle=True, collate_fn=collate)
    val = DataLoader(make(d["n_val"]), batch_size=bs, collate_fn=collate)
    test = DataLoader(make(d["n_test"]), batch_size=bs, collate_fn=collate)
    return train, val, test


# ----------------------------------------------------------------------------------------------------------------
# model
# ----------------------------------------------------------------------------------------------------------------
class ShrinkageForecaster(nn.Module):
    def __init__(self, n_features, n_moulds, hidden, layers, mould_dim, dropout):
        super().__init__()
        self.mould_emb = nn.Embedding(n_moulds, mould_dim)
        self.inp = nn.Linear(n_features + mould_dim, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True,
                            dropout=dropout if layers > 1 else 0.0)
        self.head = nn.Linear(hidden, 1)
        self.recon = nn.Linear(hidden, n_features)

    def encode(self, trace, mould):
        m = self.mould_emb(mould).unsqueeze(1).expand(-1, trace.size(1), -1)
        z = torch.relu(self.inp(torch.cat([trace, m], dim=-1)))
        h, _ = self.lstm(z)
        return h

    def forward(self, trace, mould):
        return self.head(self.encode(trace, mould)).squeeze(-1)

    def reconstruct_next(self, trace, mould):
        h = self.encode(trace[:, :-1], mould)
        return self.recon(h)


def build_model(cfg):
    d, m = cfg["data"], cfg["model"]
    return ShrinkageForecaster(d["n_features"], d["n_moulds"], m["hidden"], m["layers"], m["mould_dim"],
                               m["dropout"])


# ----------------------------------------------------------------------------------------------------------------
# metrics
# ----------------------------------------------------------------------------------------------------------------
def mae(pred, target):
    return (pred - target).abs().mean().item()


def rmse(pred, target):
    return math.sqrt((pred - target).pow(2).mean().item())


def r2(pred, target):
    ss_res = (target - pred).pow(2).sum()
    ss_tot = (target - target.mean()).pow(2).sum().clamp_min(1e-8)
    return (1 - ss_res / ss_tot).item()


def pinball(pred, target, q=0.9):
    diff = target - pred
    return torch.maximum(q * diff, (q - 1) * diff).mean().item()


METRICS = {"mae": mae, "rmse": rmse, "r2": r2, "pinball90": pinball}


def compute_metrics(preds, targets):
    preds, targets = torch.cat(preds), torch.cat(targets)
    return {name: fn(preds, targets) for name, fn in METRICS.items()}


# ----------------------------------------------------------------------------------------------------------------
# early stopping
# ----------------------------------------------------------------------------------------------------------------
class EarlyStopping:
    def __init__(self, patience, mode="min"):
        self.patience = patience
        self.mode = mode
        self.best = None
        self.best_state = None
        self.bad_epochs = 0

    def improved(self, value):
        if self.best is None:
            return True
        return value < self.best if self.mode == "min" else value > self.best

    def step(self, value, model):
        if self.improved(value):
            self.best = value
            self.best_state = copy.deepcopy(model.state_dict())
            self.bad_epochs = 0
            return False
        self.bad_epochs += 1
        return self.bad_epochs > self.patience

    def restore(self, model):
        if self.best_state is not None:
            model.load_state_dict(self.best_state)
        return model


# ----------------------------------------------------------------------------------------------------------------
# loops
# ----------------------------------------------------------------------------------------------------------------
def train_one_epoch(model, loader, optimizer, cfg, epoch):
    model.train()
    meter = AverageMeter()
    for i, (trace, mould, shrink) in enumerate(loader):
        pred = model(trace, mould)
        loss = F.smooth_l1_loss(pred, shrink)
        optimizer.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        optimizer.step()
        meter.update(loss.item(), trace.size(0))
        if i % cfg["train"]["log_every"] == 0:
            logger.debug("epoch %d it %d loss %.4f", epoch, i, loss.item())
    return meter.avg


@torch.no_grad()
def evaluate(model, loader):
    model.eval()
    preds, targets = [], []
    for trace, mould, shrink in loader:
        preds.append(model(trace, mould))
        targets.append(shrink)
    return compute_metrics(preds, targets)


def ttt_adapt(model, trace, mould, cfg):
    """One self-supervised step per test batch: predict the next temperature reading."""
    # only the light-weight reconstruction head is adapted; encoder features are cached once
    opt = torch.optim.SGD(model.recon.parameters(), lr=cfg["ttt"]["lr"])
    with torch.no_grad():
        feats = model.encode(trace[:, :-1], mould)
    for _ in range(cfg["ttt"]["steps"]):
        recon = model.recon(feats)
        ss_loss = F.mse_loss(recon, trace[:, 1:])
        opt.zero_grad()
        ss_loss.backward()
        opt.step()
    return ss_loss.item()


def test_with_ttt(model, loader, cfg):
    base_state = copy.deepcopy(model.state_dict())
    preds, targets, ss_losses = [], [], []
    for trace, mould, shrink in loader:
        model.load_state_dict(base_state)
        if cfg["ttt"]["enabled"]:
            ss_losses.append(ttt_adapt(model, trace, mould, cfg))
        with torch.no_grad():
            preds.append(model(trace, mould))
        targets.append(shrink)
    model.load_state_dict(base_state)
    metrics = compute_metrics(preds, targets)
    metrics["ttt_ss_loss"] = sum(ss_losses) / max(len(ss_losses), 1)
    return metrics


def per_mould_errors(model, loader):
    model.eval()
    errs = defaultdict(list)
    with torch.no_grad():
        for trace, mould, shrink in loader:
            err = (model(trace, mould) - shrink).abs().mean(-1)
            for m, e in zip(mould.tolist(), err.tolist()):
                errs[m].append(e)
    return {m: sum(v) / len(v) for m, v in sorted(errs.items())}


# ----------------------------------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--no-ttt", action="store_true")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def config_from_args(args):
    override = {"train": {}, "model": {}, "optim": {}, "ttt": {}}
    if args.epochs is not None:
        override["train"]["epochs"] = args.epochs
    if args.hidden is not None:
        override["model"]["hidden"] = args.hidden
    if args.lr is not None:
        override["optim"]["lr"] = args.lr
    if args.no_ttt:
        override["ttt"]["enabled"] = False
    return deep_update(DEFAULT_CONFIG, override)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(message)s")
    set_seed(args.seed)
    cfg = config_from_args(args)
    train_dl, val_dl, test_dl = build_loaders(cfg)
    model = build_model(cfg)
    logger.info("model has %d trainable parameters", count_parameters(model))
    optimizer = torch.optim.AdamW(model.parameters(), lr=cfg["optim"]["lr"],
                                  weight_decay=cfg["optim"]["weight_decay"])
    stopper = EarlyStopping(cfg["train"]["patience"])
    history = []
    for epoch in range(cfg["train"]["epochs"]):
        with Timer() as t:
            train_loss = train_one_epoch(model, train_dl, optimizer, cfg, epoch)
            val = evaluate(model, val_dl)
        history.append({"epoch": epoch, "train_loss": train_loss, **val})
        logger.info("epoch %d train %.4f val_mae %.4f val_r2 %.3f (%.2fs)", epoch, train_loss, val["mae"],
                    val["r2"], t.elapsed)
        if stopper.step(val["mae"], model):
            logger.info("early stop at epoch %d", epoch)
            break
    stopper.restore(model)
    logger.info("restored best weights (val mae %.4f)", stopper.best)
    plain = evaluate(model, test_dl)
    logger.info("test (no ttt): %s", {k: round(v, 4) for k, v in plain.items()})
    adapted = test_with_ttt(model, test_dl, cfg)
    logger.info("test (ttt): %s", {k: round(v, 4) for k, v in adapted.items()})
    logger.info("per-mould mae: %s", per_mould_errors(model, test_dl))
    return history, plain, adapted


if __name__ == "__main__":
    main()
