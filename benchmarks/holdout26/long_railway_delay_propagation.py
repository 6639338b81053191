# expect: crash
"""
Railway delay propagation: predict arrival delays at the downstream stations of a line
from the delays observed so far.  Research code for the "propagation GRU" baseline.

Usage:
    python long_railway_delay_propagation.py --epochs 2 --hidden 12

The pipeline:
  1. synthesise a small corpus of train runs (stations, dwell times, observed delays)
  2. train an encoder/decoder GRU with teacher forcing
  3. early-stop on validation MAE
  4. recalibrate per-line offsets on the validation split
  5. report metrics on the test split
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

logger = logging.getLogger("delayprop")

CONFIG = {
    "n_lines": 3,
    "n_stations": 10,
    "n_runs": 48,
    "observed": 4,
    "horizon": 4,
    "emb_dim": 4,
    "hidden": 12,
    "dropout": 0.1,
    "lr": 5e-3,
    "weight_decay": 1e-5,
    "batch_size": 8,
    "epochs": 2,
    "patience": 3,
    "clip": 1.0,
    "teacher_forcing": 0.7,
    "seed": 7,
    "calib_steps": 3,
    "calib_lr": 0.05,
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


class AverageMeter:
    def __init__(self, name):
        self.name = name
        self.reset()

    def reset(self):
        self.total = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.total += value * n
        self.count += n

    @property
    def avg(self):
        return self.total / max(1, self.count)

    def __repr__(self):
        return f"{self.name}={self.avg:.4f}"


def mae(pred, target):
    return (pred - target).abs().mean().item()


def rmse(pred, target):
    return math.sqrt(((pred - target) ** 2).mean().item())


def on_time_accuracy(pred, target, tol=3.0):
    """Fraction of stations where the predicted punctuality class matches (late > tol minutes)."""
    return ((pred > tol) == (target > tol)).float().mean().item()


# --------------------------------------------------------------------------- data

def synth_runs(cfg):
    """Delays follow a noisy random walk with a line-specific drift; dwell times damp them."""
    runs = []
    for r in range(cfg["n_runs"]):
        line = r % cfg["n_lines"]
        drift = 0.5 * (line + 1)
        stations = torch.arange(cfg["n_stations"]) + line * cfg["n_stations"]
        dwell = torch.rand(cfg["n_stations"]) * 2
        delay = torch.zeros(cfg["n_stations"])
        d = random.uniform(0, 5)
        for s in range(cfg["n_stations"]):
            d = max(0.0, d + drift + random.gauss(0, 1) - dwell[s].item())
            delay[s] = d
        runs.append({"line": line, "stations": stations, "dwell": dwell, "delay": delay})
    return runs


def split(runs, fracs=(0.6, 0.2, 0.2)):
    n = len(runs)
    a = int(fracs[0] * n)
    b = a + int(fracs[1] * n)
    return runs[:a], runs[a:b], runs[b:]


def collate(runs, cfg):
    o, h = cfg["observed"], cfg["horizon"]
    stations = torch.stack([r["stations"][: o + h] for r in runs])
    dwell = torch.stack([r["dwell"][: o + h] for r in runs])
    delay = torch.stack([r["delay"][: o + h] for r in runs])
    line = torch.tensor([r["line"] for r in runs])
    return {
        "line": line,
        "stations": stations,
        "dwell": dwell,
        "obs": delay[:, :o],
        "target": delay[:, o:],
    }


def batches(runs, cfg, shuffle=False):
    idx = list(range(len(runs)))
    if shuffle:
        random.shuffle(idx)
    bs = cfg["batch_size"]
    for i in range(0, len(idx), bs):
        yield collate([runs[j] for j in idx[i:i + bs]], cfg)


# --------------------------------------------------------------------------- model

class Encoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        n_codes = cfg["n_lines"] * cfg["n_stations"]
        self.emb = nn.Embedding(n_codes, cfg["emb_dim"])
        self.rnn = nn.GRU(cfg["emb_dim"] + 2, cfg["hidden"], batch_first=True)

    def forward(self, stations, dwell, delay):
        x = torch.cat([self.emb(stations), dwell.unsqueeze(-1), delay.unsqueeze(-1)], -1)
        out, h = self.rnn(x)
        return out, h


class Decoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        n_codes = cfg["n_lines"] * cfg["n_stations"]
        self.emb = nn.Embedding(n_codes, cfg["emb_dim"])
        self.rnn = nn.GRU(cfg["emb_dim"] + 2, cfg["hidden"], batch_first=True)
        self.drop = nn.Dropout(cfg["dropout"])
        self.out = nn.Linear(cfg["hidden"], 1)

    def step(self, station, dwell, prev_delay, h):
        x = torch.cat([self.emb(station), dwell.unsqueeze(-1), prev_delay.unsqueeze(-1)], -1).unsqueeze(1)
        out, h = self.rnn(x, h)
        return self.out(self.drop(out[:, 0])).squeeze(-1), h


class DelayPropagation(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.encoder = Encoder(cfg)
        self.decoder = Decoder(cfg)
        self.line_offset = nn.Embedding(cfg["n_lines"], 1)
        nn.init.zeros_(self.line_offset.weight)

    def forward(self, batch, target=None, tf=0.0):
        o = self.cfg["observed"]
        _, h = self.encoder(batch["stations"][:, :o], batch["dwell"][:, :o], batch["obs"])
        prev = batch["obs"][:, -1]
        preds = []
        for t in range(self.cfg["horizon"]):
            st = batch["stations"][:, o + t]
            dw = batch["dwell"][:, o + t]
            p, h = self.decoder.step(st, dw, prev, h)
            p = p + self.line_offset(batch["line"]).squeeze(-1)
            preds.append(p)
            if target is not None and random.random() < tf:
                prev = target[:, t]
            else:
                prev = p
        return torch.stack(preds, 1)


# --------------------------------------------------------------------------- training

def train_epoch(model, runs, opt, cfg):
    model.train()
    meter = AverageMeter("loss")
    for batch in batches(runs, cfg, shuffle=True):
        pred = model(batch, batch["target"], cfg["teacher_forcing"])
        loss = F.smooth_l1_loss(pred, batch["target"])
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        meter.update(loss.item(), batch["target"].size(0))
    return meter.avg


@torch.no_grad()
def evaluate(model, runs, cfg):
    model.eval()
    preds, targets = [], []
    for batch in batches(runs, cfg):
        preds.append(model(batch))
        targets.append(batch["target"])
    p, t = torch.cat(preds), torch.cat(targets)
    return {"mae": mae(p, t), "rmse": rmse(p, t), "on_time": on_time_accuracy(p, t)}


class EarlyStopping:
    def __init__(self, patience):
        self.patience = patience
        self.best = float("inf")
        self.bad = 0
        self.path = os.path.join(tempfile.gettempdir(), f"delayprop_{os.getpid()}.pt")

    def step(self, metric, model):
        if metric < self.best:
            self.best = metric
            self.bad = 0
            torch.save(model.state_dict(), self.path)
            return False
        self.bad += 1
        return self.bad >= self.patience

    def restore(self, model):
        if os.path.exists(self.path):
            model.load_state_dict(torch.load(self.path))

    def cleanup(self):
        if os.path.exists(self.path):
            os.remove(self.path)


def recalibrate_offsets(model, runs, cfg):
    """Fit the per-line offsets on the validation split; every other weight stays fixed."""
    for p in model.parameters():
        p.requires_grad_(False)
    model.line_offset.weight.requires_grad_(True)
    opt = torch.optim.SGD([model.line_offset.weight], lr=cfg["calib_lr"])
    for step in range(cfg["calib_steps"]):
        for batch in batches(runs, cfg):
            pred = model(batch)
            loss = F.l1_loss(pred, batch["target"])
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        logger.debug("calibration step %d loss %.4f", step, loss.item())
    for p in model.parameters():
        p.requires_grad_(True)
    return model.line_offset.weight.detach().squeeze(-1).tolist()


def per_line_report(model, runs, cfg):
    by_line = defaultdict(list)
    for r in runs:
        by_line[r["line"]].append(r)
    report = {}
    for line, rs in sorted(by_line.items()):
        report[line] = evaluate(model, rs, cfg)
    return report


# --------------------------------------------------------------------------- main

def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    ap.add_argument("--hidden", type=int, default=CONFIG["hidden"])
    ap.add_argument("--lr", type=float, default=CONFIG["lr"])
    ap.add_argument("--no-calibration", action="store_true")
    ap.add_argument("--dump-config", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    return ap.parse_args()


def main():
    args = parse_args()
    setup_logging(args.verbose)
    cfg = dict(CONFIG)
    cfg.update(epochs=args.epochs, hidden=args.hidden, lr=args.lr)
    if args.dump_config:
        print(json.dumps(cfg, indent=2))
    set_seed(cfg["seed"])

    runs = synth_runs(cfg)
    train_runs, val_runs, test_runs = split(runs)
    logger.info("runs: train=%d val=%d test=%d", len(train_runs), len(val_runs), len(test_runs))

    model = DelayPropagation(cfg)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=max(1, cfg["epochs"]))
    stopper = EarlyStopping(cfg["patience"])

    t0 = time.time()
    try:
        for epoch in range(cfg["epochs"]):
            tr_loss = train_epoch(model, train_runs, opt, cfg)
            val = evaluate(model, val_runs, cfg)
            sched.step()
            logger.info("epoch %d train_loss %.4f val %s", epoch, tr_loss, json.dumps(val))
            if stopper.step(val["mae"], model):
                logger.info("early stop at epoch %d", epoch)
                break
        stopper.restore(model)
    finally:
        stopper.cleanup()
    logger.info("training took %.1fs", time.time() - t0)

    if not args.no_calibration:
        offsets = recalibrate_offsets(model, val_runs, cfg)
        logger.info("line offsets %s", [round(o, 3) for o in offsets])

    test = evaluate(model, test_runs, cfg)
    logger.info("test %s", json.dumps(test))
    for line, m in per_line_report(model, test_runs, cfg).items():
        logger.info("line %d: %s", line, json.dumps(m))
    print("done", round(test["mae"], 3))


if __name__ == "__main__":
    main()
