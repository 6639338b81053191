# expect: clean
"""Wall-survey crack progression: recurrent encoder + test-time head adaptation.

Research script. Stage 1 trains an LSTM encoder and a regression head on synthetic
strain-gauge traces. Stage 2 evaluates on "new sites"; for each site batch it adapts
the head with a few entropy-style self-supervised steps (test-time training) while
the encoder stays frozen in eval mode, then reports error metrics per site.
"""
import argparse
import logging
import math
import os
import random
import statistics
import tempfile
import time

import torch
from torch import nn
import torch.nn.functional as F

logger = logging.getLogger("wall_survey")

DEFAULTS = {
    "seed": 21,
    "gauges": 4,
    "hidden": 10,
    "seq_len": 8,
    "batch": 5,
    "train_batches": 4,
    "epochs": 2,
    "lr": 5e-3,
    "tta_steps": 2,
    "tta_lr": 1e-3,
    "sites": 3,
    "drift": 0.3,
    "checkpoint": True,
}


# ----------------------------------------------------------------------------- data
def gauge_trace(n, seq_len, gauges, drift, gen):
    base = torch.randn(n, 1, gauges, generator=gen)
    steps = torch.randn(n, seq_len, gauges, generator=gen) * 0.2
    x = base + steps.cumsum(1) + drift
    y = x[:, -1].mean(-1, keepdim=True) - x[:, 0].mean(-1, keepdim=True)
    return x, y


class SiteData:
    def __init__(self, cfg, site_id):
        self.cfg = cfg
        self.site_id = site_id
        self.gen = torch.Generator().manual_seed(cfg["seed"] * 100 + site_id)

    def __iter__(self):
        for _ in range(2):
            yield gauge_trace(self.cfg["batch"], self.cfg["seq_len"], self.cfg["gauges"],
                              self.cfg["drift"] * self.site_id, self.gen)


def training_batches(cfg):
    gen = torch.Generator().manual_seed(cfg["seed"])
    return [gauge_trace(cfg["batch"], cfg["seq_len"], cfg["gauges"], 0.0, gen)
            for _ in range(cfg["train_batches"])]


# ----------------------------------------------------------------------------- model
class GaugeEncoder(nn.Module):
    def __init__(self, gauges, hidden):
        super().__init__()
        self.lstm = nn.LSTM(gauges, hidden, batch_first=True)

    def forward(self, x):
        out, (h, _) = self.lstm(x)
        return torch.cat([out.mean(1), h[-1]], dim=-1)


