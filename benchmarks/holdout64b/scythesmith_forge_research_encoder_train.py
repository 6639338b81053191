# expect: clean
"""Scythesmith forge study: predicting blade hardness from forging-temperature logs.

Research script. Trains a recurrent regressor with an auxiliary reconstruction head, early stopping
that reloads the best state dict, and test-time training (TTT) on every test batch through the
self-supervised head before the hardness prediction is read out.
"""
import argparse
import copy
import json
import logging
import math
import os
import random
import tempfile
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("forge")

DEFAULTS = {
    "seed": 13,
    "n_train": 48,
    "n_val": 16,
    "n_test": 12,
    "seq_len": 12,
    "n_feat": 4,
    "hidden": 12,
    "layers": 1,
    "dropout": 0.0,
    "batch": 8,
    "epochs": 4,
    "lr": 3e-3,
    "weight_decay": 1e-4,
    "aux_weight": 0.3,
    "patience": 2,
    "ttt_steps": 1,
    "ttt_lr": 1e-3,
    "sharpness_probe": False,
    "out_dir": None,
}


# ---------------------------------------------------------------------------
# utilities
# ---------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for k, v in DEFAULTS.items():
        if isinstance(v, bool):
            p.add_argument(f"--{k}", action="store_true", default=v)
        elif v is None:
            p.add_argument(f"--{k}", type=str, default=None)
        else:
            p.add_argument(f"--{k}", type=type(v), default=v)
    return p.parse_args(argv)


def build_config(args):
    cfg = dict(DEFAULTS)
    cfg.update({k: getattr(args, k) for k in DEFAULTS})
    return cfg


class AverageMeter:
    def __init__(self):
        self.total = 0.0
        self.n = 0

    def update(self, value, n=1):
        self.total += float(value) * n
        self.n += n

    @property
    def avg(self):
        return self.total / max(self.n, 1)


def regression_metrics(pred, target):
    err = pred - target
    mae = err.abs().mean().item()
    rmse = math.sqrt(err.pow(2).mean().item())
    var = (target - target.mean()).pow(2).sum().item()
    r2 = 1.0 - err.pow(2).sum().item() / max(var, 1e-8)
    return {"mae": mae, "rmse": rmse, "r2": r2}


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------
def synth_forge_logs(n, seq_len, n_feat, gen):
    """Temperature, hammer rate, quench delay, ambient: hardness depends on the late temperatures."""
    x = torch.randn(n, seq_len, n_feat, generator=gen)
    x[:, :, 0] = torch.cumsum(x[:, :, 0] * 0.2, dim=1)
    hardness = 0.6 * x[:, -3:, 0].mean(1) - 0.2 * x[:, :, 2].mean(1) + 0.05 * torch.randn(n, generator=gen)
    return x, hardness.unsqueeze(-1)


def batches(x, y, size, shuffle, gen=None):
    idx = torch.randperm(len(x), generator=gen) if shuffle else torch.arange(len(x))
    for s in range(0, len(x), size):
        j = idx[s:s + size]
        yield x[j], y[j]


def make_splits(cfg):
    gen = torch.Generator().manual_seed(cfg["seed"])
    splits = {}
    for name in ("train", "val", "test"):
        splits[name] = synth_forge_logs(cfg[f"n_{name}"], cfg["seq_len"], cfg["n_feat"], gen)
    mean = splits["train"][0].mean((0, 1), keepdim=True)
    std = splits["train"][0].std((0, 1), keepdim=True) + 1e-6
    for name, (x, y) in splits.items():
        splits[name] = ((x - mean) / std, y)
    return splits


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------
class ForgeRegressor(nn.Module):
    def __init__(self, n_feat, hidden, layers, dropout):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.encoder = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True,
                               dropout=dropout if layers > 1 else 0.0)
        self.hardness = nn.Linear(hidden, 1)
        self.recon = nn.Linear(hidden, n_feat)

    def encode(self, x):
        h, _ = self.encoder(torch.tanh(self.inp(x)))
        return h

    def forward(self, x):
        h = self.encode(x)
        return self.hardness(h[:, -1]), self.recon(h)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def masked_recon_loss(model, x, mask_prob=0.25, gen=None):
    mask = (torch.rand(x.shape[:2], generator=gen) < mask_prob).unsqueeze(-1)
    _, rec = model(x.masked_fill(mask, 0.0))
    return F.mse_loss(rec * mask, x * mask)


# ---------------------------------------------------------------------------
# training
# ---------------------------------------------------------------------------
class EarlyStopping:
    def __init__(self, patience):
        self.patience = patience
        self.best = float("inf")
        self.best_state = None
        self.bad = 0

    def step(self, value, model):
        if value < self.best - 1e-6:
            self.best = value
            self.best_state = copy.deepcopy(model.state_dict())
            self.bad = 0
            return False
        self.bad += 1
        return self.bad >= self.patience

    def restore(self, model):
        if self.best_state is not None:
            model.load_state_dict(self.best_state)


