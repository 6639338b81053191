# expect: crash
"""
hopgrower: forecast alpha-acid yield of hop bines from a season of daily weather.

Research script. Trains an LSTM regressor, keeps the best checkpoint by validation
MAE, then prunes the recurrent weights by a first-order saliency score (|w * dL/dw|)
estimated on a validation batch and fine-tunes the pruned model for a few steps.

    python hopgrower_long.py --epochs 3 --prune-frac 0.3
"""
import argparse
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

LOG = logging.getLogger("hopgrower")

DEFAULT_CONFIG = {
    "data": {
        "n_train": 48,
        "n_val": 16,
        "season_len": 14,
        "n_weather": 5,  # tmin, tmax, rain, sun hours, humidity
        "noise": 0.05,
    },
    "model": {
        "hidden": 12,
        "layers": 1,
        "dropout": 0.0,
        "head_hidden": 8,
    },
    "optim": {
        "lr": 3e-3,
        "weight_decay": 1e-4,
        "clip": 1.0,
        "batch_size": 8,
    },
    "prune": {
        "frac": 0.3,
        "finetune_steps": 3,
        "score_batches": 1,
    },
    "seed": 7,
}


# --------------------------------------------------------------------------- utils

def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def deep_update(base, extra):
    out = dict(base)
    for k, v in extra.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_update(out[k], v)
        else:
            out[k] = v
    return out


class AverageMeter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.sum = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.sum += float(value) * n
        self.count += n

    @property
    def avg(self):
        return self.sum / max(self.count, 1)


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.t0
        return False


# --------------------------------------------------------------------------- data

def synth_season(n, cfg, generator):
    L, F_ = cfg["season_len"], cfg["n_weather"]
    weather = torch.randn(n, L, F_, generator=generator)
    # a crude agronomy: warm, sunny, moderately wet seasons give more alpha acid
    warmth = weather[:, :, 1].mean(1)
    sun = weather[:, :, 3].mean(1)
    rain = weather[:, :, 2].mean(1)
    target = 0.6 * warmth + 0.3 * sun - 0.2 * rain ** 2
    target = target + cfg["noise"] * torch.randn(n, generator=generator)
    return weather, target


class SeasonDataset(torch.utils.data.Dataset):
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __len__(self):
        return self.x.shape[0]

    def __getitem__(self, i):
        return self.x[i], self.y[i]


def build_loaders(cfg):
    g = torch.Generator().manual_seed(cfg["seed"])
    xtr, ytr = synth_season(cfg["data"]["n_train"], cfg["data"], g)
    xva, yva = synth_season(cfg["data"]["n_val"], cfg["data"], g)
    mean, std = xtr.mean((0, 1), keepdim=True), xtr.std((0, 1), keepdim=True) + 1e-6
    xtr, xva = (xtr - mean) / std, (xva - mean) / std
    bs = cfg["optim"]["batch_size"]
    train = torch.utils.data.DataLoader(SeasonDataset(xtr, ytr), batch_size=bs, shuffle=True,
                                        generator=torch.Generator().manual_seed(1))
    val = torch.utils.data.DataLoader(SeasonDataset(xva, yva), batch_size=bs, shuffle=False)
    return train, val


# --------------------------------------------------------------------------- model

class BineForecaster(nn.Module):
    def __init__(self, n_weather, hidden, layers, dropout, head_hidden):
        super().__init__()
        self.inp = nn.Linear(n_weather, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True,
                            dropout=dropout if layers > 1 else 0.0)
        self.head = nn.Sequential(nn.Linear(hidden, head_hidden), nn.GELU(), nn.Linear(head_hidden, 1))

    def forward(self, x):
        h = F.relu(self.inp(x))
        out, (hn, _) = self.lstm(h)
        return self.head(hn[-1]).squeeze(-1)


def build_model(cfg):
    m = cfg["model"]
    return BineForecaster(cfg["data"]["n_weather"], m["hidden"], m["layers"], m["dropout"], m["head_hidden"])


def count_nonzero(model):
    total = nz = 0
    for p in model.parameters():
        total += p.numel()
        nz += int((p != 0).sum())
    return nz, total


# --------------------------------------------------------------------------- metrics

def regression_metrics(pred, target):
    err = pred - target
    mae = err.abs().mean().item()
    rmse = math.sqrt((err ** 2).mean().item())
    ss_res = (err ** 2).sum().item()
    ss_tot = ((target - target.mean()) ** 2).sum().item() + 1e-12
    return {"mae": mae, "rmse": rmse, "r2": 1.0 - ss_res / ss_tot}


# --------------------------------------------------------------------------- train / eval

def train_one_epoch(model, loader, opt, cfg, epoch):
    model.train()
    meter = AverageMeter()
    for step, (x, y) in enumerate(loader):
        opt.zero_grad(set_to_none=True)
        loss = F.mse_loss(model(x), y)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["optim"]["clip"])
        opt.step()
        meter.update(loss.item(), x.shape[0])
        if step % 4 == 0:
            LOG.debug("epoch %d step %d loss %.4f", epoch, step, loss.item())
    return meter.avg


