# expect: clean
"""Clockmaker's bench: self-supervised features of escapement tick timing.

A regulator clock on the test bench is recorded with a piezo pickup; each tick gives a
feature vector (beat error, amplitude proxy, tick-tock interval, rate deviation). We
learn representations with contrastive predictive coding (CPC):

  * a small MLP encodes each tick, a GRU summarises the past into a context c_t,
  * per-horizon bilinear heads W_k predict the encoding of tick t+k from c_t,
  * an InfoNCE loss contrasts the true future tick against the other sequences in the
    batch.

Features are then evaluated with a linear probe (which fault does the movement have:
none / worn pallet / weak mainspring / out of beat). The encoder is frozen for the
probe; afterwards CPC pre-training resumes for a second round and the probe is fitted
again, to see whether longer pre-training helps.
"""
import argparse
import logging
import math
import random
import sys
import time
from dataclasses import dataclass, field, asdict

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("escapement")

FAULTS = ("ok", "worn_pallet", "weak_mainspring", "out_of_beat")

CONFIG = {
    "data": {"n_clocks": 32, "ticks": 20, "n_feat": 4, "n_labelled": 16},
    "model": {"enc_dim": 8, "ctx_dim": 10, "horizons": 3},
    "cpc": {"rounds": 2, "epochs_per_round": 2, "batch_size": 8, "lr": 3e-3},
    "probe": {"epochs": 4, "lr": 5e-2, "batch_size": 8},
    "seed": 3,
}


# --------------------------------------------------------------------------- data
def simulate_clock(fault, ticks, n_feat, gen):
    t = torch.arange(ticks, dtype=torch.float)
    beat_error = 0.05 * torch.randn(ticks, generator=gen)
    amplitude = torch.ones(ticks)
    interval = torch.full((ticks,), 0.5)
    rate = 0.01 * torch.randn(ticks, generator=gen)
    if fault == 1:  # worn pallet: intermittent long ticks
        interval = interval + 0.08 * (torch.rand(ticks, generator=gen) > 0.7).float()
    elif fault == 2:  # weak mainspring: amplitude decays
        amplitude = torch.exp(-t / (ticks * 1.5))
    elif fault == 3:  # out of beat: alternating beat error
        beat_error = beat_error + 0.2 * (-1.0) ** t
    feats = torch.stack([beat_error, amplitude, interval, rate], dim=-1)
    return feats[:, :n_feat] + 0.02 * torch.randn(ticks, n_feat, generator=gen)


def make_dataset(cfg, gen):
    d = cfg["data"]
    labels = torch.randint(0, len(FAULTS), (d["n_clocks"],), generator=gen)
    x = torch.stack([simulate_clock(int(f), d["ticks"], d["n_feat"], gen) for f in labels])
    return x, labels


def minibatches(n, batch_size, gen):
    perm = torch.randperm(n, generator=gen)
    for i in range(0, n, batch_size):
        yield perm[i:i + batch_size]


# --------------------------------------------------------------------------- model
class TickEncoder(nn.Module):
    def __init__(self, n_feat, enc_dim):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(n_feat, 16), nn.ReLU(), nn.Linear(16, enc_dim))

    def forward(self, x):
        return self.net(x)


class CPC(nn.Module):
    def __init__(self, n_feat, enc_dim, ctx_dim, horizons):
        super().__init__()
        self.encoder = TickEncoder(n_feat, enc_dim)
        self.context = nn.GRU(enc_dim, ctx_dim, batch_first=True)
        self.predictors = nn.ModuleList(nn.Linear(ctx_dim, enc_dim, bias=False) for _ in range(horizons))
        self.horizons = horizons

    def forward(self, x):
        z = self.encoder(x)
        c, _ = self.context(z)
        return z, c

    def infonce(self, x):
        z, c = self(x)
        b, t, _ = z.shape
        losses, accs = [], []
        for k, pred in enumerate(self.predictors, start=1):
            if t - k <= 0:
                break
            ct = c[:, :-k]                      # (b, t-k, ctx)
            zt = z[:, k:]                       # (b, t-k, enc)
            guess = pred(ct)                    # (b, t-k, enc)
            # scores of every sequence's future against every guess, per time step
            scores = torch.einsum("bte,nte->tbn", guess, zt)
            target = torch.arange(b).expand(t - k, b)
            losses.append(F.cross_entropy(scores.reshape(-1, b), target.reshape(-1)))
            accs.append((scores.argmax(-1) == target).float().mean())
        return torch.stack(losses).mean(), torch.stack(accs).mean()

    @torch.no_grad()
    def features(self, x):
        _, c = self(x)
        return torch.cat([c[:, -1], c.mean(1)], dim=-1)


