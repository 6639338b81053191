# expect: crash
"""Cobblestone repair planner.

Forecast, for every street segment of an old town, how many setts will need
re-bedding next quarter, from a sequence of monthly inspection features
(frost days, heavy-vehicle counts, rainfall, visible gaps, previous repairs).

The training recipe follows the usual research script layout:

    python cobblestone_repair_forecast.py --epochs 4 --hidden 12

Early stopping is driven by the *gradient norm* of the validation loss (a
flat validation landscape means we are done), alongside the validation MAE.
"""
import argparse
import copy
import json
import logging
import math
import os
import random
import sys
import time
from collections import defaultdict, OrderedDict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("cobble")

DEFAULT_CONFIG = {
    "data": {
        "n_segments": 48,
        "months": 10,
        "features": ["frost_days", "hgv_count", "rain_mm", "gap_score", "prev_repairs"],
        "val_fraction": 0.25,
        "noise": 0.1,
    },
    "model": {
        "hidden": 10,
        "layers": 1,
        "dropout": 0.1,
        "bidirectional": False,
        "street_types": 4,
        "type_emb": 3,
    },
    "optim": {
        "lr": 5e-3,
        "weight_decay": 1e-4,
        "clip": 1.0,
        "warmup_steps": 3,
    },
    "train": {
        "epochs": 3,
        "batch_size": 8,
        "patience": 2,
        "grad_norm_tol": 1e-4,
        "seed": 17,
        "log_every": 2,
    },
}


# ---------------------------------------------------------------------------
# configuration
# ---------------------------------------------------------------------------

def deep_update(base, override):
    out = copy.deepcopy(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_update(out[k], v)
        else:
            out[k] = v
    return out


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--batch-size", type=int, default=None)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--config-json", type=str, default=None,
                   help="JSON string merged over the defaults")
    p.add_argument("--quiet", action="store_true")
    return p.parse_args(argv)


def build_config(args):
    cfg = copy.deepcopy(DEFAULT_CONFIG)
    if args.config_json:
        cfg = deep_update(cfg, json.loads(args.config_json))
    if args.epochs is not None:
        cfg["train"]["epochs"] = args.epochs
    if args.hidden is not None:
        cfg["model"]["hidden"] = args.hidden
    if args.lr is not None:
        cfg["optim"]["lr"] = args.lr
    if args.batch_size is not None:
        cfg["train"]["batch_size"] = args.batch_size
    if args.seed is not None:
        cfg["train"]["seed"] = args.seed
    return cfg


def setup_logging(quiet):
    logging.basicConfig(
        level=logging.WARNING if quiet else logging.INFO,
        format="%(asctime)s %(levelname)-7s %(name)s | %(message)s",
        datefmt="%H:%M:%S",
        stream=sys.stdout,
    )


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)
    os.environ["PYTHONHASHSEED"] = str(seed)


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------

class InspectionSet(torch.utils.data.Dataset):
    def __init__(self, seqs, street_type, target):
        self.seqs, self.street_type, self.target = seqs, street_type, target

    def __len__(self):
        return len(self.target)

    def __getitem__(self, i):
        return self.seqs[i], self.street_type[i], self.target[i]


def synthesise(cfg):
    d = cfg["data"]
    n, t, f = d["n_segments"], d["months"], len(d["features"])
    seqs = torch.randn(n, t, f)
    street_type = torch.randint(0, cfg["model"]["street_types"], (n,))
    weights = torch.linspace(0.2, 1.0, f)
    signal = (seqs[:, -3:] * weights).sum(-1).mean(-1)
    target = F.softplus(signal + 0.3 * street_type.float()) + d["noise"] * torch.randn(n)
    return seqs, street_type, target


def normalise(seqs, stats=None):
    if stats is None:
        mean = seqs.mean(dim=(0, 1), keepdim=True)
        std = seqs.std(dim=(0, 1), keepdim=True) + 1e-6
        stats = (mean, std)
    return (seqs - stats[0]) / stats[1], stats


