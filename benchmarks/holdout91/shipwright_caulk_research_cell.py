# expect: clean
"""Shipwright caulking QA: acoustic tap-test traces along a hull seam -> seam leak risk.

Research script from the caulking-robot project. Supports three encoders (selected by
--arch / CFG["arch"]): a cuDNN LSTM, an unrolled LSTMCell, and a small temporal conv net.
After training we run test-time training (TTT) on each test batch with a self-supervised
next-step reconstruction head, then score the risk head.

Usage:
    python shipwright_caulk_research_cell.py --epochs 2 --arch cell
"""
import argparse
import json
import logging
import math
import random
import sys
import time
from collections import defaultdict

import torch
from torch import nn

LOG = logging.getLogger("caulk")

CFG = {
    "seed": 11,
    "arch": "cell",
    "n_feat": 4,
    "hidden": 12,
    "seq_len": 10,
    "batch_size": 6,
    "n_train": 5,
    "n_val": 2,
    "n_test": 2,
    "epochs": 2,
    "lr": 4e-3,
    "weight_decay": 1e-4,
    "aux_weight": 0.3,
    "ttt_steps": 1,
    "ttt_lr": 1e-3,
    "patience": 3,
    "clip": 1.0,
    "log_every": 2,
}


# ----------------------------------------------------------------------------- utils
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--arch", choices=["lstm", "cell", "tcn"], default=CFG["arch"])
    ap.add_argument("--epochs", type=int, default=CFG["epochs"])
    ap.add_argument("--hidden", type=int, default=CFG["hidden"])
    ap.add_argument("--lr", type=float, default=CFG["lr"])
    ap.add_argument("--ttt-steps", type=int, default=CFG["ttt_steps"])
    ap.add_argument("--no-ttt", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    return ap.parse_args(argv)


def merge_cfg(cfg, args):
    out = dict(cfg)
    out.update(arch=args.arch, epochs=args.epochs, hidden=args.hidden, lr=args.lr,
               ttt_steps=args.ttt_steps, ttt=not args.no_ttt)
    return out


class Timer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        LOG.debug("%s took %.3fs", self.name, time.perf_counter() - self.t0)
        return False


# ----------------------------------------------------------------------------- data
class TapTraceData:
    """Synthetic tap-test traces: a leak shows up as a slow damping change."""

    def __init__(self, n_batches, cfg, seed):
        g = torch.Generator().manual_seed(seed)
        self.batches = []
        for _ in range(n_batches):
            x = torch.randn(cfg["batch_size"], cfg["seq_len"], cfg["n_feat"], generator=g)
            damp = torch.linspace(0, 1, cfg["seq_len"]).view(1, -1, 1)
            leak = torch.rand(cfg["batch_size"], generator=g)
            x = x + leak.view(-1, 1, 1) * damp
            self.batches.append((x, leak))

    def __iter__(self):
        return iter(self.batches)

    def __len__(self):
        return len(self.batches)


# ----------------------------------------------------------------------------- models
class LSTMEncoder(nn.Module):
    def __init__(self, n_feat, hidden):
        super().__init__()
        self.rnn = nn.LSTM(n_feat, hidden, batch_first=True)

    def forward(self, x):
        h, _ = self.rnn(x)
        return h


class CellEncoder(nn.Module):
    def __init__(self, n_feat, hidden):
        super().__init__()
        self.cell = nn.LSTMCell(n_feat, hidden)
        self.hidden = hidden

    def forward(self, x):
        b, t, _ = x.shape
        h = x.new_zeros(b, self.hidden)
        c = x.new_zeros(b, self.hidden)
        outs = []
        for i in range(t):
            h, c = self.cell(x[:, i], (h, c))
            outs.append(h)
        return torch.stack(outs, 1)


class TCNEncoder(nn.Module):
    def __init__(self, n_feat, hidden):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv1d(n_feat, hidden, 3, padding=2, dilation=1), nn.ReLU(),
            nn.Conv1d(hidden, hidden, 3, padding=4, dilation=2), nn.ReLU(),
        )

    def forward(self, x):
        t = x.shape[1]
        return self.conv(x.transpose(1, 2))[..., :t].transpose(1, 2)


class CaulkModel(nn.Module):
    def __init__(self, encoder, hidden, n_feat):
        super().__init__()
        self.encoder = encoder
        self.dropout = nn.Dropout(0.1)
        self.risk = nn.Linear(hidden, 1)
        self.recon = nn.Linear(hidden, n_feat)

    def forward(self, x):
        h = self.dropout(self.encoder(x))
        return torch.sigmoid(self.risk(h[:, -1])).squeeze(-1), self.recon(h[:, :-1])


def build_model(cfg):
    if cfg["arch"] == "lstm":
        enc = LSTMEncoder(cfg["n_feat"], cfg["hidden"])
    elif cfg["arch"] == "cell":
        enc = CellEncoder(cfg["n_feat"], cfg["hidden"])
    elif cfg["arch"] == "tcn":
        enc = TCNEncoder(cfg["n_feat"], cfg["hidden"])
    else:
        raise ValueError(cfg["arch"])
    model = CaulkModel(enc, cfg["hidden"], cfg["n_feat"])
    LOG.info("built %s with %d parameters", cfg["arch"], sum(p.numel() for p in model.parameters()))
    return model


