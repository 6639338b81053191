# expect: clean
"""
Canal lock-keeper water levels: forecast the upstream pound level H steps ahead from gate events,
rainfall and boat passages.

Experiment driver for the "prune-after-early-stop" study: train an LSTM forecaster with early
stopping that reloads the best state dict, then score every weight by |w * dL/dw| on a validation
batch and report how much of the network can be masked without losing skill.

Usage:
    python lockkeeper_levels_research.py --epochs 3 --patience 2 --keep 0.5 0.8
"""
import argparse
import copy
import io
import logging
import math
import random
import statistics
import sys
from dataclasses import dataclass, field, asdict

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("lockkeeper")

CONFIG = {
    "seq_len": 10,
    "horizon": 2,
    "n_feat": 5,
    "hidden": 12,
    "layers": 2,
    "dropout": 0.2,
    "batch_size": 8,
    "lr": 4e-3,
    "epochs": 3,
    "patience": 2,
    "n_train": 64,
    "n_val": 24,
    "keep": [0.5, 0.8],
    "seed": 21,
}


# ------------------------------------------------------------------------------------------------
@dataclass
class EpochRecord:
    epoch: int
    train_mse: float
    val_mse: float
    val_mae: float
    val_nse: float
    improved: bool = False


@dataclass
class RunLog:
    records: list = field(default_factory=list)
    prune: dict = field(default_factory=dict)

    def add(self, rec):
        self.records.append(rec)

    def best(self):
        return min(self.records, key=lambda r: r.val_mse)

    def summary(self):
        b = self.best()
        return {"best_epoch": b.epoch, "best_val_mse": round(b.val_mse, 5),
                "prune": {k: round(v, 5) for k, v in self.prune.items()}}


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


# ------------------------------------------------------------------------------------------------
# data
# ------------------------------------------------------------------------------------------------
def make_series(n, cfg):
    """gate_open, rain, boats_up, boats_down, level (last column is the target channel)."""
    T = cfg["seq_len"] + cfg["horizon"]
    gate = (torch.rand(n, T) > 0.7).float()
    rain = torch.relu(torch.randn(n, T)) * 0.3
    up = torch.poisson(torch.full((n, T), 0.5))
    down = torch.poisson(torch.full((n, T), 0.5))
    level = torch.zeros(n, T)
    for t in range(1, T):
        level[:, t] = 0.9 * level[:, t - 1] + rain[:, t] - 0.4 * gate[:, t] + 0.05 * (up[:, t] - down[:, t])
    x = torch.stack([gate, rain, up, down, level], -1)
    inp = x[:, :cfg["seq_len"]]
    target = level[:, cfg["seq_len"]:]
    return inp, target


def standardise(train_x, *others):
    mu = train_x.mean((0, 1), keepdim=True)
    sd = train_x.std((0, 1), keepdim=True).clamp_min(1e-6)
    return [(t - mu) / sd for t in (train_x,) + others]


def iterate(x, y, bs, shuffle=False):
    order = list(range(len(x)))
    if shuffle:
        random.shuffle(order)
    for i in range(0, len(order), bs):
        sel = torch.tensor(order[i:i + bs])
        yield x[sel], y[sel]


# ------------------------------------------------------------------------------------------------
# model
# ------------------------------------------------------------------------------------------------
class LevelForecaster(nn.Module):
    def __init__(self, n_feat, hidden, layers, dropout, horizon):
        super().__init__()
        self.norm = nn.LayerNorm(n_feat)
        self.lstm = nn.LSTM(n_feat, hidden, num_layers=layers, dropout=dropout, batch_first=True)
        self.drop = nn.Dropout(dropout)
        self.out = nn.Linear(hidden, horizon)

    def forward(self, x):
        h, _ = self.lstm(self.norm(x))
        return self.out(self.drop(h[:, -1]))


# ------------------------------------------------------------------------------------------------
# metrics
# ------------------------------------------------------------------------------------------------
def nse(pred, obs):
    """Nash-Sutcliffe efficiency, the hydrologists' R^2."""
    num = ((pred - obs) ** 2).sum()
    den = ((obs - obs.mean()) ** 2).sum().clamp_min(1e-8)
    return 1.0 - (num / den).item()


def metrics(pred, obs):
    return {"mse": F.mse_loss(pred, obs).item(), "mae": F.l1_loss(pred, obs).item(), "nse": nse(pred, obs)}


def persistence_baseline(x_raw, y, horizon):
    """Predict the last observed level for every future step (the lock-keeper's rule of thumb)."""
    last = x_raw[:, -1, -1:].expand(-1, horizon)
    return metrics(last, y)


def skill_score(model_mse, baseline_mse):
    if baseline_mse <= 0:
        return float("nan")
    return 1.0 - model_mse / baseline_mse


