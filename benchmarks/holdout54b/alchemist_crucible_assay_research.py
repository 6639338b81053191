# expect: clean
"""Alchemist's crucible assay: regress alloy fineness from a melt trace.

Research script.  A GRU reads the temperature / colour / fume trace of a
crucible melt and predicts the fineness of the resulting alloy (0-1).  It is
trained semi-supervised: labelled melts with an L1 loss, unlabelled melts
with (a) virtual adversarial training and (b) consistency to an EMA teacher.
Evaluation reports MAE / RMSE / R^2 and interval coverage; early stopping
reloads the best state dict; a sensitivity report is written at the end.

    python alchemist_crucible_assay_research.py --epochs 3
"""
import argparse
import copy
import io
import logging
import math
import random
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("assay")

CONFIG = {
    "seed": 13,
    "data": {"n_labelled": 48, "n_unlabelled": 64, "n_val": 16, "steps": 10, "channels": 3},
    "model": {"hidden": 10, "layers": 2, "dropout": 0.1},
    "train": {"lr": 5e-3, "batch": 8, "ema": 0.9, "w_cons": 0.5, "w_vat": 0.3,
              "vat_xi": 1e-2, "vat_eps": 0.2, "patience": 2},
    "finetune": {"epochs": 1, "lr": 1e-3},
}


# --------------------------------------------------------------------- utils

def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(flatten(v, key + "."))
        else:
            out[key] = v
    return out


def fmt(metrics):
    return " ".join(f"{k}={v:.4f}" for k, v in metrics.items())


class RunningMean:
    def __init__(self):
        self.n, self.s = 0, 0.0

    def add(self, v, k=1):
        self.n += k
        self.s += v * k

    def value(self):
        return self.s / max(1, self.n)


# ---------------------------------------------------------------------- data

def melt_traces(n, steps, seed, labelled=True):
    g = torch.Generator().manual_seed(seed)
    fineness = torch.rand(n, generator=g)
    t = torch.linspace(0, 1, steps)
    peak = 900 + 200 * fineness.unsqueeze(1)
    temp = peak * torch.sin(math.pi * t).unsqueeze(0) / 1000
    colour = fineness.unsqueeze(1) * t.unsqueeze(0) + 0.05 * torch.randn(n, steps, generator=g)
    fume = (1 - fineness).unsqueeze(1) * torch.exp(-3 * t).unsqueeze(0)
    x = torch.stack([temp, colour, fume], -1) + 0.02 * torch.randn(n, steps, 3, generator=g)
    return (x, fineness) if labelled else x


def iterate(x, y=None, batch=8, shuffle=True, seed=0):
    order = list(range(len(x)))
    if shuffle:
        random.Random(seed).shuffle(order)
    for i in range(0, len(order), batch):
        idx = torch.tensor(order[i:i + batch])
        yield (x[idx], y[idx]) if y is not None else x[idx]


# --------------------------------------------------------------------- model

class AssayGRU(nn.Module):
    def __init__(self, channels, hidden, layers, dropout):
        super().__init__()
        self.gru = nn.GRU(channels, hidden, num_layers=layers, batch_first=True, dropout=dropout)
        self.mu = nn.Linear(hidden, 1)
        self.log_sigma = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        last = h[:, -1]
        return torch.sigmoid(self.mu(last)).squeeze(-1), self.log_sigma(last).squeeze(-1).clamp(-5, 2)


def build(cfg):
    m = cfg["model"]
    return AssayGRU(cfg["data"]["channels"], m["hidden"], m["layers"], m["dropout"])


def make_teacher(model):
    teacher = copy.deepcopy(model)
    for p in teacher.parameters():
        p.requires_grad_(False)
    return teacher.eval()


@torch.no_grad()
def ema_update(teacher, student, decay):
    for tp, sp in zip(teacher.parameters(), student.parameters()):
        tp.mul_(decay).add_(sp, alpha=1 - decay)


# ------------------------------------------------------------------- losses

def gaussian_nll(mu, log_sigma, y):
    return (0.5 * ((y - mu) / log_sigma.exp()) ** 2 + log_sigma).mean()


def vat_loss(model, x, xi, eps):
    """Virtual adversarial loss for a regressor: the prediction should not
    move along the direction that moves it the most."""
    with torch.no_grad():
        ref, _ = model(x)
    d = torch.randn_like(x)
    d = xi * d / d.flatten(1).norm(dim=1).view(-1, 1, 1).clamp_min(1e-8)
    d.requires_grad_(True)
    pred, _ = model(x + d)
    dist = F.mse_loss(pred, ref)
    (grad_d,) = torch.autograd.grad(dist, d)
    r_adv = eps * grad_d / grad_d.flatten(1).norm(dim=1).view(-1, 1, 1).clamp_min(1e-8)
    pred_adv, _ = model(x + r_adv.detach())
    return F.mse_loss(pred_adv, ref)


def consistency_loss(student_pred, teacher, x):
    with torch.no_grad():
        t_mu, _ = teacher(x + 0.01 * torch.randn_like(x))
    return F.mse_loss(student_pred, t_mu)


# ------------------------------------------------------------ train / eval