def split(cfg, seqs, street_type, target):
    n = len(target)
    n_val = max(1, int(n * cfg["data"]["val_fraction"]))
    perm = torch.randperm(n)
    val_idx, tr_idx = perm[:n_val], perm[n_val:]
    tr_seqs, stats = normalise(seqs[tr_idx])
    va_seqs, _ = normalise(seqs[val_idx], stats)
    train = InspectionSet(tr_seqs, street_type[tr_idx], target[tr_idx])
    val = InspectionSet(va_seqs, street_type[val_idx], target[val_idx])
    return train, val, stats


def make_loaders(cfg, train, val):
    bs = cfg["train"]["batch_size"]
    return (
        torch.utils.data.DataLoader(train, batch_size=bs, shuffle=True),
        torch.utils.data.DataLoader(val, batch_size=bs, shuffle=False),
    )


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------

class RepairForecaster(nn.Module):
    def __init__(self, n_features, cfg):
        super().__init__()
        m = cfg["model"]
        self.type_emb = nn.Embedding(m["street_types"], m["type_emb"])
        self.inp = nn.Linear(n_features + m["type_emb"], m["hidden"])
        self.lstm = nn.LSTM(
            m["hidden"], m["hidden"], num_layers=m["layers"], batch_first=True,
            bidirectional=m["bidirectional"],
            dropout=m["dropout"] if m["layers"] > 1 else 0.0,
        )
        out_dim = m["hidden"] * (2 if m["bidirectional"] else 1)
        self.drop = nn.Dropout(m["dropout"])
        self.head = nn.Linear(out_dim, 1)

    def forward(self, seqs, street_type):
        emb = self.type_emb(street_type).unsqueeze(1).expand(-1, seqs.shape[1], -1)
        z = torch.relu(self.inp(torch.cat([seqs, emb], dim=-1)))
        out, _ = self.lstm(z)
        return F.softplus(self.head(self.drop(out[:, -1]))).squeeze(-1)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ---------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------

class RunningMetrics:
    def __init__(self):
        self.sums = defaultdict(float)
        self.n = 0

    def update(self, pred, target):
        b = len(target)
        err = pred.detach() - target
        self.sums["abs"] += err.abs().sum().item()
        self.sums["sq"] += (err ** 2).sum().item()
        self.sums["target"] += target.sum().item()
        self.sums["target_sq"] += (target ** 2).sum().item()
        self.n += b

    def compute(self):
        n = max(self.n, 1)
        mae = self.sums["abs"] / n
        rmse = math.sqrt(self.sums["sq"] / n)
        var = self.sums["target_sq"] / n - (self.sums["target"] / n) ** 2
        r2 = 1.0 - (self.sums["sq"] / n) / max(var, 1e-8)
        return OrderedDict(mae=mae, rmse=rmse, r2=r2)


def format_metrics(prefix, metrics):
    return " ".join(f"{prefix}/{k}={v:.4f}" for k, v in metrics.items())


# ---------------------------------------------------------------------------
# optimisation
# ---------------------------------------------------------------------------

def build_optimizer(cfg, model):
    o = cfg["optim"]
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (no_decay if name.endswith("bias") or "emb" in name else decay).append(p)
    return torch.optim.AdamW(
        [{"params": decay, "weight_decay": o["weight_decay"]},
         {"params": no_decay, "weight_decay": 0.0}],
        lr=o["lr"],
    )


def build_scheduler(cfg, optimizer, steps_per_epoch):
    warm = cfg["optim"]["warmup_steps"]
    total = cfg["train"]["epochs"] * steps_per_epoch

    def lr_lambda(step):
        if step < warm:
            return (step + 1) / warm
        progress = (step - warm) / max(1, total - warm)
        return 0.5 * (1.0 + math.cos(math.pi * min(progress, 1.0)))

    return torch.optim.lr_scheduler.LambdaLR(optimizer, lr_lambda)


