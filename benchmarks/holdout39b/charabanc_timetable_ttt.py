# expect: clean
"""
Charabanc timetable delays with test-time training.

A GRU encoder reads the stops of an excursion route (distance, gradient, passengers, weather,
scheduled dwell) and predicts the delay at the final stop.  At evaluation time each batch is
first used for a self-supervised step (reconstructing the masked dwell column), the trick from
test-time training, and then the delay is predicted with the adapted encoder.

Usage:
    python charabanc_timetable_ttt.py --epochs 2 --ttt-steps 1
"""
import argparse
import copy
import csv
import io
import logging
import math
import random
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("charabanc")

CONFIG = {
    "seed": 23,
    "routes": 20,
    "stops": 8,
    "features": 5,
    "hidden": 10,
    "dropout": 0.1,
    "batch": 5,
    "epochs": 2,
    "lr": 5e-3,
    "ttt_lr": 1e-3,
    "ttt_steps": 1,
    "aux_weight": 0.5,
    "val_share": 0.3,
}

COLUMNS = ["distance", "gradient", "passengers", "weather", "dwell"]
DWELL = COLUMNS.index("dwell")


def get_args(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int)
    ap.add_argument("--hidden", type=int)
    ap.add_argument("--ttt-steps", type=int, dest="ttt_steps")
    ap.add_argument("--ttt-lr", type=float, dest="ttt_lr")
    ap.add_argument("--no-ttt", action="store_true")
    ap.add_argument("--csv", action="store_true", help="print the per-route table as CSV")
    ap.add_argument("-v", "--verbose", action="store_true")
    return ap.parse_args(argv)


def resolve(args):
    cfg = dict(CONFIG)
    cfg.update({k: v for k, v in vars(args).items() if k in cfg and v is not None})
    cfg["ttt"] = not args.no_ttt
    return cfg


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# ----------------------------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------------------------
def make_routes(cfg):
    g = torch.Generator().manual_seed(cfg["seed"])
    x = torch.randn(cfg["routes"], cfg["stops"], cfg["features"], generator=g)
    x[:, :, DWELL] = x[:, :, DWELL].abs()
    delay = (x[:, :, 1].clamp_min(0).sum(1) * 0.3 + x[:, :, 2].mean(1) + x[:, :, DWELL].sum(1) * 0.1)
    return x, delay


def train_val_split(x, y, share):
    n_val = max(1, round(len(x) * share))
    perm = torch.randperm(len(x))
    return (x[perm[n_val:]], y[perm[n_val:]]), (x[perm[:n_val]], y[perm[:n_val]])


def iterate(x, y, bs, shuffle):
    idx = torch.randperm(len(x)) if shuffle else torch.arange(len(x))
    for s in range(0, len(idx), bs):
        b = idx[s:s + bs]
        yield x[b], y[b]


def mask_dwell(x, p=0.5):
    m = (torch.rand(x.shape[:2]) < p).float()
    xm = x.clone()
    xm[:, :, DWELL] = xm[:, :, DWELL] * (1 - m)
    return xm, m


# ----------------------------------------------------------------------------------------------
# model
# ----------------------------------------------------------------------------------------------
class RouteEncoder(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.inp(x)))
        return h


class DelayModel(nn.Module):
    def __init__(self, n_in, hidden, dropout):
        super().__init__()
        self.encoder = RouteEncoder(n_in, hidden)
        self.drop = nn.Dropout(dropout)
        self.delay_head = nn.Linear(hidden, 1)
        self.dwell_head = nn.Linear(hidden, 1)

    def forward(self, x):
        h = self.encoder(x)
        return self.delay_head(self.drop(h[:, -1])).squeeze(-1)

    def reconstruct(self, x):
        h = self.encoder(x)
        return self.dwell_head(h).squeeze(-1)


def aux_loss(model, x):
    xm, m = mask_dwell(x)
    rec = model.reconstruct(xm)
    return ((rec - x[:, :, DWELL]) ** 2 * m).sum() / m.sum().clamp_min(1.0)


# ----------------------------------------------------------------------------------------------
# metrics
# ----------------------------------------------------------------------------------------------
def delay_metrics(pred, y):
    e = pred - y
    return {
        "mae": e.abs().mean().item(),
        "rmse": e.pow(2).mean().sqrt().item(),
        "bias": e.mean().item(),
        "late_hit": ((pred > 1.0) == (y > 1.0)).float().mean().item(),
    }


def as_text(m):
    return ", ".join(f"{k} {v:.3f}" for k, v in m.items())


def route_table(pred, y):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["route", "predicted", "actual"])
    for i, (p, t) in enumerate(zip(pred.tolist(), y.tolist())):
        w.writerow([i, f"{p:.3f}", f"{t:.3f}"])
    return buf.getvalue()