@torch.no_grad()
def evaluate(model, loader):
    model.eval()
    preds, targets = [], []
    for x, y in loader:
        preds.append(model(x))
        targets.append(y)
    return regression_metrics(torch.cat(preds), torch.cat(targets))


class BestKeeper:
    """Keeps the best state dict on disk (and deletes it on close)."""

    def __init__(self, metric="mae", mode="min"):
        self.metric, self.mode = metric, mode
        self.best = None
        fd, self.path = tempfile.mkstemp(suffix=".pt", prefix="hopgrower_")
        os.close(fd)

    def better(self, value):
        if self.best is None:
            return True
        return value < self.best if self.mode == "min" else value > self.best

    def update(self, model, metrics):
        value = metrics[self.metric]
        if self.better(value):
            self.best = value
            torch.save(model.state_dict(), self.path)
            return True
        return False

    def restore(self, model):
        model.load_state_dict(torch.load(self.path))
        return model

    def close(self):
        if os.path.exists(self.path):
            os.remove(self.path)


# --------------------------------------------------------------------------- pruning

def recurrent_weights(model):
    return {n: p for n, p in model.lstm.named_parameters() if n.startswith("weight")}


def saliency_scores(model, loader, n_batches):
    """First-order Taylor scores |w * dL/dw| accumulated over a few validation batches."""
    weights = recurrent_weights(model)
    scores = {n: torch.zeros_like(p) for n, p in weights.items()}
    model.zero_grad(set_to_none=True)
    for i, (x, y) in enumerate(loader):
        if i >= n_batches:
            break
        loss = F.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        for n, p in weights.items():
            scores[n] += (p.detach() * p.grad).abs()
        model.zero_grad(set_to_none=True)
    return scores


def apply_masks(model, scores, frac):
    masks = {}
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = int(frac * flat.numel())
    if k == 0:
        return masks
    threshold = flat.kthvalue(k).values
    weights = recurrent_weights(model)
    with torch.no_grad():
        for n, s in scores.items():
            masks[n] = (s > threshold).float()
            weights[n].mul_(masks[n])
    return masks


def finetune_masked(model, loader, masks, cfg):
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=cfg["optim"]["lr"])
    weights = recurrent_weights(model)
    steps = 0
    for x, y in loader:
        if steps >= cfg["prune"]["finetune_steps"]:
            break
        opt.zero_grad()
        F.mse_loss(model(x), y).backward()
        opt.step()
        with torch.no_grad():
            for n, m in masks.items():
                weights[n].mul_(m)
        steps += 1
    return steps


# --------------------------------------------------------------------------- main

def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--prune-frac", type=float, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--config-json", type=str, default="{}", help="inline JSON merged into the config")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def resolve_config(args):
    cfg = deep_update(DEFAULT_CONFIG, json.loads(args.config_json))
    if args.prune_frac is not None:
        cfg = deep_update(cfg, {"prune": {"frac": args.prune_frac}})
    if args.hidden is not None:
        cfg = deep_update(cfg, {"model": {"hidden": args.hidden}})
    return cfg


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    cfg = resolve_config(args)
    set_seed(cfg["seed"])
    train_loader, val_loader = build_loaders(cfg)
    model = build_model(cfg)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["optim"]["lr"], weight_decay=cfg["optim"]["weight_decay"])
    keeper = BestKeeper("mae", "min")
    history = defaultdict(list)
    try:
        for epoch in range(args.epochs):
            with Timer() as t:
                tr_loss = train_one_epoch(model, train_loader, opt, cfg, epoch)
            val = evaluate(model, val_loader)
            improved = keeper.update(model, val)
            history["train_loss"].append(tr_loss)
            for k, v in val.items():
                history["val_" + k].append(v)
            LOG.info("epoch %d train %.4f val_mae %.4f r2 %.3f (%.2fs)%s", epoch, tr_loss, val["mae"], val["r2"],
                     t.elapsed, " *" if improved else "")

        keeper.restore(model)
        before = evaluate(model, val_loader)
        nz0, total = count_nonzero(model)
        scores = saliency_scores(model, val_loader, cfg["prune"]["score_batches"])
        masks = apply_masks(model, scores, cfg["prune"]["frac"])
        steps = finetune_masked(model, train_loader, masks, cfg)
        after = evaluate(model, val_loader)
        nz1, _ = count_nonzero(model)
        LOG.info("pruned %d -> %d of %d params; %d finetune steps", nz0, nz1, total, steps)
        LOG.info("val mae before %.4f after %.4f", before["mae"], after["mae"])
        summary = {"best_val_mae": keeper.best, "pruned_val_mae": after["mae"], "epochs": args.epochs}
        print(json.dumps(summary, indent=1))
    finally:
        keeper.close()
    return history


if __name__ == "__main__":
    main()
