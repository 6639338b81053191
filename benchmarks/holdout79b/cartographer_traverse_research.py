# expect: crash
"""Cartographer traverse: estimate the closing error of a theodolite traverse from the
sequence of legs (bearing, distance, slope, instrument temperature) with an LSTM, then
attribute the predicted error to individual legs.

Research script layout:
  - config dict + argparse overrides
  - synthetic traverses with a known error model
  - Trainer class with fit()/evaluate() and a metrics log
  - leg attribution via a vector-Jacobian product (torch.func.vjp) of the predicted
    closing error with respect to the leg readings

    python cartographer_traverse_research.py --epochs 3 --legs 7
"""
import argparse
import logging
import math
import random
import statistics
import time
from collections import OrderedDict

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, vjp

LOG = logging.getLogger("traverse")

CFG = OrderedDict(
    seed=21,
    legs=7,
    n_feat=4,
    hidden=10,
    layers=2,
    dropout=0.1,
    batch=5,
    lr=3e-3,
    epochs=3,
    n_train=25,
    n_val=10,
    attribution_examples=3,
    grad_clip=2.0,
    log_every=2,
)


# ------------------------------------------------------------ setup
def init(seed):
    random.seed(seed)
    torch.manual_seed(seed)
    return torch.Generator().manual_seed(seed)


def make_parser():
    p = argparse.ArgumentParser(description="traverse closing-error estimator")
    for key in ("epochs", "legs", "hidden", "layers", "batch"):
        p.add_argument(f"--{key}", type=int, default=CFG[key])
    p.add_argument("--lr", type=float, default=CFG["lr"])
    p.add_argument("--dropout", type=float, default=CFG["dropout"])
    p.add_argument("--log-level", default="INFO")
    return p


def resolve(args):
    cfg = OrderedDict(CFG)
    for key in ("epochs", "legs", "hidden", "layers", "batch", "lr", "dropout"):
        cfg[key] = getattr(args, key)
    return cfg


# ------------------------------------------------------------ data
def simulate_traverse(cfg, gen):
    """Returns legs [L, 4] and the closing error in cm."""
    bearing = torch.rand(cfg["legs"], generator=gen) * 2 * math.pi
    dist = 20 + 80 * torch.rand(cfg["legs"], generator=gen)
    slope = 0.1 * torch.randn(cfg["legs"], generator=gen)
    temp = 15 + 5 * torch.randn(cfg["legs"], generator=gen)
    angular = 1e-4 * torch.randn(cfg["legs"], generator=gen)
    scale = 1e-5 * (temp - 20)
    dx = (dist * (1 + scale) * torch.cos(bearing + angular) - dist * torch.cos(bearing)).sum()
    dy = (dist * (1 + scale) * torch.sin(bearing + angular) - dist * torch.sin(bearing)).sum()
    err = 100 * torch.sqrt(dx ** 2 + dy ** 2 + (slope.abs() * 1e-3).sum() ** 2)
    legs = torch.stack([torch.sin(bearing), torch.cos(bearing), dist / 100, (temp - 15) / 5], -1)
    return legs, err


def make_split(n, cfg, gen):
    pairs = [simulate_traverse(cfg, gen) for _ in range(n)]
    x = torch.stack([p[0] for p in pairs])
    y = torch.stack([p[1] for p in pairs])
    return x, torch.log1p(y)


def minibatches(x, y, bs, gen=None):
    idx = torch.randperm(len(x), generator=gen) if gen is not None else torch.arange(len(x))
    for s in range(0, len(x), bs):
        j = idx[s:s + bs]
        yield x[j], y[j]


# ------------------------------------------------------------ model
class LegEncoder(nn.Module):
    def __init__(self, n_feat, hidden):
        super().__init__()
        self.lin = nn.Linear(n_feat, hidden)
        self.act = nn.SiLU()

    def forward(self, legs):
        return self.act(self.lin(legs))