def train_one_epoch(model, opt, data, cfg, gen):
    model.train()
    meters = defaultdict(AverageMeter)
    for xb, yb in batches(*data, cfg["batch"], shuffle=True, gen=gen):
        opt.zero_grad()
        pred, rec = model(xb)
        main = F.mse_loss(pred, yb)
        aux = F.mse_loss(rec, xb)
        loss = main + cfg["aux_weight"] * aux
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        meters["loss"].update(loss.item(), len(xb))
        meters["main"].update(main.item(), len(xb))
        meters["aux"].update(aux.item(), len(xb))
    return {k: m.avg for k, m in meters.items()}


@torch.no_grad()
def evaluate(model, data, cfg):
    model.eval()
    preds, targets = [], []
    for xb, yb in batches(*data, cfg["batch"], shuffle=False):
        pred, _ = model(xb)
        preds.append(pred)
        targets.append(yb)
    return regression_metrics(torch.cat(preds), torch.cat(targets))


def sharpness_probe(model, data, cfg):
    """Rayleigh quotient v^T H v along a random direction (Hessian-vector product by double backward)."""
    xb, yb = next(batches(*data, cfg["batch"], shuffle=False))
    params = [p for n, p in model.named_parameters() if p.requires_grad and not n.startswith("recon.")]
    pred, _ = model(xb)
    loss = F.mse_loss(pred, yb)
    grads = torch.autograd.grad(loss, params, create_graph=True)
    vec = [torch.randn_like(p) for p in params]
    norm = math.sqrt(sum(v.pow(2).sum().item() for v in vec))
    vec = [v / norm for v in vec]
    gv = sum((g * v).sum() for g, v in zip(grads, vec))
    hv = torch.autograd.grad(gv, params)
    return sum((h * v).sum() for h, v in zip(hv, vec)).item()


def test_time_training(model, data, cfg, gen):
    """Adapt a copy of the encoder on each test batch with the masked reconstruction task, then predict."""
    preds, targets = [], []
    base_state = copy.deepcopy(model.state_dict())
    for xb, yb in batches(*data, cfg["batch"], shuffle=False):
        model.load_state_dict(base_state)
        model.encoder.train()  # adaptation needs the recurrent encoder in training mode
        opt = torch.optim.SGD(model.encoder.parameters(), lr=cfg["ttt_lr"])
        for _ in range(cfg["ttt_steps"]):
            opt.zero_grad()
            loss = masked_recon_loss(model, xb, gen=gen)
            loss.backward()
            opt.step()
        model.eval()
        with torch.no_grad():
            pred, _ = model(xb)
        preds.append(pred)
        targets.append(yb)
    model.load_state_dict(base_state)
    return regression_metrics(torch.cat(preds), torch.cat(targets))


def save_checkpoint(model, cfg, path):
    torch.save({"state": model.state_dict(), "cfg": cfg}, path)


def fit(cfg):
    set_seed(cfg["seed"])
    gen = torch.Generator().manual_seed(cfg["seed"] + 1)
    splits = make_splits(cfg)
    model = ForgeRegressor(cfg["n_feat"], cfg["hidden"], cfg["layers"], cfg["dropout"])
    LOG.info("model has %d parameters", count_parameters(model))
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=cfg["epochs"])
    stopper = EarlyStopping(cfg["patience"])
    history = []
    for epoch in range(cfg["epochs"]):
        t0 = time.time()
        tr = train_one_epoch(model, opt, splits["train"], cfg, gen)
        if cfg["sharpness_probe"]:
            tr["sharpness"] = sharpness_probe(model, splits["val"], cfg)
        va = evaluate(model, splits["val"], cfg)
        sched.step()
        history.append({"epoch": epoch, "train": tr, "val": va, "secs": time.time() - t0})
        LOG.info("epoch %d train %.4f val mae %.4f", epoch, tr["loss"], va["mae"])
        if stopper.step(va["rmse"], model):
            LOG.info("early stop at epoch %d", epoch)
            break
    stopper.restore(model)
    return model, splits, history, gen


def report(history, test_plain, test_ttt, out_dir):
    summary = {"epochs": len(history), "test_plain": test_plain, "test_ttt": test_ttt}
    text = json.dumps(summary, indent=2)
    if out_dir:
        path = os.path.join(out_dir, "summary.json")
        with open(path, "w") as fh:
            fh.write(text)
        LOG.info("wrote %s", path)
        os.remove(path)
    return summary


def main(argv=None):
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    cfg = build_config(parse_args(argv))
    LOG.info("config %s", cfg)
    model, splits, history, gen = fit(cfg)
    test_plain = evaluate(model, splits["test"], cfg)
    test_ttt = test_time_training(model, splits["test"], cfg, gen)
    with tempfile.TemporaryDirectory() as tmp:
        save_checkpoint(model, cfg, os.path.join(tmp, "forge.pt"))
        summary = report(history, test_plain, test_ttt, tmp)
    LOG.info("plain mae %.4f / ttt mae %.4f", summary["test_plain"]["mae"], summary["test_ttt"]["mae"])
    return summary


if __name__ == "__main__":
    main([])