# --------------------------------------------------------------------------- state
@dataclass
class RunLog:
    cpc_loss: list = field(default_factory=list)
    cpc_acc: list = field(default_factory=list)
    probe_acc: list = field(default_factory=list)
    wall: float = 0.0

    def summary(self):
        return {k: (v[-1] if isinstance(v, list) and v else v) for k, v in asdict(self).items()}


def set_phase(model, phase):
    """Named phases of the schedule; the model's mode follows the phase."""
    if phase == "pretrain":
        model.train()
    elif phase in ("probe", "report"):
        model.eval()
    else:
        raise ValueError(phase)
    log.debug("phase %s -> training=%s", phase, model.training)


# --------------------------------------------------------------------------- loops
def pretrain_round(model, opt, x, cfg, gen, runlog):
    set_phase(model, "pretrain")
    c = cfg["cpc"]
    for epoch in range(c["epochs_per_round"]):
        tot, acc, n = 0.0, 0.0, 0
        for idx in minibatches(len(x), c["batch_size"], gen):
            if len(idx) < 2:
                continue
            loss, a = model.infonce(x[idx])
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            tot += loss.item()
            acc += a.item()
            n += 1
        runlog.cpc_loss.append(tot / max(n, 1))
        runlog.cpc_acc.append(acc / max(n, 1))
        log.info("cpc epoch %d  loss %.4f  acc %.3f", epoch, runlog.cpc_loss[-1], runlog.cpc_acc[-1])


def linear_probe(model, x, y, labelled, cfg, gen):
    """Freeze the CPC model, extract features once, fit a logistic-regression head."""
    set_phase(model, "probe")
    feats = model.features(x)
    head = nn.Linear(feats.size(-1), len(FAULTS))
    opt = torch.optim.SGD(head.parameters(), lr=cfg["probe"]["lr"], momentum=0.9)
    tr = labelled
    te = torch.tensor([i for i in range(len(x)) if i not in set(labelled.tolist())])
    for epoch in range(cfg["probe"]["epochs"]):
        for idx in minibatches(len(tr), cfg["probe"]["batch_size"], gen):
            j = tr[idx]
            loss = F.cross_entropy(head(feats[j]), y[j])
            opt.zero_grad()
            loss.backward()
            opt.step()
    with torch.no_grad():
        acc = (head(feats[te]).argmax(-1) == y[te]).float().mean().item()
    return acc, head


def fault_confusions(head, model, x, y):
    set_phase(model, "report")
    with torch.no_grad():
        pred = head(model.features(x)).argmax(-1)
    table = torch.zeros(len(FAULTS), len(FAULTS), dtype=torch.long)
    for p, t in zip(pred.tolist(), y.tolist()):
        table[t, p] += 1
    return table


def format_table(table):
    width = max(len(f) for f in FAULTS) + 2
    lines = [" " * width + "".join(f"{f[:6]:>8s}" for f in FAULTS)]
    for f, row in zip(FAULTS, table.tolist()):
        lines.append(f"{f:<{width}s}" + "".join(f"{v:8d}" for v in row))
    return "\n".join(lines)


def chance_level(y):
    counts = torch.bincount(y, minlength=len(FAULTS)).float()
    return float(counts.max() / counts.sum())


# --------------------------------------------------------------------------- baselines
def handcrafted_features(x):
    """What a watchmaker's timegrapher would report: means, spreads and drift."""
    mean = x.mean(1)
    spread = x.std(1)
    drift = x[:, -5:].mean(1) - x[:, :5].mean(1)
    alt = (x[:, ::2].mean(1) - x[:, 1::2].mean(1)).abs()
    return torch.cat([mean, spread, drift, alt], dim=-1)