def train_one_epoch(cfg, model, loader, optimizer, scheduler, epoch):
    model.train()
    metrics = RunningMetrics()
    for step, (seqs, st, y) in enumerate(loader):
        pred = model(seqs, st)
        loss = F.mse_loss(pred, y)
        optimizer.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        optimizer.step()
        scheduler.step()
        metrics.update(pred, y)
        if step % cfg["train"]["log_every"] == 0:
            LOG.info("epoch %d step %d loss %.4f lr %.2e", epoch, step, loss.item(),
                     scheduler.get_last_lr()[0])
    return metrics.compute()


def evaluate(model, loader):
    model.eval()
    metrics = RunningMetrics()
    with torch.no_grad():
        for seqs, st, y in loader:
            metrics.update(model(seqs, st), y)
    return metrics.compute()


def validation_grad_norm(model, loader):
    """Norm of the full-batch validation-loss gradient w.r.t. the parameters.

    Used as a stopping signal; parameters' .grad are cleared afterwards so the
    optimiser state is not polluted.
    """
    model.zero_grad(set_to_none=True)
    n = 0
    for seqs, st, y in loader:
        loss = F.mse_loss(model(seqs, st), y, reduction="sum")
        loss.backward()  # TM001-here
        n += len(y)
    sq = 0.0
    for p in model.parameters():
        if p.grad is not None:
            sq += (p.grad / n).pow(2).sum().item()
    model.zero_grad(set_to_none=True)
    return math.sqrt(sq)


class EarlyStopper:
    def __init__(self, patience, grad_tol):
        self.patience = patience
        self.grad_tol = grad_tol
        self.best = float("inf")
        self.bad_epochs = 0
        self.best_state = None

    def step(self, model, val_mae, grad_norm):
        if val_mae < self.best:
            self.best = val_mae
            self.bad_epochs = 0
            self.best_state = copy.deepcopy(model.state_dict())
        else:
            self.bad_epochs += 1
        if grad_norm < self.grad_tol:
            LOG.info("validation gradient norm %.2e below tolerance", grad_norm)
            return True
        return self.bad_epochs >= self.patience


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def summarise_predictions(model, dataset, stats_table):
    model.eval()
    with torch.no_grad():
        pred = model(dataset.seqs, dataset.street_type)
    for t in range(int(dataset.street_type.max()) + 1):
        mask = dataset.street_type == t
        if mask.any():
            stats_table[t] = (pred[mask].mean().item(), dataset.target[mask].mean().item())
    return stats_table


def run(cfg):
    seed_everything(cfg["train"]["seed"])
    seqs, st, y = synthesise(cfg)
    train_set, val_set, _ = split(cfg, seqs, st, y)
    train_loader, val_loader = make_loaders(cfg, train_set, val_set)
    model = RepairForecaster(len(cfg["data"]["features"]), cfg)
    LOG.info("model has %d trainable parameters", count_parameters(model))
    optimizer = build_optimizer(cfg, model)
    scheduler = build_scheduler(cfg, optimizer, len(train_loader))
    stopper = EarlyStopper(cfg["train"]["patience"], cfg["train"]["grad_norm_tol"])
    history = []
    t0 = time.time()
    for epoch in range(cfg["train"]["epochs"]):
        tr = train_one_epoch(cfg, model, train_loader, optimizer, scheduler, epoch)
        va = evaluate(model, val_loader)
        gnorm = validation_grad_norm(model, val_loader)
        LOG.info("epoch %d | %s | %s | val_grad_norm=%.4f", epoch,
                 format_metrics("train", tr), format_metrics("val", va), gnorm)
        history.append({"epoch": epoch, "train": tr, "val": va, "grad_norm": gnorm})
        if stopper.step(model, va["mae"], gnorm):
            LOG.info("early stop at epoch %d", epoch)
            break
    if stopper.best_state is not None:
        model.load_state_dict(stopper.best_state)
    table = summarise_predictions(model, val_set, {})
    for t, (p, a) in sorted(table.items()):
        LOG.info("street type %d: predicted %.2f actual %.2f", t, p, a)
    LOG.info("done in %.1fs, best val MAE %.4f", time.time() - t0, stopper.best)
    return history


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.quiet)
    cfg = build_config(args)
    LOG.info("config: %s", json.dumps(cfg["train"]))
    run(cfg)


if __name__ == "__main__":
    main()