# ----------------------------------------------------------------------------------------------
# training
# ----------------------------------------------------------------------------------------------
def fit_epoch(model, opt, data, cfg):
    model.train()
    tot, n = 0.0, 0
    for xb, yb in iterate(*data, cfg["batch"], True):
        loss = F.smooth_l1_loss(model(xb), yb) + cfg["aux_weight"] * aux_loss(model, xb)
        opt.zero_grad()
        loss.backward()
        opt.step()
        tot += loss.item() * len(xb)
        n += len(xb)
    return tot / n


def adapt_on_batch(model, xb, cfg):
    """Test-time training: a few self-supervised steps on the encoder only.

    The head stays in eval (dropout off); the encoder is switched back to train for the steps.
    """
    model.encoder.train()
    opt = torch.optim.SGD(model.encoder.parameters(), lr=cfg["ttt_lr"])
    for _ in range(cfg["ttt_steps"]):
        loss = aux_loss(model, xb)
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.encoder.eval()
    return loss.item()


def evaluate(model, data, cfg, ttt=False):
    model.eval()
    base_state = copy.deepcopy(model.state_dict()) if ttt else None
    preds, ys, aux = [], [], []
    for xb, yb in iterate(*data, cfg["batch"], False):
        if ttt:
            model.load_state_dict(base_state)
            aux.append(adapt_on_batch(model, xb, cfg))
        with torch.no_grad():
            preds.append(model(xb))
        ys.append(yb)
    if ttt:
        model.load_state_dict(base_state)
    pred, y = torch.cat(preds), torch.cat(ys)
    m = delay_metrics(pred, y)
    if aux:
        m["ttt_aux"] = sum(aux) / len(aux)
    return m, pred, y


class History:
    def __init__(self):
        self.rows = []

    def log(self, **row):
        self.rows.append(row)
        logger.info(" | ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in row.items()))

    def best(self, key="rmse"):
        return min(self.rows, key=lambda r: r[key])


def lr_for(epoch, cfg):
    warm = 1
    if epoch < warm:
        return cfg["lr"] * (epoch + 1) / (warm + 1)
    return cfg["lr"] * 0.5 * (1 + math.cos(math.pi * (epoch - warm) / max(cfg["epochs"] - warm, 1)))


# ----------------------------------------------------------------------------------------------
# baselines and diagnostics
# ----------------------------------------------------------------------------------------------
def timetable_baseline(train_data, val_data):
    """Predict the mean training delay for every route: what the printed timetable assumes."""
    mean_delay = train_data[1].mean()
    pred = torch.full_like(val_data[1], mean_delay.item())
    return delay_metrics(pred, val_data[1])


@torch.no_grad()
def permutation_importance(model, data, cfg, repeats=2):
    """Increase in MAE when one column is shuffled across routes (no gradients involved)."""
    model.eval()
    x, y = data
    base = (model(x) - y).abs().mean().item()
    scores = {}
    for c, name in enumerate(COLUMNS):
        deltas = []
        for _ in range(repeats):
            xp = x.clone()
            xp[:, :, c] = xp[torch.randperm(len(xp)), :, c]
            deltas.append((model(xp) - y).abs().mean().item() - base)
        scores[name] = sum(deltas) / len(deltas)
    return scores


def describe_config(cfg):
    width = max(len(k) for k in cfg)
    return "\n".join(f"  {k:<{width}} : {v}" for k, v in sorted(cfg.items()))


def count_parameters(module):
    return sum(p.numel() for p in module.parameters() if p.requires_grad)


def main(argv=None):
    args = get_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="[%(levelname)s] %(message)s")
    cfg = resolve(args)
    logger.debug("config:\n%s", describe_config(cfg))
    seed_everything(cfg["seed"])
    x, y = make_routes(cfg)
    train_data, val_data = train_val_split(x, y, cfg["val_share"])
    model = DelayModel(cfg["features"], cfg["hidden"], cfg["dropout"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    logger.info("parameters: %d (encoder %d)", count_parameters(model), count_parameters(model.encoder))
    logger.info("timetable baseline: %s", as_text(timetable_baseline(train_data, val_data)))
    hist = History()
    for epoch in range(cfg["epochs"]):
        for g in opt.param_groups:
            g["lr"] = lr_for(epoch, cfg)
        t0 = time.perf_counter()
        loss = fit_epoch(model, opt, train_data, cfg)
        plain, _, _ = evaluate(model, val_data, cfg, ttt=False)
        hist.log(epoch=epoch, loss=loss, rmse=plain["rmse"], secs=time.perf_counter() - t0)
    if cfg["ttt"]:
        adapted, pred, yv = evaluate(model, val_data, cfg, ttt=True)
        logger.info("with test-time training: %s", as_text(adapted))
    else:
        adapted, pred, yv = evaluate(model, val_data, cfg)
    for name, score in permutation_importance(model, val_data, cfg).items():
        logger.info("importance %-10s %+.4f", name, score)
    logger.info("best epoch: %s", hist.best()["epoch"])
    if args.csv:
        print(route_table(pred, yv))
    print("final:", as_text(adapted))


if __name__ == "__main__":
    main()
