# expect: clean
"""Archery score forecaster.

Predicts the score of an archer's next end (six arrows) from the sequence of previous ends,
the wind readings at the range and the bow settings.  The script trains a base model on the
whole club, evaluates it, writes an input-times-gradient attribution report for the coaches,
and then adapts the model to one archer with a short fine-tuning stage.

The attribution pass is run on the evaluated model, so it wraps both the forward and the
backward in a cuDNN-disabled block; the fine-tuning stage switches the model back through
`set_stage`.
"""
import argparse
import contextlib
import logging
import math
import random
import statistics
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("archery")

CONFIG = {
    "seed": 41,
    "n_archers": 6,
    "ends": 8,
    "features": {"wind": 2, "bow": 2},
    "batch_size": 5,
    "model": {"embed": 4, "hidden": 12, "layers": 2, "dropout": 0.15},
    "train": {"epochs": 2, "steps": 4, "lr": 4e-3, "clip": 2.0},
    "finetune": {"steps": 3, "lr": 1e-3, "archer": 2},
    "report": {"top_k": 3},
}

STAGES = {
    "train": True,
    "eval": False,
    "finetune": True,
    "report": False,
}


# ---------------------------------------------------------------------------
# utilities
# ---------------------------------------------------------------------------
def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def get_args(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=CONFIG["train"]["epochs"])
    ap.add_argument("--steps", type=int, default=CONFIG["train"]["steps"])
    ap.add_argument("--archer", type=int, default=CONFIG["finetune"]["archer"])
    ap.add_argument("--no-finetune", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args(argv)


class AverageMeter:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.total += value * n
        self.count += n

    @property
    def avg(self):
        return self.total / self.count if self.count else float("nan")


@contextlib.contextmanager
def cudnn_disabled():
    with torch.backends.cudnn.flags(enabled=False):
        yield


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------
def archer_skill(archer_id):
    return 40.0 + 3.0 * archer_id


def make_batch(cfg, archer=None):
    b, t = cfg["batch_size"], cfg["ends"]
    ids = torch.full((b,), archer) if archer is not None else torch.randint(0, cfg["n_archers"], (b,))
    wind = torch.randn(b, t, cfg["features"]["wind"])
    bow = torch.rand(b, 1, cfg["features"]["bow"]).expand(b, t, -1)
    base = torch.tensor([archer_skill(int(i)) for i in ids]).unsqueeze(1)
    scores = base - 2.0 * wind[..., 0].abs() + torch.randn(b, t)
    scores = scores.clamp(0, 60) / 60.0
    x = torch.cat([scores.unsqueeze(-1), wind, bow], dim=-1)
    target = scores[:, -1:].clone()
    x = x[:, :-1]
    return ids, x, target


# ---------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------
class EndForecaster(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        m = cfg["model"]
        n_in = 1 + cfg["features"]["wind"] + cfg["features"]["bow"]
        self.archer = nn.Embedding(cfg["n_archers"], m["embed"])
        self.lstm = nn.LSTM(n_in + m["embed"], m["hidden"], num_layers=m["layers"],
                            dropout=m["dropout"], batch_first=True)
        self.drop = nn.Dropout(m["dropout"])
        self.head = nn.Sequential(nn.Linear(m["hidden"], m["hidden"]), nn.GELU(), nn.Linear(m["hidden"], 1))

    def forward(self, ids, x):
        e = self.archer(ids).unsqueeze(1).expand(-1, x.shape[1], -1)
        o, _ = self.lstm(torch.cat([x, e], dim=-1))
        return torch.sigmoid(self.head(self.drop(o[:, -1])))


def set_stage(model, stage):
    model.train(STAGES[stage])
    logger.debug("stage %s -> training=%s", stage, model.training)


# ---------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------
def score_mae(pred, target):
    return (pred - target).abs().mean().item() * 60.0


def within_k(pred, target, k=3.0):
    return ((pred - target).abs() * 60.0 <= k).float().mean().item()


def calibration_slope(preds, targets):
    mp, mt = statistics.mean(preds), statistics.mean(targets)
    num = sum((p - mp) * (t - mt) for p, t in zip(preds, targets))
    den = sum((p - mp) ** 2 for p in preds) or 1e-8
    return num / den


# ---------------------------------------------------------------------------
# stages
# ---------------------------------------------------------------------------
def train_epoch(model, opt, cfg, steps):
    set_stage(model, "train")
    meter = AverageMeter()
    for _ in range(steps):
        ids, x, y = make_batch(cfg)
        loss = F.mse_loss(model(ids, x), y)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["train"]["clip"])
        opt.step()
        meter.update(loss.item(), ids.shape[0])
    return meter.avg


def evaluate(model, cfg, n_batches=3, archer=None):
    set_stage(model, "eval")
    preds, targets = [], []
    mae, hit = AverageMeter(), AverageMeter()
    with torch.no_grad():
        for _ in range(n_batches):
            ids, x, y = make_batch(cfg, archer)
            p = model(ids, x)
            mae.update(score_mae(p, y), ids.shape[0])
            hit.update(within_k(p, y), ids.shape[0])
            preds += p.flatten().tolist()
            targets += y.flatten().tolist()
    return {"mae": mae.avg, "within3": hit.avg, "slope": calibration_slope(preds, targets)}


def attribution_report(model, cfg):
    """Input x gradient per feature group, averaged over a batch, for the coaching report."""
    set_stage(model, "report")
    ids, x, _ = make_batch(cfg)
    x = x.clone().requires_grad_(True)
    with cudnn_disabled():
        pred = model(ids, x)
        pred.sum().backward()
    attr = (x.grad * x).detach().abs().mean(dim=(0, 1))
    w = cfg["features"]["wind"]
    groups = {
        "previous score": attr[0].item(),
        "wind": attr[1:1 + w].sum().item(),
        "bow": attr[1 + w:].sum().item(),
    }
    model.zero_grad(set_to_none=True)
    ranked = sorted(groups.items(), key=lambda kv: -kv[1])[: cfg["report"]["top_k"]]
    return ranked


def finetune(model, cfg, archer):
    set_stage(model, "finetune")
    params = [p for n, p in model.named_parameters() if not n.startswith("archer.")]
    opt = torch.optim.SGD(params, lr=cfg["finetune"]["lr"], momentum=0.9)
    losses = []
    for _ in range(cfg["finetune"]["steps"]):
        ids, x, y = make_batch(cfg, archer)
        loss = F.l1_loss(model(ids, x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return losses


# ---------------------------------------------------------------------------
# club tables and checkpoints
# ---------------------------------------------------------------------------
def warmup_lambda(total_steps, warmup=2):
    def f(step):
        if step < warmup:
            return (step + 1) / warmup
        progress = (step - warmup) / max(1, total_steps - warmup)
        return 0.5 * (1.0 + math.cos(math.pi * min(1.0, progress)))
    return f


def club_table(model, cfg):
    """Mean predicted next-end score per archer, for the notice board."""
    was = model.training
    set_stage(model, "eval")
    rows = []
    with torch.no_grad():
        for archer in range(cfg["n_archers"]):
            ids, x, y = make_batch(cfg, archer)
            p = model(ids, x)
            rows.append((archer, p.mean().item() * 60.0, y.mean().item() * 60.0))
    model.train(was)
    rows.sort(key=lambda r: -r[1])
    return rows


def print_table(rows):
    logger.info("%-8s %-10s %-10s", "archer", "predicted", "observed")
    for archer, pred, obs in rows:
        logger.info("%-8d %-10.2f %-10.2f", archer, pred, obs)


def roundtrip_checkpoint(model):
    """Save and reload the weights through a temporary file (the club server does this)."""
    import os
    import tempfile

    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        torch.save(model.state_dict(), path)
        state = torch.load(path)
        model.load_state_dict(state)
    finally:
        os.remove(path)
    return model


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------
def format_metrics(m):
    return " ".join(f"{k}={v:.3f}" for k, v in m.items() if not math.isnan(v))


def main(argv=None):
    args = get_args(argv)
    logging.basicConfig(stream=sys.stdout, level=logging.WARNING if args.quiet else logging.INFO,
                        format="[%(levelname)s] %(message)s")
    cfg = dict(CONFIG)
    seed_everything(cfg["seed"])
    model = EndForecaster(cfg)
    opt = torch.optim.Adam(model.parameters(), lr=cfg["train"]["lr"])
    sched = torch.optim.lr_scheduler.LambdaLR(opt, warmup_lambda(args.epochs))

    for epoch in range(args.epochs):
        tl = train_epoch(model, opt, cfg, args.steps)
        sched.step()
        metrics = evaluate(model, cfg)
        logger.info("epoch %d loss %.4f lr %.5f %s", epoch, tl, sched.get_last_lr()[0], format_metrics(metrics))

    roundtrip_checkpoint(model)
    print_table(club_table(model, cfg))

    ranked = attribution_report(model, cfg)
    for name, value in ranked:
        logger.info("attribution %-15s %.4f", name, value)

    if not args.no_finetune:
        before = evaluate(model, cfg, archer=args.archer)
        losses = finetune(model, cfg, args.archer)
        after = evaluate(model, cfg, archer=args.archer)
        logger.info("archer %d before %s", args.archer, format_metrics(before))
        logger.info("archer %d finetune losses %s", args.archer, [round(v, 4) for v in losses])
        logger.info("archer %d after  %s", args.archer, format_metrics(after))
    return 0


if __name__ == "__main__":
    sys.exit(main())