def handcrafted_probe(x, y, labelled, cfg, gen):
    feats = handcrafted_features(x)
    feats = (feats - feats.mean(0)) / (feats.std(0) + 1e-6)
    head = nn.Linear(feats.size(-1), len(FAULTS))
    opt = torch.optim.SGD(head.parameters(), lr=cfg["probe"]["lr"], momentum=0.9)
    te = torch.tensor([i for i in range(len(x)) if i not in set(labelled.tolist())])
    for _ in range(cfg["probe"]["epochs"]):
        for idx in minibatches(len(labelled), cfg["probe"]["batch_size"], gen):
            j = labelled[idx]
            loss = F.cross_entropy(head(feats[j]), y[j])
            opt.zero_grad()
            loss.backward()
            opt.step()
    with torch.no_grad():
        return (head(feats[te]).argmax(-1) == y[te]).float().mean().item()


def retrieval_at_1(model, x, y):
    """Leave-one-out nearest neighbour in CPC feature space (cosine)."""
    set_phase(model, "report")
    f = F.normalize(model.features(x), dim=-1)
    sim = f @ f.T
    sim.fill_diagonal_(-2.0)
    nn_idx = sim.argmax(-1)
    return float((y[nn_idx] == y).float().mean())


def checkpoint_roundtrip(model):
    """Save and reload the CPC weights (the bench PC keeps only the last one)."""
    import os
    import tempfile
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        torch.save(model.state_dict(), path)
        state = torch.load(path)
        model.load_state_dict(state)
        return os.path.getsize(path)
    finally:
        os.remove(path)


# --------------------------------------------------------------------------- main
def parse_args(argv):
    ap = argparse.ArgumentParser(description="CPC on escapement tick timings")
    ap.add_argument("--rounds", type=int, default=CONFIG["cpc"]["rounds"])
    ap.add_argument("--epochs-per-round", type=int, default=CONFIG["cpc"]["epochs_per_round"])
    ap.add_argument("--horizons", type=int, default=CONFIG["model"]["horizons"])
    ap.add_argument("--seed", type=int, default=CONFIG["seed"])
    ap.add_argument("--log-level", default="INFO")
    return ap.parse_args(argv)


def merged_config(args):
    cfg = {k: (dict(v) if isinstance(v, dict) else v) for k, v in CONFIG.items()}
    cfg["cpc"]["rounds"] = args.rounds
    cfg["cpc"]["epochs_per_round"] = args.epochs_per_round
    cfg["model"]["horizons"] = args.horizons
    cfg["seed"] = args.seed
    return cfg


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=getattr(logging, args.log_level.upper()),
                        format="[%(levelname)s] %(message)s")
    cfg = merged_config(args)
    random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    gen = torch.Generator().manual_seed(cfg["seed"])

    x, y = make_dataset(cfg, gen)
    labelled = torch.randperm(len(x), generator=gen)[: cfg["data"]["n_labelled"]]
    log.info("clocks %d, ticks %d, labelled %d, chance %.2f", len(x), x.size(1), len(labelled), chance_level(y))

    m = cfg["model"]
    model = CPC(cfg["data"]["n_feat"], m["enc_dim"], m["ctx_dim"], m["horizons"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["cpc"]["lr"])
    runlog = RunLog()
    t0 = time.time()
    head = None
    for r in range(cfg["cpc"]["rounds"]):
        pretrain_round(model, opt, x, cfg, gen, runlog)
        acc, head = linear_probe(model, x, y, labelled, cfg, gen)
        runlog.probe_acc.append(acc)
        log.info("round %d probe accuracy %.3f", r, acc)
    runlog.wall = time.time() - t0
    log.info("hand-crafted probe accuracy %.3f", handcrafted_probe(x, y, labelled, cfg, gen))
    log.info("retrieval@1 %.3f", retrieval_at_1(model, x, y))
    log.info("checkpoint size %d bytes", checkpoint_roundtrip(model))
    print(format_table(fault_confusions(head, model, x, y)))
    log.info("summary %s", runlog.summary())
    if runlog.cpc_loss and not math.isfinite(runlog.cpc_loss[-1]):
        log.error("CPC diverged")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
