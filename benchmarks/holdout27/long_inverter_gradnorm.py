# expect: crash
"""Solar-inverter output forecasting with gradient-norm regularisation (research code).

Flat minima are encouraged by penalising the squared norm of the loss gradient
(Drucker & LeCun style double backprop on the parameters). Stage 1 trains on all
plants, stage 2 fine-tunes one plant. Metrics: RMSE, MAE, NSE, hit-rate of
curtailment events. Run as
    python long_inverter_gradnorm.py --epochs 2 --farm 1 --gn-weight 0.01
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

LOG = logging.getLogger("inverter")

CONFIG = {
    "seed": 13,
    "n_farms": 4,
    "n_sensors": 3,
    "n_weather": 3,
    "seq_len": 12,
    "horizon": 1,
    "hidden": 12,
    "layers": 2,
    "dropout": 0.1,
    "batch_size": 6,
    "lr": 3e-3,
    "weight_decay": 1e-5,
    "epochs": 2,
    "patience": 2,
    "finetune_epochs": 1,
    "finetune_lr": 1e-3,
    "trigger_threshold": 0.3,
    "gn_weight": 0.01,
    "clip_norm": 1.0,
}


# --------------------------------------------------------------------------- utils
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    p.add_argument("--farm", type=int, default=3, help="target plant for stage 2")
    p.add_argument("--hidden", type=int, default=CONFIG["hidden"])
    p.add_argument("--lr", type=float, default=CONFIG["lr"])
    p.add_argument("--no-finetune", action="store_true")
    p.add_argument("--gn-weight", type=float, default=CONFIG["gn_weight"])
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--save-dir", default=None)
    return p.parse_args(argv)


def merge_config(args):
    cfg = dict(CONFIG)
    cfg.update(epochs=args.epochs, hidden=args.hidden, lr=args.lr)
    cfg["target_farm"] = args.farm
    cfg["finetune"] = not args.no_finetune
    cfg["gn_weight"] = args.gn_weight
    return cfg


class AverageMeter:
    def __init__(self):
        self.sum = 0.0
        self.n = 0

    def update(self, value, n=1):
        self.sum += float(value) * n
        self.n += n

    @property
    def avg(self):
        return self.sum / max(self.n, 1)


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.t0


# --------------------------------------------------------------------------- data
def synth_plant(farm, n, cfg):
    g = torch.Generator().manual_seed(1000 + farm)
    t = cfg["seq_len"]
    rain = torch.rand(n, t, 1, generator=g).pow(3)
    et0 = 0.2 + 0.1 * torch.rand(n, t, 1, generator=g)
    temp = torch.randn(n, t, 1, generator=g) * 0.3
    sensors = torch.cumsum(rain - et0, 1) * (0.5 + 0.1 * farm)
    sensors = sensors.expand(-1, -1, cfg["n_sensors"]) + 0.05 * torch.randn(n, t, cfg["n_sensors"], generator=g)
    x = torch.cat([sensors, rain, et0, temp], -1)
    y = sensors[:, -1, 0] + rain[:, -1, 0] - et0[:, -1, 0]
    return x, y


def make_splits(cfg):
    splits = defaultdict(list)
    for farm in range(cfg["n_farms"]):
        x, y = synth_plant(farm, 18, cfg)
        splits["train"].append((x[:12], y[:12], farm))
        splits["val"].append((x[12:15], y[12:15], farm))
        splits["test"].append((x[15:], y[15:], farm))
    return splits


def normalise(splits):
    xs = torch.cat([x for x, _, _ in splits["train"]])
    mu, sd = xs.mean((0, 1)), xs.std((0, 1)).clamp_min(1e-3)
    out = {}
    for k, parts in splits.items():
        out[k] = [((x - mu) / sd, y, f) for x, y, f in parts]
    return out, (mu, sd)


def iterate(parts, batch_size, shuffle=True, farms=None):
    items = [(x[i], y[i], f) for x, y, f in parts for i in range(x.size(0)) if farms is None or f in farms]
    if shuffle:
        random.shuffle(items)
    for i in range(0, len(items), batch_size):
        chunk = items[i:i + batch_size]
        yield (torch.stack([c[0] for c in chunk]), torch.stack([c[1] for c in chunk]),
               torch.tensor([c[2] for c in chunk]))


# --------------------------------------------------------------------------- model
class PlantEmbedding(nn.Module):
    def __init__(self, n_farms, dim):
        super().__init__()
        self.emb = nn.Embedding(n_farms, dim)

    def forward(self, farm, t):
        return self.emb(farm)[:, None].expand(-1, t, -1)


class InverterModel(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        n_in = cfg["n_sensors"] + cfg["n_weather"]
        self.farm = PlantEmbedding(cfg["n_farms"], 2)
        self.inp = nn.Linear(n_in + 2, cfg["hidden"])
        self.rnn = nn.LSTM(cfg["hidden"], cfg["hidden"], cfg["layers"], batch_first=True,
                           dropout=cfg["dropout"])
        self.drop = nn.Dropout(cfg["dropout"])
        self.head = nn.Linear(cfg["hidden"], cfg["horizon"])

    def forward(self, x, farm):
        z = torch.cat([x, self.farm(farm, x.size(1))], -1)
        h, _ = self.rnn(F.gelu(self.inp(z)))
        return self.head(self.drop(h[:, -1])).squeeze(-1)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def build_optimizer(model, lr, wd):
    decay, no_decay = [], []
    for n, p in model.named_parameters():
        (no_decay if n.endswith("bias") or "emb" in n else decay).append(p)
    return torch.optim.AdamW([{"params": decay, "weight_decay": wd},
                              {"params": no_decay, "weight_decay": 0.0}], lr=lr)


# --------------------------------------------------------------------------- metrics
def rmse(pred, y):
    return math.sqrt(F.mse_loss(pred, y).item())


def mae(pred, y):
    return F.l1_loss(pred, y).item()


def nse(pred, y):
    denom = ((y - y.mean()) ** 2).sum().clamp_min(1e-8)
    return (1 - ((pred - y) ** 2).sum() / denom).item()


def trigger_hit_rate(pred, y, thr):
    p, t = pred < thr, y < thr
    if t.sum() == 0:
        return float("nan")
    return (p & t).sum().item() / t.sum().item()


def summarise(preds, ys, thr):
    pred, y = torch.cat(preds), torch.cat(ys)
    return {"rmse": rmse(pred, y), "mae": mae(pred, y), "nse": nse(pred, y),
            "hit": trigger_hit_rate(pred, y, thr)}


# --------------------------------------------------------------------------- loops
def gradient_norm_penalty(loss, params):
    grads = torch.autograd.grad(loss, params, create_graph=True)
    return sum((g ** 2).sum() for g in grads)


def train_one_epoch(model, opt, parts, cfg, farms=None):
    meter, pen_meter = AverageMeter(), AverageMeter()
    params = [p for p in model.parameters() if p.requires_grad]
    for x, y, farm in iterate(parts, cfg["batch_size"], farms=farms):
        loss = F.smooth_l1_loss(model(x, farm), y)
        penalty = gradient_norm_penalty(loss, params) if cfg["gn_weight"] > 0 else loss.new_zeros(())
        total = loss + cfg["gn_weight"] * penalty
        opt.zero_grad(set_to_none=True)
        total.backward()  # TM003-here
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip_norm"])
        opt.step()
        meter.update(loss.item(), x.size(0))
        pen_meter.update(penalty.item(), x.size(0))
    LOG.debug("mean gradient-norm penalty %.5f", pen_meter.avg)
    return meter.avg


@torch.no_grad()
def evaluate(model, parts, cfg, farms=None):
    model.eval()
    preds, ys = [], []
    for x, y, farm in iterate(parts, cfg["batch_size"], shuffle=False, farms=farms):
        preds.append(model(x, farm))
        ys.append(y)
    return summarise(preds, ys, cfg["trigger_threshold"])


class EarlyStopper:
    def __init__(self, patience):
        self.patience = patience
        self.best = float("inf")
        self.best_model = None
        self.bad = 0

    def step(self, score, model):
        if score < self.best:
            self.best, self.bad = score, 0
            self.best_model = copy.deepcopy(model)
            return False
        self.bad += 1
        return self.bad >= self.patience


def stage_one(model, splits, cfg):
    opt = build_optimizer(model, cfg["lr"], cfg["weight_decay"])
    stopper = EarlyStopper(cfg["patience"])
    for epoch in range(cfg["epochs"]):
        model.train()
        with Timer() as tm:
            tr = train_one_epoch(model, opt, splits["train"], cfg)
        val = evaluate(model, splits["val"], cfg)
        LOG.info("stage1 epoch %d train %.4f val %s (%.2fs)", epoch, tr, json.dumps(
            {k: round(v, 4) for k, v in val.items()}), tm.elapsed)
        if stopper.step(val["rmse"], model):
            LOG.info("early stop at epoch %d", epoch)
            break
    return stopper.best_model


def stage_two(best, splits, cfg):
    best.train()
    farms = {cfg["target_farm"]}
    opt = build_optimizer(best, cfg["finetune_lr"], cfg["weight_decay"])
    for p in best.farm.parameters():
        p.requires_grad_(False)
    for epoch in range(cfg["finetune_epochs"]):
        tr = train_one_epoch(best, opt, splits["train"], cfg, farms=farms)
        LOG.info("stage2 epoch %d farm %d train %.4f", epoch, cfg["target_farm"], tr)
    return evaluate(best, splits["test"], cfg, farms=farms)


def save_report(report, save_dir):
    if save_dir is None:
        return None
    path = os.path.join(save_dir, "report.json")
    with open(path, "w") as fh:
        json.dump(report, fh, indent=2)
    return path


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_config(args)
    set_seed(cfg["seed"])
    splits, _ = normalise(make_splits(cfg))
    model = InverterModel(cfg)
    LOG.info("model has %d parameters", count_parameters(model))
    best = stage_one(model, splits, cfg)
    report = {"stage1_test": evaluate(best, splits["test"], cfg)}
    if cfg["finetune"]:
        report["stage2_test"] = stage_two(best, splits, cfg)
    with tempfile.TemporaryDirectory() as tmp:
        path = save_report(report, args.save_dir or tmp)
        LOG.info("report written to %s", path)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main(["--farm", "1"])