def train_epoch(model, teacher, opt, lab, unlab, cfg, epoch):
    tc = cfg["train"]
    model.train()
    meters = {k: RunningMean() for k in ("sup", "cons", "vat")}
    unl_iter = iterate(unlab, batch=tc["batch"], seed=100 + epoch)
    for xb, yb in iterate(*lab, batch=tc["batch"], seed=epoch):
        try:
            ub = next(unl_iter)
        except StopIteration:
            unl_iter = iterate(unlab, batch=tc["batch"], seed=200 + epoch)
            ub = next(unl_iter)
        mu, ls = model(xb)
        sup = gaussian_nll(mu, ls, yb) + F.l1_loss(mu, yb)
        u_mu, _ = model(ub)
        cons = consistency_loss(u_mu, teacher, ub)
        vat = vat_loss(model, ub, tc["vat_xi"], tc["vat_eps"])
        loss = sup + tc["w_cons"] * cons + tc["w_vat"] * vat
        opt.zero_grad()
        loss.backward()
        opt.step()
        ema_update(teacher, model, tc["ema"])
        for k, v in (("sup", sup), ("cons", cons), ("vat", vat)):
            meters[k].add(v.item(), len(xb))
    return {k: m.value() for k, m in meters.items()}


@torch.no_grad()
def evaluate(model, x, y):
    model.eval()
    mu, ls = model(x)
    err = mu - y
    sigma = ls.exp()
    ss_res = (err ** 2).sum()
    ss_tot = ((y - y.mean()) ** 2).sum().clamp_min(1e-8)
    return {
        "mae": err.abs().mean().item(),
        "rmse": err.pow(2).mean().sqrt().item(),
        "r2": (1 - ss_res / ss_tot).item(),
        "cover90": ((err.abs() <= 1.645 * sigma).float().mean()).item(),
    }


def sensitivity_report(model, x):
    """d fineness / d channel, averaged over time and melts.  The model is in
    whatever mode the last evaluation left it, so the report runs on the
    native RNN kernels."""
    with torch.backends.cudnn.flags(enabled=False):
        x = x.clone().requires_grad_(True)
        mu, _ = model(x)
        mu.sum().backward()
    sens = x.grad.mean(dim=(0, 1))
    model.zero_grad()
    return dict(zip(("temperature", "colour", "fume"), sens.tolist()))


@torch.no_grad()
def coverage_by_bins(model, x, y, bins=4):
    """Interval coverage split by true fineness, to see where the alchemist's
    uncertainty is miscalibrated."""
    model.eval()
    mu, ls = model(x)
    edges = torch.linspace(0, 1, bins + 1)
    rows = []
    for lo, hi in zip(edges[:-1], edges[1:]):
        sel = (y >= lo) & (y <= hi)
        if sel.sum() == 0:
            rows.append((lo.item(), hi.item(), 0, float("nan")))
            continue
        inside = ((mu[sel] - y[sel]).abs() <= 1.645 * ls[sel].exp()).float().mean().item()
        rows.append((lo.item(), hi.item(), int(sel.sum()), inside))
    return rows


def print_table(rows, header=("lo", "hi", "n", "cover")):
    LOG.info(" | ".join(f"{h:>6}" for h in header))
    for lo, hi, n, cov in rows:
        LOG.info(" | ".join([f"{lo:6.2f}", f"{hi:6.2f}", f"{n:6d}", f"{cov:6.3f}"]))


def describe_data(name, x, y=None):
    msg = f"{name}: {tuple(x.shape)} mean {x.mean().item():.3f} std {x.std().item():.3f}"
    if y is not None:
        msg += f" target mean {y.mean().item():.3f}"
    LOG.info(msg)


def snapshot(model):
    buf = io.BytesIO()
    torch.save(model.state_dict(), buf)
    return buf.getvalue()


def restore(model, blob):
    model.load_state_dict(torch.load(io.BytesIO(blob)))


# ---------------------------------------------------------------------- main

def parse_args(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--no-vat", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    return ap.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="[%(levelname)s] %(message)s")
    cfg = copy.deepcopy(CONFIG)
    if args.no_vat:
        cfg["train"]["w_vat"] = 0.0
    LOG.info("config %s", flatten(cfg))
    seed_everything(cfg["seed"])

    d = cfg["data"]
    lab = melt_traces(d["n_labelled"], d["steps"], seed=1)
    unlab = melt_traces(d["n_unlabelled"], d["steps"], seed=2, labelled=False)
    val = melt_traces(d["n_val"], d["steps"], seed=3)
    describe_data("labelled", *lab)
    describe_data("unlabelled", unlab)
    describe_data("val", *val)

    model = build(cfg)
    teacher = make_teacher(model)
    opt = torch.optim.Adam(model.parameters(), lr=cfg["train"]["lr"])

    best_blob, best_mae, waited = None, math.inf, 0
    for epoch in range(args.epochs):
        t0 = time.perf_counter()
        losses = train_epoch(model, teacher, opt, lab, unlab, cfg, epoch)
        metrics = evaluate(model, *val)
        t_metrics = evaluate(teacher, *val)
        LOG.info("epoch %d %s | val %s | teacher mae %.4f (%.2fs)", epoch, fmt(losses), fmt(metrics),
                 t_metrics["mae"], time.perf_counter() - t0)
        if metrics["mae"] < best_mae:
            best_mae, best_blob, waited = metrics["mae"], snapshot(model), 0
        else:
            waited += 1
            if waited > cfg["train"]["patience"]:
                LOG.info("patience exhausted")
                break

    restore(model, best_blob)
    LOG.info("best val %s", fmt(evaluate(model, *val)))

    # short fine-tune of the restored model on the labelled melts only
    ft_opt = torch.optim.Adam(model.parameters(), lr=cfg["finetune"]["lr"])
    for epoch in range(cfg["finetune"]["epochs"]):
        losses = train_epoch(model, teacher, ft_opt, lab, unlab, cfg, 50 + epoch)
        LOG.info("finetune %d %s", epoch, fmt(losses))
    final = evaluate(model, *val)
    LOG.info("final val %s", fmt(final))
    print_table(coverage_by_bins(model, *val))
    LOG.info("sensitivity %s", {k: round(v, 4) for k, v in sensitivity_report(model, val[0][:4]).items()})


if __name__ == "__main__":
    main()
