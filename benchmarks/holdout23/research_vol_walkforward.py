# expect: crash
"""Walk-forward realised-volatility forecasting with an LSTM on HAR-style features.

Research script: builds synthetic intraday returns for a handful of tickers, aggregates them to daily realised
variance, trains an LSTM on log-RV windows with walk-forward splits, keeps the best checkpoint per fold, and
finally recalibrates on the most recent window before producing the out-of-sample forecast.

Usage: python research_vol_walkforward.py --folds 2 --epochs 2
"""
import argparse
import json
import logging
import math
import os
import shutil
import tempfile
import time
from collections import defaultdict

import torch
import torch.nn as nn

LOG = logging.getLogger("volwf")

CONFIG = {
    "tickers": ["AAA", "BBB", "CCC"],
    "days": 60,
    "intraday": 8,
    "window": 10,
    "har_lags": (1, 5, 10),
    "hidden": 8,
    "layers": 1,
    "dropout": 0.0,
    "lr": 5e-3,
    "weight_decay": 1e-5,
    "batch_size": 8,
    "patience": 2,
    "recalibrate_steps": 2,
    "recalibrate_lr": 1e-3,
    "seed": 7,
}


# ----------------------------------------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------------------------------------
def simulate_returns(cfg, generator):
    """GARCH(1,1)-like intraday returns: shape [tickers, days, intraday]."""
    n_t, days, intra = len(cfg["tickers"]), cfg["days"], cfg["intraday"]
    omega, alpha, beta = 1e-6, 0.08, 0.9
    var = torch.full((n_t,), 1e-4)
    out = torch.empty(n_t, days, intra)
    for d in range(days):
        for i in range(intra):
            eps = torch.randn(n_t, generator=generator)
            r = eps * var.sqrt() / math.sqrt(intra)
            out[:, d, i] = r
            var = omega + alpha * (r * math.sqrt(intra)) ** 2 + beta * var
    return out


def realised_variance(returns):
    return returns.pow(2).sum(-1)


def har_features(log_rv, lags):
    """Rolling means of log-RV over several horizons, aligned so feature[t] only uses data up to t."""
    feats = []
    for lag in lags:
        padded = torch.cat([log_rv[:, :1].repeat(1, lag - 1), log_rv], 1) if lag > 1 else log_rv
        feats.append(padded.unfold(1, lag, 1).mean(-1))
    return torch.stack(feats, -1)


def make_windows(features, target, window):
    xs, ys = [], []
    for t in range(window, features.shape[1] - 1):
        xs.append(features[:, t - window:t])
        ys.append(target[:, t + 1])
    x = torch.stack(xs, 1)  # [tickers, n, window, f]
    y = torch.stack(ys, 1)  # [tickers, n]
    return x.reshape(-1, window, features.shape[-1]), y.reshape(-1)


def walk_forward_splits(n, folds, min_train):
    step = (n - min_train) // (folds + 1)
    for k in range(folds):
        end_train = min_train + k * step
        yield range(0, end_train), range(end_train, end_train + step)


def batches(x, y, size, generator=None, shuffle=True):
    idx = torch.randperm(len(x), generator=generator) if shuffle else torch.arange(len(x))
    for s in range(0, len(x), size):
        j = idx[s:s + size]
        yield x[j], y[j]


# ----------------------------------------------------------------------------------------------------------
# model
# ----------------------------------------------------------------------------------------------------------
class VolLSTM(nn.Module):
    def __init__(self, n_feat, hidden, layers, dropout):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, num_layers=layers, batch_first=True,
                            dropout=dropout if layers > 1 else 0.0)
        self.norm = nn.LayerNorm(hidden)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.head(self.norm(o[:, -1])).squeeze(-1)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ----------------------------------------------------------------------------------------------------------
# metrics
# ----------------------------------------------------------------------------------------------------------
def qlike(pred_log, true_log):
    pred, true = pred_log.exp(), true_log.exp()
    return (true / pred - torch.log(true / pred) - 1).mean().item()


def mse(pred, true):
    return (pred - true).pow(2).mean().item()


def r2(pred, true):
    ss_res = (pred - true).pow(2).sum()
    ss_tot = (true - true.mean()).pow(2).sum().clamp_min(1e-12)
    return (1 - ss_res / ss_tot).item()


class MetricTracker:
    def __init__(self):
        self.values = defaultdict(list)

    def add(self, **kw):
        for k, v in kw.items():
            self.values[k].append(float(v))

    def summary(self):
        return {k: sum(v) / len(v) for k, v in self.values.items() if v}


# ----------------------------------------------------------------------------------------------------------
# training
# ----------------------------------------------------------------------------------------------------------
def build_optimizer(model, cfg, lr=None):
    return torch.optim.AdamW(model.parameters(), lr=lr or cfg["lr"], weight_decay=cfg["weight_decay"])


def train_one_epoch(model, opt, x, y, cfg, generator):
    model.train()
    total, n = 0.0, 0
    for xb, yb in batches(x, y, cfg["batch_size"], generator):
        loss = nn.functional.mse_loss(model(xb), yb)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        total += loss.item() * len(xb)
        n += len(xb)
    return total / max(n, 1)


@torch.no_grad()
def evaluate(model, x, y):
    model.eval()
    pred = model(x)
    return {"mse": mse(pred, y), "qlike": qlike(pred, y), "r2": r2(pred, y)}


def save_checkpoint(model, path, meta):
    torch.save({"state": model.state_dict(), "meta": meta}, path)