class CrackHead(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.norm = nn.LayerNorm(2 * hidden)
        self.fc1 = nn.Linear(2 * hidden, hidden)
        self.fc2 = nn.Linear(hidden, 1)

    def forward(self, z):
        return self.fc2(F.silu(self.fc1(self.norm(z))))


class SurveyModel(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.encoder = GaugeEncoder(cfg["gauges"], cfg["hidden"])
        self.head = CrackHead(cfg["hidden"])

    def forward(self, x):
        return self.head(self.encoder(x))


# ----------------------------------------------------------------------------- metrics
def mae(pred, y):
    return (pred - y).abs().mean().item()


def rmse(pred, y):
    return math.sqrt((pred - y).pow(2).mean().item())


def r2(pred, y):
    ss_res = (pred - y).pow(2).sum().item()
    ss_tot = (y - y.mean()).pow(2).sum().item() + 1e-8
    return 1 - ss_res / ss_tot


METRICS = {"mae": mae, "rmse": rmse, "r2": r2}


def summarise(rows):
    keys = rows[0].keys()
    return {k: statistics.mean(r[k] for r in rows) for k in keys}


# ----------------------------------------------------------------------------- stage 1
def train(model, cfg):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    data = training_batches(cfg)
    for epoch in range(cfg["epochs"]):
        model.train()
        losses = []
        for x, y in data:
            loss = F.smooth_l1_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            losses.append(loss.item())
        logger.info("epoch %d train loss %.4f", epoch, statistics.mean(losses))
        logger.info("epoch %d in-domain %s", epoch, evaluate(model, data))
    return model


@torch.no_grad()
def evaluate(model, batches):
    model.eval()
    rows = []
    for x, y in batches:
        pred = model(x)
        rows.append({name: fn(pred, y) for name, fn in METRICS.items()})
    return summarise(rows)


# ----------------------------------------------------------------------------- stage 2
def freeze(module):
    for p in module.parameters():
        p.requires_grad_(False)
    return module


def consistency_loss(head, z):
    """Self-supervised signal: predictions should be stable under feature noise."""
    a = head(z + 0.05 * torch.randn_like(z))
    b = head(z + 0.05 * torch.randn_like(z))
    return (a - b).pow(2).mean()


def adapt_head(model, x, cfg):
    opt = torch.optim.SGD(model.head.parameters(), lr=cfg["tta_lr"])
    z = model.encoder(x)
    for _ in range(cfg["tta_steps"]):
        loss = consistency_loss(model.head, z)
        opt.zero_grad()
        loss.backward(retain_graph=True)
        opt.step()
    return loss.item()


def survey_sites(model, cfg):
    model.eval()
    freeze(model.encoder)
    start_state = {k: v.clone() for k, v in model.head.state_dict().items()}
    results = {}
    for site in range(1, cfg["sites"] + 1):
        model.head.load_state_dict(start_state)
        rows = []
        for x, y in SiteData(cfg, site):
            tta = adapt_head(model, x, cfg)
            with torch.no_grad():
                pred = model(x)
            row = {name: fn(pred, y) for name, fn in METRICS.items()}
            row["tta_loss"] = tta
            rows.append(row)
        results[site] = summarise(rows)
        logger.info("site %d %s", site, results[site])
    return results


# ----------------------------------------------------------------------------- quality checks
def check_trace(x, max_abs=50.0):
    """Reject batches with NaNs or wildly out-of-range gauge readings."""
    if torch.isnan(x).any():
        return False, "nan"
    if x.abs().max().item() > max_abs:
        return False, "range"
    return True, "ok"


def gauge_statistics(batches):
    xs = torch.cat([x for x, _ in batches])
    return {
        "mean": xs.mean().item(),
        "std": xs.std().item(),
        "min": xs.min().item(),
        "max": xs.max().item(),
    }


def cosine_lr(step, total, base, floor=0.0):
    if total <= 1:
        return base
    return floor + 0.5 * (base - floor) * (1 + math.cos(math.pi * step / (total - 1)))


def write_csv(path, results):
    keys = sorted(next(iter(results.values())).keys())
    with open(path, "w") as fh:
        fh.write(",".join(["site"] + keys) + "\n")
        for site, row in sorted(results.items()):
            fh.write(",".join([str(site)] + [f"{row[k]:.5f}" for k in keys]) + "\n")
    return path


def report(results, cfg):
    fd, path = tempfile.mkstemp(suffix=".csv")
    os.close(fd)
    try:
        write_csv(path, results)
        with open(path) as fh:
            n = sum(1 for _ in fh) - 1
        logger.info("report rows: %d (sites=%d)", n, cfg["sites"])
    finally:
        os.remove(path)


def describe_model(model):
    for name, mod in model.named_children():
        n = sum(p.numel() for p in mod.parameters())
        logger.info("  %-8s %-14s %6d params", name, type(mod).__name__, n)


# ----------------------------------------------------------------------------- io
def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)
    logger.info("saved %s (%d bytes)", path, os.path.getsize(path))


def load_checkpoint(model, path):
    model.load_state_dict(torch.load(path))
    return model


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--epochs", type=int, default=DEFAULTS["epochs"])
    ap.add_argument("--sites", type=int, default=DEFAULTS["sites"])
    ap.add_argument("--tta-steps", type=int, default=DEFAULTS["tta_steps"])
    ap.add_argument("--no-checkpoint", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args(argv)


def make_config(args):
    cfg = dict(DEFAULTS)
    cfg["epochs"] = args.epochs
    cfg["sites"] = args.sites
    cfg["tta_steps"] = args.tta_steps
    cfg["checkpoint"] = not args.no_checkpoint
    return cfg


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="[%(levelname)s] %(name)s: %(message)s")
    cfg = make_config(args)
    seed_everything(cfg["seed"])
    t0 = time.perf_counter()

    model = SurveyModel(cfg)
    describe_model(model)
    for x, _ in training_batches(cfg):
        ok, why = check_trace(x)
        if not ok:
            logger.warning("bad training batch: %s", why)
    logger.info("gauge stats %s", gauge_statistics(training_batches(cfg)))
    logger.info("lr schedule %s", [round(cosine_lr(i, cfg["epochs"], cfg["lr"]), 5) for i in range(cfg["epochs"])])
    train(model, cfg)

    if cfg["checkpoint"]:
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "survey.pt")
            save_checkpoint(model, path)
            model = load_checkpoint(SurveyModel(cfg), path)

    results = survey_sites(model, cfg)
    overall = summarise(list(results.values()))
    report(results, cfg)
    logger.info("overall %s", overall)
    logger.info("finished in %.2fs", time.perf_counter() - t0)
    print({k: round(v, 4) for k, v in overall.items()})
    return overall


if __name__ == "__main__":
    main()