# ----------------------------------------------------------------------------- metrics
class Meter:
    def __init__(self):
        self.sums = defaultdict(float)
        self.counts = defaultdict(int)

    def update(self, **kw):
        for k, v in kw.items():
            self.sums[k] += float(v)
            self.counts[k] += 1

    def avg(self):
        return {k: self.sums[k] / max(self.counts[k], 1) for k in self.sums}


def mae(pred, y):
    return (pred - y).abs().mean().item()


def rmse(pred, y):
    return math.sqrt(((pred - y) ** 2).mean().item())


def r2(pred, y):
    ss_res = ((pred - y) ** 2).sum()
    ss_tot = ((y - y.mean()) ** 2).sum().clamp_min(1e-8)
    return (1 - ss_res / ss_tot).item()


def brier_by_bins(pred, y, n_bins=3):
    edges = torch.linspace(0, 1, n_bins + 1)
    out = []
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (pred >= lo) & (pred < hi)
        if m.any():
            out.append(((pred[m] - y[m]) ** 2).mean().item())
    return out


def losses(model, x, y, cfg):
    risk, recon = model(x)
    main = nn.functional.binary_cross_entropy(risk, y)
    aux = nn.functional.mse_loss(recon, x[:, 1:])
    return main + cfg["aux_weight"] * aux, main, aux, risk


# ----------------------------------------------------------------------------- loops
def train_epoch(model, opt, data, cfg, epoch):
    model.train()
    meter = Meter()
    for step, (x, y) in enumerate(data):
        opt.zero_grad()
        total, main, aux, _ = losses(model, x, y, cfg)
        total.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
        meter.update(loss=total.item(), main=main.item(), aux=aux.item())
        if step % cfg["log_every"] == 0:
            LOG.debug("epoch %d step %d loss %.4f", epoch, step, total.item())
    return meter.avg()


@torch.no_grad()
def evaluate(model, data, cfg):
    model.eval()
    preds, ys = [], []
    for x, y in data:
        _, _, _, risk = losses(model, x, y, cfg)
        preds.append(risk)
        ys.append(y)
    p, t = torch.cat(preds), torch.cat(ys)
    return {"mae": mae(p, t), "rmse": rmse(p, t), "r2": r2(p, t), "brier_bins": brier_by_bins(p, t)}


class EarlyStopping:
    def __init__(self, patience):
        self.patience = patience
        self.best = float("inf")
        self.bad = 0
        self.best_state = None

    def step(self, score, model):
        if score < self.best:
            self.best, self.bad = score, 0
            self.best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
            return False
        self.bad += 1
        return self.bad >= self.patience


def ttt_adapt(model, x, cfg):
    """Self-supervised TTT: a few steps on the reconstruction loss of this test batch.
    The model stays in eval mode so dropout does not perturb the adapted features."""
    params = list(model.encoder.parameters())
    opt = torch.optim.SGD(params, lr=cfg["ttt_lr"])
    for _ in range(cfg["ttt_steps"]):
        opt.zero_grad()
        _, recon = model(x)
        aux = nn.functional.mse_loss(recon, x[:, 1:])
        aux.backward()
        opt.step()
    return aux.item()


def test_with_ttt(model, data, cfg):
    model.eval()
    snapshot = {k: v.detach().clone() for k, v in model.state_dict().items()}
    preds, ys, aux_log = [], [], []
    for x, y in data:
        if cfg["ttt"]:
            aux_log.append(ttt_adapt(model, x, cfg))
        with torch.no_grad():
            risk, _ = model(x)
        preds.append(risk)
        ys.append(y)
        model.load_state_dict(snapshot)
    p, t = torch.cat(preds), torch.cat(ys)
    return {"mae": mae(p, t), "rmse": rmse(p, t), "ttt_aux": aux_log}


# ----------------------------------------------------------------------------- main
def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s", stream=sys.stdout)
    cfg = merge_cfg(CFG, args)
    set_seed(cfg["seed"])
    LOG.info("config %s", json.dumps(cfg, sort_keys=True))

    train = TapTraceData(cfg["n_train"], cfg, seed=1)
    val = TapTraceData(cfg["n_val"], cfg, seed=2)
    test = TapTraceData(cfg["n_test"], cfg, seed=3)

    model = build_model(cfg)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
    stopper = EarlyStopping(cfg["patience"])
    history = []
    for epoch in range(cfg["epochs"]):
        with Timer(f"epoch {epoch}"):
            tr = train_epoch(model, opt, train, cfg, epoch)
            va = evaluate(model, val, cfg)
        history.append({"epoch": epoch, **tr, **{f"val_{k}": v for k, v in va.items()}})
        LOG.info("epoch %d train %.4f val mae %.4f", epoch, tr["loss"], va["mae"])
        if stopper.step(va["mae"], model):
            LOG.info("early stop at epoch %d", epoch)
            break
    if stopper.best_state is not None:
        model.load_state_dict(stopper.best_state)

    res = test_with_ttt(model, test, cfg)
    LOG.info("test mae %.4f rmse %.4f", res["mae"], res["rmse"])
    print(json.dumps({"arch": cfg["arch"], "test_mae": round(res["mae"], 4), "epochs": len(history)}))
    return res


if __name__ == "__main__":
    main()