# ------------------------------------------------------------------------------------------------
# train / evaluate
# ------------------------------------------------------------------------------------------------
def train_one_epoch(model, opt, x, y, cfg):
    model.train()
    losses = []
    for xb, yb in iterate(x, y, cfg["batch_size"], shuffle=True):
        loss = F.mse_loss(model(xb), yb)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        losses.append(loss.item())
    return statistics.fmean(losses)


def evaluate(model, x, y, cfg):
    was_training = model.training
    model.eval()
    preds = []
    with torch.no_grad():
        for xb, _ in iterate(x, y, cfg["batch_size"]):
            preds.append(model(xb))
    model.train(was_training)
    return metrics(torch.cat(preds), y)


def state_to_bytes(model):
    buf = io.BytesIO()
    torch.save(model.state_dict(), buf)
    return buf.getvalue()


def bytes_to_state(blob):
    return torch.load(io.BytesIO(blob))


def fit(model, data, cfg, runlog):
    (xtr, ytr), (xva, yva) = data
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    best_blob, best_mse, bad = None, math.inf, 0
    for epoch in range(cfg["epochs"]):
        tr = train_one_epoch(model, opt, xtr, ytr, cfg)
        m = evaluate(model, xva, yva, cfg)
        rec = EpochRecord(epoch, tr, m["mse"], m["mae"], m["nse"])
        if m["mse"] < best_mse:
            best_mse, best_blob, bad = m["mse"], state_to_bytes(model), 0
            rec.improved = True
        else:
            bad += 1
        runlog.add(rec)
        log.info("epoch %d train %.4f val %s%s", epoch, tr, m, " *" if rec.improved else "")
        if bad >= cfg["patience"]:
            log.info("early stop at epoch %d", epoch)
            break
    model.load_state_dict(bytes_to_state(best_blob))
    return model


# ------------------------------------------------------------------------------------------------
# pruning study
# ------------------------------------------------------------------------------------------------
def connection_scores(model, xb, yb):
    model.zero_grad()
    loss = F.mse_loss(model(xb), yb)
    loss.backward()
    scores = {n: (p.detach() * p.grad.detach()).abs()
              for n, p in model.named_parameters() if p.grad is not None and p.dim() >= 2}
    model.zero_grad()
    return scores


def global_mask(scores, keep):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = max(1, int(round(keep * flat.numel())))
    thr = torch.topk(flat, k).values.min()
    return {n: (s >= thr).float() for n, s in scores.items()}


def masked_copy(model, mask):
    m = copy.deepcopy(model)
    with torch.no_grad():
        for n, p in m.named_parameters():
            if n in mask:
                p.mul_(mask[n])
    return m


def sparsity(mask):
    total = sum(v.numel() for v in mask.values())
    kept = sum(v.sum().item() for v in mask.values())
    return 1.0 - kept / total


def prune_study(model, val, cfg, runlog):
    xva, yva = val
    xb, yb = xva[:cfg["batch_size"]], yva[:cfg["batch_size"]]
    scores = connection_scores(model, xb, yb)
    for keep in cfg["keep"]:
        mask = global_mask(scores, keep)
        pruned = masked_copy(model, mask)
        m = evaluate(pruned, xva, yva, cfg)
        runlog.prune[f"keep{keep}_mse"] = m["mse"]
        log.info("keep %.2f sparsity %.3f val %s", keep, sparsity(mask), m)


# ------------------------------------------------------------------------------------------------
def parse_args(argv):
    ap = argparse.ArgumentParser(description="lock-keeper level forecasting + pruning study")
    ap.add_argument("--epochs", type=int)
    ap.add_argument("--patience", type=int)
    ap.add_argument("--hidden", type=int)
    ap.add_argument("--keep", type=float, nargs="+")
    ap.add_argument("--seed", type=int)
    ap.add_argument("-v", "--verbose", action="store_true")
    return ap.parse_args(argv)


def merge(cfg, args):
    cfg = dict(cfg)
    for key in ("epochs", "patience", "hidden", "keep", "seed"):
        val = getattr(args, key)
        if val is not None:
            cfg[key] = val
    return cfg


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="[%(levelname)s] %(message)s")
    cfg = merge(CONFIG, args)
    seed_everything(cfg["seed"])
    xtr, ytr = make_series(cfg["n_train"], cfg)
    xva, yva = make_series(cfg["n_val"], cfg)
    baseline = persistence_baseline(xva, yva, cfg["horizon"])
    log.info("persistence baseline on validation: %s", baseline)
    xtr, xva = standardise(xtr, xva)

    model = LevelForecaster(cfg["n_feat"], cfg["hidden"], cfg["layers"], cfg["dropout"], cfg["horizon"])
    runlog = RunLog()
    model = fit(model, ((xtr, ytr), (xva, yva)), cfg, runlog)
    prune_study(model, (xva, yva), cfg, runlog)
    log.info("records: %s", [asdict(r) for r in runlog.records])
    log.info("skill vs persistence: %.3f", skill_score(runlog.best().val_mse, baseline["mse"]))
    print(runlog.summary())
    return runlog


if __name__ == "__main__":
    main()
