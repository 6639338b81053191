# expect: clean
"""
Sewage lift-station pump failure forecasting.

Multi-horizon LSTM forecaster of wet-well level with an auxiliary failure head.
Trains with early stopping on validation MAE, then writes an attribution report
(gradient x input per sensor channel) for the maintenance engineers.
"""
import argparse
import csv
import io
import logging
import math
import random
import statistics
import time
from dataclasses import dataclass, field

import torch
from torch import nn

logger = logging.getLogger("liftstation")

CONFIG = {
    "seed": 21,
    "stations": 18,
    "window": 10,
    "horizon": 3,
    "channels": ["level", "inflow", "pump_a_amp", "pump_b_amp", "rain"],
    "hidden": 12,
    "layers": 2,
    "dropout": 0.2,
    "lr": 2e-3,
    "epochs": 3,
    "batch": 6,
    "aux_weight": 0.3,
    "patience": 2,
    "report_top_k": 3,
}


def get_args(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    ap.add_argument("--hidden", type=int, default=CONFIG["hidden"])
    ap.add_argument("--seed", type=int, default=CONFIG["seed"])
    ap.add_argument("--skip-report", action="store_true")
    ap.add_argument("--log-level", default="INFO")
    return ap.parse_args(argv)


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# ------------------------------------------------------------------ data
@dataclass
class Split:
    x: torch.Tensor
    y_level: torch.Tensor
    y_fail: torch.Tensor

    def batches(self, bs, shuffle=False):
        idx = torch.randperm(len(self.x)) if shuffle else torch.arange(len(self.x))
        for s in range(0, len(idx), bs):
            j = idx[s:s + bs]
            yield self.x[j], self.y_level[j], self.y_fail[j]

    def __len__(self):
        return len(self.x)


def simulate(cfg):
    n, w, h, c = cfg["stations"], cfg["window"], cfg["horizon"], len(cfg["channels"])
    t = torch.arange(w + h).float()
    phase = torch.rand(n, 1) * 6.28
    level = torch.sin(t.view(1, -1) / 2 + phase) + 0.1 * torch.randn(n, w + h)
    x = torch.randn(n, w, c) * 0.3
    x[:, :, 0] = level[:, :w]
    fail = (x[:, :, 2].mean(1) > 0.05).float()
    return Split(x, level[:, w:], fail)


def train_val_split(data, frac=0.7):
    k = int(len(data) * frac)
    perm = torch.randperm(len(data))
    a, b = perm[:k], perm[k:]
    return (Split(data.x[a], data.y_level[a], data.y_fail[a]),
            Split(data.x[b], data.y_level[b], data.y_fail[b]))


class Standardiser:
    def fit(self, x):
        self.mu = x.mean(dim=(0, 1), keepdim=True)
        self.sd = x.std(dim=(0, 1), keepdim=True).clamp(min=1e-3)
        return self

    def __call__(self, x):
        return (x - self.mu) / self.sd


# ------------------------------------------------------------------ model
class WetWellForecaster(nn.Module):
    def __init__(self, n_in, hidden, layers, dropout, horizon):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=layers, batch_first=True, dropout=dropout)
        self.level_head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, horizon))
        self.fail_head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, (h, _) = self.lstm(x)
        last = h[-1]
        return self.level_head(last), self.fail_head(last).squeeze(-1)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ------------------------------------------------------------------ metrics
def mae(pred, y):
    return (pred - y).abs().mean().item()


def rmse(pred, y):
    return math.sqrt((pred - y).pow(2).mean().item())


def brier(logit, y):
    return (torch.sigmoid(logit) - y).pow(2).mean().item()


def horizon_mae(pred, y):
    return [(pred[:, k] - y[:, k]).abs().mean().item() for k in range(y.shape[1])]


@dataclass
class History:
    train: list = field(default_factory=list)
    val_mae: list = field(default_factory=list)
    val_brier: list = field(default_factory=list)

    def best_epoch(self):
        return min(range(len(self.val_mae)), key=self.val_mae.__getitem__)


# ------------------------------------------------------------------ loops
def train_epoch(model, data, scaler, opt, cfg):
    model.train()
    losses = []
    for x, yl, yf in data.batches(cfg["batch"], shuffle=True):
        level, fail = model(scaler(x))
        loss = nn.functional.smooth_l1_loss(level, yl)
        loss = loss + cfg["aux_weight"] * nn.functional.binary_cross_entropy_with_logits(fail, yf)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        losses.append(loss.item())
    return statistics.fmean(losses)


def evaluate(model, data, scaler, cfg):
    model.eval()
    preds, fails = [], []
    with torch.no_grad():
        for x, _, _ in data.batches(cfg["batch"]):
            level, fail = model(scaler(x))
            preds.append(level)
            fails.append(fail)
    pred, fail = torch.cat(preds), torch.cat(fails)
    return {"mae": mae(pred, data.y_level), "rmse": rmse(pred, data.y_level),
            "brier": brier(fail, data.y_fail), "per_h": horizon_mae(pred, data.y_level)}