def load_checkpoint(model, path):
    blob = torch.load(path)
    model.load_state_dict(blob["state"])
    return blob["meta"]


def fit_fold(model, cfg, train, val, ckpt_dir, fold, epochs, generator):
    opt = build_optimizer(model, cfg)
    best, bad = float("inf"), 0
    path = os.path.join(ckpt_dir, f"fold{fold}.pt")
    for epoch in range(epochs):
        t0 = time.perf_counter()
        tr = train_one_epoch(model, opt, *train, cfg, generator)
        ev = evaluate(model, *val)
        LOG.info("fold %d epoch %d train_mse %.4f val %s (%.2fs)", fold, epoch, tr,
                 json.dumps({k: round(v, 4) for k, v in ev.items()}), time.perf_counter() - t0)
        if ev["qlike"] < best:
            best, bad = ev["qlike"], 0
            save_checkpoint(model, path, {"epoch": epoch, "qlike": best})
        else:
            bad += 1
            if bad >= cfg["patience"]:
                LOG.info("early stop at epoch %d", epoch)
                break
    meta = load_checkpoint(model, path)
    LOG.info("fold %d best epoch %d qlike %.4f", fold, meta["epoch"], meta["qlike"])
    return evaluate(model, *val)


def recalibrate_tail(model, cfg, x_tail, y_tail):
    """A few low-LR steps on the most recent window so the forecast reflects the current regime."""
    opt = build_optimizer(model, cfg, lr=cfg["recalibrate_lr"])
    for step in range(cfg["recalibrate_steps"]):
        loss = nn.functional.mse_loss(model(x_tail), y_tail)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        LOG.info("recalibrate step %d mse %.5f", step, loss.item())


def forecast(model, x_last):
    with torch.no_grad():
        return model(x_last).exp()


# ----------------------------------------------------------------------------------------------------------
# baselines and tests
# ----------------------------------------------------------------------------------------------------------
def har_ols(x, y):
    """Classic HAR regression on the last row of each window (closed-form least squares)."""
    design = torch.cat([torch.ones(len(x), 1), x[:, -1]], 1)
    coef = torch.linalg.lstsq(design, y[:, None]).solution.squeeze(-1)
    return coef


def har_predict(coef, x):
    design = torch.cat([torch.ones(len(x), 1), x[:, -1]], 1)
    return design @ coef


def diebold_mariano(loss_a, loss_b):
    """DM statistic with a naive variance (no HAC correction): positive means model b is better."""
    d = loss_a - loss_b
    var = d.var(unbiased=True).clamp_min(1e-12)
    return (d.mean() / (var / len(d)).sqrt()).item()


def compare_with_har(model, train, val):
    coef = har_ols(*train)
    har_pred = har_predict(coef, val[0])
    with torch.no_grad():
        net_pred = model(val[0])
    la = (har_pred - val[1]).pow(2)
    lb = (net_pred - val[1]).pow(2)
    return {"har_mse": la.mean().item(), "lstm_mse": lb.mean().item(), "dm": diebold_mariano(la, lb)}


# ----------------------------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------------------------
def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=2)
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--hidden", type=int, default=CONFIG["hidden"])
    ap.add_argument("--no-recalibrate", action="store_true")
    ap.add_argument("--log-level", default="INFO")
    return ap.parse_args(argv)


def merge_config(args):
    cfg = dict(CONFIG)
    cfg["hidden"] = args.hidden
    return cfg


def prepare(cfg, generator):
    returns = simulate_returns(cfg, generator)
    log_rv = realised_variance(returns).clamp_min(1e-12).log()
    feats = har_features(log_rv, cfg["har_lags"])
    x, y = make_windows(feats, log_rv, cfg["window"])
    LOG.info("windows: x=%s y=%s", tuple(x.shape), tuple(y.shape))
    return x, y


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level), format="%(asctime)s %(name)s %(message)s")
    cfg = merge_config(args)
    torch.manual_seed(cfg["seed"])
    gen = torch.Generator().manual_seed(cfg["seed"])
    x, y = prepare(cfg, gen)
    model = VolLSTM(x.shape[-1], cfg["hidden"], cfg["layers"], cfg["dropout"])
    LOG.info("model params: %d", count_parameters(model))
    tracker = MetricTracker()
    ckpt_dir = tempfile.mkdtemp(prefix="volwf_")
    try:
        for fold, (tr_idx, va_idx) in enumerate(walk_forward_splits(len(x), args.folds, len(x) // 2)):
            tr = (x[list(tr_idx)], y[list(tr_idx)])
            va = (x[list(va_idx)], y[list(va_idx)])
            res = fit_fold(model, cfg, tr, va, ckpt_dir, fold, args.epochs, gen)
            tracker.add(**res)
            LOG.info("fold %d vs HAR: %s", fold, compare_with_har(model, tr, va))
        LOG.info("walk-forward summary %s", tracker.summary())
        if not args.no_recalibrate:
            tail = slice(len(x) - cfg["batch_size"], len(x))
            recalibrate_tail(model, cfg, x[tail], y[tail])
        fc = forecast(model, x[-len(cfg["tickers"]):])
        for t, v in zip(cfg["tickers"], fc.tolist()):
            LOG.info("next-day RV forecast %s: %.3e", t, v)
    finally:
        shutil.rmtree(ckpt_dir, ignore_errors=True)


if __name__ == "__main__":
    main([])
