# expect: crash
"""
Realised-volatility forecasting with a GRU over intraday features, a small random hyper-parameter search,
and a final refit of the best configuration on train+validation.

    python long_volatility_gru_search.py --trials 2 --epochs 2

Everything is synthetic and tiny; the layout follows a typical quant-research script: CONFIG dict,
argparse, logging, feature engineering helpers, QLIKE/MSE/R^2 metrics, a trial loop and a final refit.

Notes:
  * QLIKE is robust to noise in the realised-volatility proxy (Patton 2011), so it is the default loss.
  * Features are standardised with statistics of the whole sample; fine for a toy, leaky for real data.
  * The refit continues from the best trial checkpoint instead of re-initialising.
"""
import argparse
import copy
import itertools
import logging
import math
import random
import statistics
import sys
import time

import torch
import torch.nn as nn

LOG = logging.getLogger("volgru")

CONFIG = {
    "seed": 7,
    "n_assets": 3,
    "n_days": 40,
    "bars_per_day": 6,
    "window": 5,
    "features": ["ret", "absret", "range", "volume"],
    "batch_size": 4,
    "epochs": 2,
    "trials": 2,
    "search_space": {"hidden": [6, 8, 12], "lr": [1e-3, 3e-3], "dropout": [0.0, 0.1], "layers": [1, 2]},
    "refit_epochs": 1,
    "refit_lr_scale": 0.5,
    "loss": "qlike",
}


# ---------------------------------------------------------------------------------------------------------------
def get_args(argv=None):
    ap = argparse.ArgumentParser(description="GRU realised-volatility forecaster")
    ap.add_argument("--trials", type=int, default=CONFIG["trials"])
    ap.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    ap.add_argument("--loss", choices=["qlike", "mse"], default=CONFIG["loss"])
    ap.add_argument("--seed", type=int, default=CONFIG["seed"])
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args(argv)


def configure_logging(quiet):
    logging.basicConfig(level=logging.WARNING if quiet else logging.INFO,
                        format="[%(levelname).1s %(asctime)s] %(message)s", datefmt="%H:%M:%S")


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# ---------------------------------------------------------------------------------------------------------------
# synthetic market and features
# ---------------------------------------------------------------------------------------------------------------
def simulate_prices(cfg):
    """GARCH-ish intraday returns for a handful of assets."""
    n_a, n_d, bars = cfg["n_assets"], cfg["n_days"], cfg["bars_per_day"]
    sigma = torch.full((n_a,), 0.01)
    days = []
    for _ in range(n_d):
        shocks = torch.randn(n_a, bars) * sigma.unsqueeze(1)
        sigma = torch.sqrt(1e-6 + 0.1 * shocks.pow(2).mean(1) + 0.85 * sigma.pow(2))
        volume = torch.rand(n_a, bars) * (1 + 50 * shocks.abs())
        days.append((shocks, volume))
    return days


def daily_features(shocks, volume):
    ret = shocks.sum(1)
    absret = shocks.abs().mean(1)
    rng = shocks.cumsum(1).amax(1) - shocks.cumsum(1).amin(1)
    vol = torch.log1p(volume.mean(1))
    return torch.stack([ret, absret, rng, vol], -1)  # assets x feats


def realised_vol(shocks):
    return shocks.pow(2).sum(1).sqrt()


def build_samples(cfg, days):
    feats = torch.stack([daily_features(s, v) for s, v in days])  # days x assets x feats
    rv = torch.stack([realised_vol(s) for s, _ in days])          # days x assets
    xs, ys = [], []
    for t in range(cfg["window"], len(days) - 1):
        xs.append(feats[t - cfg["window"]:t].transpose(0, 1))       # assets x window x feats
        ys.append(rv[t + 1])
    x = torch.cat(xs)
    y = torch.cat(ys)
    mu, sd = x.mean((0, 1), keepdim=True), x.std((0, 1), keepdim=True) + 1e-8
    return (x - mu) / sd, y