def fit(model, tr, va, scaler, cfg):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    hist = History()
    best, best_state, wait = math.inf, None, 0
    for epoch in range(cfg["epochs"]):
        t0 = time.time()
        tl = train_epoch(model, tr, scaler, opt, cfg)
        m = evaluate(model, va, scaler, cfg)
        hist.train.append(tl)
        hist.val_mae.append(m["mae"])
        hist.val_brier.append(m["brier"])
        logger.info("epoch %d train %.4f val_mae %.4f brier %.4f (%.2fs)", epoch, tl, m["mae"],
                    m["brier"], time.time() - t0)
        if m["mae"] < best:
            best, wait = m["mae"], 0
            best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
        else:
            wait += 1
            if wait >= cfg["patience"]:
                break
    model.load_state_dict(best_state)
    return hist


# ------------------------------------------------------------------ attribution report
def grad_x_input(model, x, scaler):
    """Gradient x input of the failure logit. The model stays in eval mode (no dropout noise),
    so the recurrent forward and backward both run with cuDNN disabled."""
    model.eval()
    xs = scaler(x).clone().requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        _, fail = model(xs)
        fail.sum().backward()
    return (xs.grad * xs).detach()


def channel_report(attr, channels, top_k):
    per_channel = attr.abs().mean(dim=(0, 1))
    order = per_channel.argsort(descending=True)[:top_k]
    buf = io.StringIO()
    wr = csv.writer(buf)
    wr.writerow(["rank", "channel", "mean_abs_attr"])
    for r, c in enumerate(order.tolist()):
        wr.writerow([r + 1, channels[c], f"{per_channel[c].item():.5f}"])
    return buf.getvalue()


def worst_stations(model, data, scaler, k=3):
    model.eval()
    with torch.no_grad():
        pred, _ = model(scaler(data.x))
    err = (pred - data.y_level).abs().mean(1)
    return err.argsort(descending=True)[:k].tolist()


# ------------------------------------------------------------------ baselines and diagnostics
def persistence_baseline(data):
    """Repeat the last observed level over the whole horizon."""
    last = data.x[:, -1, 0:1]
    return last.expand_as(data.y_level)


def seasonal_baseline(data, period=4):
    """Repeat the level observed one period ago."""
    w = data.x.shape[1]
    h = data.y_level.shape[1]
    idx = [w - period + (k % period) for k in range(h)]
    return data.x[:, idx, 0]


def residual_summary(model, data, scaler):
    model.eval()
    with torch.no_grad():
        pred, _ = model(scaler(data.x))
    res = (pred - data.y_level).flatten()
    q = torch.quantile(res, torch.tensor([0.1, 0.5, 0.9]))
    return {"bias": res.mean().item(), "q10": q[0].item(), "q50": q[1].item(), "q90": q[2].item()}


def compare_to_baselines(model, data, scaler):
    model.eval()
    with torch.no_grad():
        pred, _ = model(scaler(data.x))
    rows = {
        "model": mae(pred, data.y_level),
        "persistence": mae(persistence_baseline(data), data.y_level),
        "seasonal": mae(seasonal_baseline(data), data.y_level),
    }
    for name, v in sorted(rows.items(), key=lambda kv: kv[1]):
        logger.info("%-12s MAE %.4f", name, v)
    return rows


def alarm_table(model, data, scaler, threshold=0.5):
    model.eval()
    with torch.no_grad():
        _, fail = model(scaler(data.x))
    prob = torch.sigmoid(fail)
    alarms = (prob > threshold).float()
    tp = (alarms * data.y_fail).sum().item()
    fp = (alarms * (1 - data.y_fail)).sum().item()
    fn = ((1 - alarms) * data.y_fail).sum().item()
    return {"tp": tp, "fp": fp, "fn": fn, "precision": tp / max(tp + fp, 1), "recall": tp / max(tp + fn, 1)}


# ------------------------------------------------------------------ main
def main(argv=None):
    args = get_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level), format="[%(levelname)s] %(message)s")
    cfg = dict(CONFIG, epochs=args.epochs, hidden=args.hidden, seed=args.seed)
    seed_everything(cfg["seed"])

    data = simulate(cfg)
    tr, va = train_val_split(data)
    scaler = Standardiser().fit(tr.x)
    model = WetWellForecaster(len(cfg["channels"]), cfg["hidden"], cfg["layers"], cfg["dropout"], cfg["horizon"])
    logger.info("parameters: %d", count_parameters(model))

    hist = fit(model, tr, va, scaler, cfg)
    logger.info("best epoch %d", hist.best_epoch())
    final = evaluate(model, va, scaler, cfg)
    logger.info("final %s", {k: v for k, v in final.items() if k != "per_h"})
    logger.info("per-horizon MAE %s", [round(v, 3) for v in final["per_h"]])
    compare_to_baselines(model, va, scaler)
    logger.info("residuals %s", residual_summary(model, va, scaler))
    logger.info("alarms %s", alarm_table(model, va, scaler))

    if not args.skip_report:
        worst = worst_stations(model, va, scaler)
        attr = grad_x_input(model, va.x[worst], scaler)
        print(channel_report(attr, cfg["channels"], cfg["report_top_k"]))
    return final


if __name__ == "__main__":
    main([])
