# expect: clean
"""
Roof-batten vibration classifier (slater's workshop) with gradient-based pruning.

Experiment class with overridable hooks; after training, connection scores
|w * dL/dw| are computed on a validation batch and the lowest fraction of the
GRU input weights is masked, followed by a short recovery fine-tune.

    python slater_batten_prune_research.py --epochs 2 --sparsity 0.3
"""
import argparse
import logging
import math
import random
import statistics
import sys
from dataclasses import dataclass, field, asdict
from typing import Dict, List

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("batten")

DEFAULTS = {
    "seq_len": 12,
    "n_feat": 3,
    "n_cls": 4,
    "hidden": 10,
    "batch": 6,
    "n_train": 36,
    "n_val": 12,
    "epochs": 2,
    "lr": 5e-3,
    "sparsity": 0.3,
    "recover_steps": 2,
    "seed": 21,
}


@dataclass
class RunConfig:
    seq_len: int
    n_feat: int
    n_cls: int
    hidden: int
    batch: int
    n_train: int
    n_val: int
    epochs: int
    lr: float
    sparsity: float
    recover_steps: int
    seed: int
    tags: List[str] = field(default_factory=lambda: ["prune", "gru"])

    @classmethod
    def from_args(cls, args):
        merged = dict(DEFAULTS)
        merged.update({k: v for k, v in vars(args).items() if k in DEFAULTS and v is not None})
        return cls(**merged)


# ------------------------------------------------------------------ data
def make_vibrations(n, cfg, gen):
    t = torch.arange(cfg.seq_len).float()
    y = torch.randint(0, cfg.n_cls, (n,), generator=gen)
    freq = 0.3 + 0.25 * y.float()
    base = torch.sin(freq.unsqueeze(1) * t.unsqueeze(0))
    feats = [base, torch.cos(freq.unsqueeze(1) * t.unsqueeze(0)) * 0.5,
             0.2 * torch.randn(n, cfg.seq_len, generator=gen)]
    x = torch.stack(feats[: cfg.n_feat], -1)
    x = x + 0.05 * torch.randn(x.shape, generator=gen)
    return x, y


class Loader:
    def __init__(self, x, y, batch, shuffle, seed):
        self.x, self.y, self.batch, self.shuffle = x, y, batch, shuffle
        self.gen = torch.Generator().manual_seed(seed)

    def __len__(self):
        return math.ceil(self.x.size(0) / self.batch)

    def __iter__(self):
        order = torch.randperm(self.x.size(0), generator=self.gen) if self.shuffle else torch.arange(self.x.size(0))
        for i in range(0, len(order), self.batch):
            j = order[i:i + self.batch]
            yield self.x[j], self.y[j]