def split(x, y, frac=(0.6, 0.2)):
    n = x.size(0)
    a, b = int(n * frac[0]), int(n * (frac[0] + frac[1]))
    return (x[:a], y[:a]), (x[a:b], y[a:b]), (x[b:], y[b:])


def iterate(x, y, batch_size, shuffle=True):
    idx = torch.randperm(x.size(0)) if shuffle else torch.arange(x.size(0))
    for i in range(0, x.size(0) - batch_size + 1, batch_size):
        j = idx[i:i + batch_size]
        yield x[j], y[j]


# ---------------------------------------------------------------------------------------------------------------
# model and losses
# ---------------------------------------------------------------------------------------------------------------
class VolGRU(nn.Module):
    def __init__(self, n_feat, hidden, layers, dropout):
        super().__init__()
        self.gru = nn.GRU(n_feat, hidden, num_layers=layers, batch_first=True,
                          dropout=dropout if layers > 1 else 0.0)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        out, _ = self.gru(x)
        return nn.functional.softplus(self.head(out[:, -1])).squeeze(-1) + 1e-6


def qlike(pred, target):
    ratio = target.pow(2) / pred.pow(2)
    return (ratio - torch.log(ratio) - 1).mean()


def mse(pred, target):
    return (pred - target).pow(2).mean()


LOSSES = {"qlike": qlike, "mse": mse}


def r2(pred, target):
    ss_res = (pred - target).pow(2).sum()
    ss_tot = (target - target.mean()).pow(2).sum() + 1e-12
    return (1 - ss_res / ss_tot).item()


# ---------------------------------------------------------------------------------------------------------------
# training
# ---------------------------------------------------------------------------------------------------------------
def run_epoch(model, data, loss_fn, opt, batch_size):
    losses = []
    for xb, yb in iterate(*data, batch_size):
        loss = loss_fn(model(xb), yb)
        opt.zero_grad()
        loss.backward()  # TM001-here
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        losses.append(loss.item())
    return statistics.fmean(losses) if losses else float("nan")


@torch.no_grad()
def score(model, data, loss_fn):
    model.eval()
    x, y = data
    pred = model(x)
    return {"loss": loss_fn(pred, y).item(), "r2": r2(pred, y), "mae": (pred - y).abs().mean().item()}


def sample_trials(space, n, rng):
    grid = list(itertools.product(*space.values()))
    rng.shuffle(grid)
    return [dict(zip(space.keys(), combo)) for combo in grid[:n]]


def run_trial(params, train, val, cfg, loss_fn):
    model = VolGRU(len(cfg["features"]), params["hidden"], params["layers"], params["dropout"])
    opt = torch.optim.Adam(model.parameters(), lr=params["lr"])
    best, best_model = math.inf, None
    for epoch in range(cfg["epochs"]):
        model.train()
        tr = run_epoch(model, train, loss_fn, opt, cfg["batch_size"])
        metrics = score(model, val, loss_fn)
        LOG.info("  epoch %d train %.4f val %.4f r2 %.3f", epoch, tr, metrics["loss"], metrics["r2"])
        if metrics["loss"] < best:
            best = metrics["loss"]
            best_model = copy.deepcopy(model)
    return best, best_model


def refit(best_model, params, train, val, cfg, loss_fn):
    """Continue training the best checkpoint on train+val with a smaller learning rate."""
    both = (torch.cat([train[0], val[0]]), torch.cat([train[1], val[1]]))
    opt = torch.optim.Adam(best_model.parameters(), lr=params["lr"] * cfg["refit_lr_scale"])
    for epoch in range(cfg["refit_epochs"]):
        tr = run_epoch(best_model, both, loss_fn, opt, cfg["batch_size"])
        LOG.info("refit epoch %d loss %.4f", epoch, tr)
    return best_model


def summarise(results):
    rows = sorted(results, key=lambda r: r[0])
    for loss, params in rows:
        LOG.info("trial %s -> val %.4f", params, loss)
    return rows[0]