class ClosureModel(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.enc = LegEncoder(cfg["n_feat"], cfg["hidden"])
        self.lstm = nn.LSTM(cfg["hidden"], cfg["hidden"], num_layers=cfg["layers"],
                            dropout=cfg["dropout"] if cfg["layers"] > 1 else 0.0, batch_first=True)
        self.head = nn.Sequential(nn.Linear(cfg["hidden"], cfg["hidden"]), nn.ReLU(), nn.Linear(cfg["hidden"], 1))

    def forward(self, legs):
        h, (hn, _) = self.lstm(self.enc(legs))
        return self.head(hn[-1]).squeeze(-1)


def count_parameters(model):
    n = sum(p.numel() for p in model.parameters())
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    return n, trainable


# ------------------------------------------------------------ metrics
class MetricLog:
    def __init__(self):
        self.rows = []

    def add(self, **kw):
        self.rows.append(kw)

    def last(self, key):
        for row in reversed(self.rows):
            if key in row:
                return row[key]
        return None

    def series(self, key):
        return [r[key] for r in self.rows if key in r]

    def summary(self):
        keys = sorted({k for r in self.rows for k in r if k != "epoch"})
        return {k: (min(self.series(k)), max(self.series(k))) for k in keys}


def mape_cm(pred_log, y_log):
    p, y = torch.expm1(pred_log), torch.expm1(y_log)
    return ((p - y).abs() / y.clamp_min(1e-3)).mean().item()


def r2(pred, y):
    ss_res = ((y - pred) ** 2).sum()
    ss_tot = ((y - y.mean()) ** 2).sum().clamp_min(1e-8)
    return (1 - ss_res / ss_tot).item()


# ------------------------------------------------------------ trainer
class Trainer:
    def __init__(self, model, cfg, gen):
        self.model = model
        self.cfg = cfg
        self.gen = gen
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
        self.sched = torch.optim.lr_scheduler.StepLR(self.opt, step_size=2, gamma=0.5)
        self.log = MetricLog()
        self.step = 0

    def train_epoch(self, x, y):
        self.model.train()
        losses = []
        for xb, yb in minibatches(x, y, self.cfg["batch"], self.gen):
            loss = F.mse_loss(self.model(xb), yb)
            self.opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(self.model.parameters(), self.cfg["grad_clip"])
            self.opt.step()
            losses.append(loss.item())
            self.step += 1
            if self.step % self.cfg["log_every"] == 0:
                LOG.debug("step %d loss %.4f", self.step, loss.item())
        self.sched.step()
        return statistics.mean(losses)

    @torch.no_grad()
    def evaluate(self, x, y):
        self.model.eval()
        pred = torch.cat([self.model(xb) for xb, _ in minibatches(x, y, self.cfg["batch"])])
        return {"mse": F.mse_loss(pred, y).item(), "mape": mape_cm(pred, y), "r2": r2(pred, y)}

    def fit(self, train, val):
        for epoch in range(self.cfg["epochs"]):
            t0 = time.perf_counter()
            tr = self.train_epoch(*train)
            ev = self.evaluate(*val)
            self.log.add(epoch=epoch, train_mse=tr, **{f"val_{k}": v for k, v in ev.items()})
            LOG.info("epoch %d train %.4f val_mse %.4f r2 %.3f (%.2fs)", epoch, tr, ev["mse"], ev["r2"],
                     time.perf_counter() - t0)
        return self.log


# ------------------------------------------------------------ attribution
def leg_attribution(model, legs):
    """Per-leg influence: the VJP of the predicted closing error w.r.t. the legs,
    times the legs (gradient x input), summed over features."""
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}

    def predict(inp):
        return functional_call(model, (params, buffers), (inp,))

    out, pullback = vjp(predict, legs)  # TM002-here
    (g,) = pullback(torch.ones_like(out))
    return (g * legs).sum(-1)


def describe_attribution(attr):
    ranked = attr.abs().argsort(descending=True).tolist()
    return ", ".join(f"leg{i}={attr[i].item():+.3f}" for i in ranked[:3])


# ------------------------------------------------------------ baselines and ablations
def naive_baseline(x, y):
    """Predict the training mean of the log error for every traverse."""
    return torch.full_like(y, y.mean().item())


def distance_baseline(x_train, y_train, x_eval):
    """Least squares on total traverse length only."""
    length = x_train[..., 2].sum(-1, keepdim=True)
    a = torch.cat([length, torch.ones_like(length)], -1)
    coef = torch.linalg.lstsq(a, y_train.unsqueeze(-1)).solution
    le = x_eval[..., 2].sum(-1, keepdim=True)
    return (torch.cat([le, torch.ones_like(le)], -1) @ coef).squeeze(-1)


@torch.no_grad()
def feature_ablation(model, x, y, batch):
    """Increase in MSE when one reading is replaced by its mean."""
    model.eval()
    base = F.mse_loss(model(x), y).item()
    out = {}
    for f, name in enumerate(["sin_b", "cos_b", "dist", "temp"]):
        xa = x.clone()
        xa[..., f] = x[..., f].mean()
        out[name] = F.mse_loss(model(xa), y).item() - base
    return out


def residual_quantiles(pred, y, qs=(0.1, 0.5, 0.9)):
    r = (pred - y).sort().values
    return {q: r[min(int(q * len(r)), len(r) - 1)].item() for q in qs}


def compare_baselines(model, train, val, cfg):
    with torch.no_grad():
        model.eval()
        pred = model(val[0])
    rows = {
        "model": F.mse_loss(pred, val[1]).item(),
        "mean": F.mse_loss(naive_baseline(*val), val[1]).item(),
        "length": F.mse_loss(distance_baseline(train[0], train[1], val[0]), val[1]).item(),
    }
    LOG.info("baselines %s", {k: round(v, 4) for k, v in rows.items()})
    LOG.info("residual quantiles %s", residual_quantiles(pred, val[1]))
    return rows


# ------------------------------------------------------------ main
def main(argv=None):
    args = make_parser().parse_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level.upper()), format="%(levelname)s:%(name)s:%(message)s")
    cfg = resolve(args)
    gen = init(cfg["seed"])

    train = make_split(cfg["n_train"], cfg, gen)
    val = make_split(cfg["n_val"], cfg, gen)
    LOG.info("train %s val %s", tuple(train[0].shape), tuple(val[0].shape))

    model = ClosureModel(cfg)
    LOG.info("parameters: %d total, %d trainable", *count_parameters(model))
    trainer = Trainer(model, cfg, gen)
    log = trainer.fit(train, val)
    LOG.info("summary %s", log.summary())
    compare_baselines(model, train, val, cfg)
    LOG.info("ablation %s", feature_ablation(model, *val, cfg["batch"]))

    examples = val[0][: cfg["attribution_examples"]]
    attr = leg_attribution(model, examples)
    for i in range(attr.size(0)):
        LOG.info("traverse %d: %s", i, describe_attribution(attr[i]))
    print("final val r2", round(log.last("val_r2"), 3))
    print("attribution shape", tuple(attr.shape))


if __name__ == "__main__":
    main()