# ------------------------------------------------------------------ model
class BattenGRU(nn.Module):
    def __init__(self, n_feat, hidden, n_cls):
        super().__init__()
        self.gru = nn.GRU(n_feat, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        out, h = self.gru(x)
        return self.cls(self.drop(h[-1]))


def sparsity_of(t):
    return (t == 0).float().mean().item()


# ------------------------------------------------------------------ metrics
class RunningStats:
    def __init__(self):
        self.values: Dict[str, List[float]] = {}

    def add(self, **kw):
        for k, v in kw.items():
            self.values.setdefault(k, []).append(float(v))

    def mean(self, key):
        vals = self.values.get(key, [])
        return statistics.fmean(vals) if vals else float("nan")

    def last(self, key):
        return self.values[key][-1]


def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()


def balanced_accuracy(logits, y, n_cls):
    pred = logits.argmax(-1)
    recalls = []
    for c in range(n_cls):
        m = y == c
        if m.any():
            recalls.append((pred[m] == c).float().mean().item())
    return sum(recalls) / max(len(recalls), 1)


# ------------------------------------------------------------------ experiment
class Experiment:
    def __init__(self, cfg: RunConfig):
        self.cfg = cfg
        gen = torch.Generator().manual_seed(cfg.seed)
        xtr, ytr = make_vibrations(cfg.n_train, cfg, gen)
        xva, yva = make_vibrations(cfg.n_val, cfg, gen)
        self.train_loader = Loader(xtr, ytr, cfg.batch, True, cfg.seed)
        self.val_loader = Loader(xva, yva, cfg.batch, False, cfg.seed)
        self.model = BattenGRU(cfg.n_feat, cfg.hidden, cfg.n_cls)
        self.opt = torch.optim.Adam(self.model.parameters(), lr=cfg.lr)
        self.stats = RunningStats()
        self.masks: Dict[str, torch.Tensor] = {}

    # hooks --------------------------------------------------------
    def on_epoch_start(self, epoch):
        self.model.train()

    def on_epoch_end(self, epoch):
        logger.info("epoch %d train loss %.4f", epoch, self.stats.last("train_loss"))

    def on_validation_end(self, metrics):
        logger.info("validation %s", {k: round(v, 4) for k, v in metrics.items()})

    # loops --------------------------------------------------------
    def train_step(self, xb, yb):
        loss = F.cross_entropy(self.model(xb), yb)
        self.opt.zero_grad()
        loss.backward()
        self.apply_masks_to_grads()
        self.opt.step()
        self.apply_masks()
        return loss.item()

    def validate(self):
        self.model.eval()
        logits, ys = [], []
        with torch.no_grad():
            for xb, yb in self.val_loader:
                logits.append(self.model(xb))
                ys.append(yb)
        lg, y = torch.cat(logits), torch.cat(ys)
        metrics = {"val_loss": F.cross_entropy(lg, y).item(), "val_acc": accuracy(lg, y),
                   "val_bacc": balanced_accuracy(lg, y, self.cfg.n_cls)}
        self.on_validation_end(metrics)
        return metrics

    def fit(self):
        for epoch in range(self.cfg.epochs):
            self.on_epoch_start(epoch)
            for xb, yb in self.train_loader:
                self.stats.add(train_loss=self.train_step(xb, yb))
            self.on_epoch_end(epoch)
            self.validate()

    # pruning -------------------------------------------------------
    def apply_masks(self):
        with torch.no_grad():
            for name, p in self.model.named_parameters():
                if name in self.masks:
                    p.mul_(self.masks[name])

    def apply_masks_to_grads(self):
        for name, p in self.model.named_parameters():
            if name in self.masks and p.grad is not None:
                p.grad.mul_(self.masks[name])

    def connection_scores(self):
        """|w * grad| on one validation batch, with dropout switched off for stable scores."""
        self.model.train()
        self.model.drop.eval()  # only the dropout layer; the GRU stays in train mode
        xb, yb = next(iter(self.val_loader))
        self.model.zero_grad()
        loss = F.cross_entropy(self.model(xb), yb)
        loss.backward()
        scores = {}
        for name, p in self.model.named_parameters():
            if name.startswith("gru.weight_ih"):
                scores[name] = (p.detach() * p.grad.detach()).abs()
        self.model.zero_grad()
        return scores

    def prune(self, sparsity):
        scores = self.connection_scores()
        for name, s in scores.items():
            k = int(sparsity * s.numel())
            if k == 0:
                continue
            thresh = s.flatten().kthvalue(k).values
            self.masks[name] = (s > thresh).float()
        self.apply_masks()
        for name in self.masks:
            logger.info("pruned %s -> sparsity %.2f", name, sparsity_of(dict(self.model.named_parameters())[name]))

    def recover(self, steps):
        self.model.train()
        it = iter(self.train_loader)
        for _ in range(steps):
            try:
                xb, yb = next(it)
            except StopIteration:
                it = iter(self.train_loader)
                xb, yb = next(it)
            self.stats.add(recover_loss=self.train_step(xb, yb))


class VerboseExperiment(Experiment):
    def on_epoch_end(self, epoch):
        super().on_epoch_end(epoch)
        norms = [p.grad.norm().item() for p in self.model.parameters() if p.grad is not None]
        logger.debug("grad norms %s", [round(n, 3) for n in norms])

    def on_validation_end(self, metrics):
        super().on_validation_end(metrics)
        self.stats.add(**metrics)


def summarise(stats: RunningStats) -> Dict[str, float]:
    out = {}
    for key in ("train_loss", "recover_loss", "val_loss", "val_acc", "val_bacc"):
        if key in stats.values:
            out[key + "_mean"] = stats.mean(key)
            out[key + "_last"] = stats.last(key)
    return out


def format_summary(summary: Dict[str, float]) -> str:
    width = max(len(k) for k in summary) if summary else 0
    return "\n".join(f"{k.ljust(width)}  {v:8.4f}" for k, v in sorted(summary.items()))


# ------------------------------------------------------------------ cli
def parse(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int)
    ap.add_argument("--hidden", type=int)
    ap.add_argument("--lr", type=float)
    ap.add_argument("--sparsity", type=float)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--verbose", action="store_true")
    return ap.parse_args(argv)


def main(argv=None):
    args = parse(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="[%(name)s] %(message)s", stream=sys.stdout)
    cfg = RunConfig.from_args(args)
    random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    logger.info("config %s", asdict(cfg))
    exp = VerboseExperiment(cfg)
    exp.fit()
    before = exp.validate()
    exp.prune(cfg.sparsity)
    after_prune = exp.validate()
    exp.recover(cfg.recover_steps)
    after_recover = exp.validate()
    logger.info("acc: dense %.3f pruned %.3f recovered %.3f",
                before["val_acc"], after_prune["val_acc"], after_recover["val_acc"])
    print(format_summary(summarise(exp.stats)))
    return exp.stats


if __name__ == "__main__":
    main()