# ---------------------------------------------------------------------------------------------------------------
# diagnostics
# ---------------------------------------------------------------------------------------------------------------
@torch.no_grad()
def permutation_importance(model, data, loss_fn, feature_names, repeats=2):
    """Increase in loss when one feature is shuffled across samples."""
    model.eval()
    x, y = data
    base = loss_fn(model(x), y).item()
    out = {}
    for f, name in enumerate(feature_names):
        deltas = []
        for _ in range(repeats):
            xp = x.clone()
            xp[..., f] = xp[torch.randperm(x.size(0)), :, f]
            deltas.append(loss_fn(model(xp), y).item() - base)
        out[name] = statistics.fmean(deltas)
    return out


@torch.no_grad()
def bootstrap_r2(model, data, n_boot=20, seed=0):
    model.eval()
    g = torch.Generator().manual_seed(seed)
    x, y = data
    pred = model(x)
    vals = []
    for _ in range(n_boot):
        idx = torch.randint(0, x.size(0), (x.size(0),), generator=g)
        vals.append(r2(pred[idx], y[idx]))
    vals.sort()
    return vals[int(0.05 * n_boot)], vals[int(0.95 * n_boot) - 1]


def mincer_zarnowitz(pred, target):
    """OLS of target on prediction: a well-calibrated forecast has slope 1 and intercept 0."""
    p = pred - pred.mean()
    slope = (p * (target - target.mean())).sum() / (p.pow(2).sum() + 1e-12)
    intercept = target.mean() - slope * pred.mean()
    return slope.item(), intercept.item()


def print_table(rows, headers):
    widths = [max(len(str(h)), *(len(f"{r[i]:.4f}" if isinstance(r[i], float) else str(r[i])) for r in rows))
              for i, h in enumerate(headers)]
    line = " | ".join(str(h).ljust(w) for h, w in zip(headers, widths))
    print(line)
    print("-" * len(line))
    for r in rows:
        print(" | ".join((f"{v:.4f}" if isinstance(v, float) else str(v)).ljust(w) for v, w in zip(r, widths)))


def main(argv=None):
    args = get_args(argv)
    configure_logging(args.quiet)
    cfg = dict(CONFIG, epochs=args.epochs, trials=args.trials, loss=args.loss, seed=args.seed)
    seed_everything(cfg["seed"])
    t0 = time.time()

    days = simulate_prices(cfg)
    x, y = build_samples(cfg, days)
    train, val, test = split(x, y)
    LOG.info("samples: train %d val %d test %d", train[0].size(0), val[0].size(0), test[0].size(0))
    loss_fn = LOSSES[cfg["loss"]]

    rng = random.Random(cfg["seed"])
    results, models = [], {}
    for i, params in enumerate(sample_trials(cfg["search_space"], cfg["trials"], rng)):
        LOG.info("trial %d: %s", i, params)
        best, best_model = run_trial(params, train, val, cfg, loss_fn)
        results.append((best, params))
        models[i] = (best, params, best_model)

    best_loss, best_params = summarise(results)
    best_model = min(models.values(), key=lambda m: m[0])[2]
    final = refit(best_model, best_params, train, val, cfg, loss_fn)
    test_metrics = score(final, test, loss_fn)
    LOG.info("test: %s (%.1fs)", test_metrics, time.time() - t0)
    lo, hi = bootstrap_r2(final, test)
    with torch.no_grad():
        slope, intercept = mincer_zarnowitz(final(test[0]), test[1])
    importance = permutation_importance(final, test, loss_fn, cfg["features"])
    print_table([(k, v) for k, v in importance.items()], ["feature", "delta loss"])
    LOG.info("test r2 90%% CI [%.3f, %.3f]; MZ slope %.3f intercept %.4f", lo, hi, slope, intercept)
    return test_metrics


if __name__ == "__main__":
    main(sys.argv[1:])
