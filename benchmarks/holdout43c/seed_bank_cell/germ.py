"""Germination-curve models for the seed bank viability project.

Each accession is a sequence of daily germination-chamber readings (moisture, temperature, count of sprouted
seeds, ...). The models predict whether the accession is still viable after long storage.
"""
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("germ")


class GermLSTM(nn.Module):
    """Sequence encoder over the whole chamber log."""

    def __init__(self, n_feats, hidden=10, n_cls=2):
        super().__init__()
        self.embed = nn.Linear(n_feats, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.embed(x)))
        return self.head(h.mean(1))


class GermCell(nn.Module):
    """Same model unrolled by hand with an LSTMCell (lets us read out per-day states)."""

    def __init__(self, n_feats, hidden=10, n_cls=2):
        super().__init__()
        self.hidden = hidden
        self.embed = nn.Linear(n_feats, hidden)
        self.cell = nn.LSTMCell(hidden, hidden)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        b, t, _ = x.shape
        h = x.new_zeros(b, self.hidden)
        c = x.new_zeros(b, self.hidden)
        states = []
        for step in range(t):
            h, c = self.cell(torch.tanh(self.embed(x[:, step])), (h, c))
            states.append(h)
        return self.head(torch.stack(states, 1).mean(1))


MODELS = {"lstm": GermLSTM, "cell": GermCell}


def build_model(kind, n_feats, **kw):
    return MODELS[kind](n_feats, **kw)


class Trainer:
    def __init__(self, model, lr=1e-2, batch_size=8):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.batch_size = batch_size
        self.history = []

    def _batches(self, x, y):
        perm = torch.randperm(len(x))
        for i in range(0, len(x), self.batch_size):
            j = perm[i:i + self.batch_size]
            yield x[j], y[j]

    def fit(self, x, y, xv, yv, epochs=3):
        for ep in range(epochs):
            self.model.train()
            for xb, yb in self._batches(x, y):
                self.opt.zero_grad()
                F.cross_entropy(self.model(xb), yb).backward()
                self.opt.step()
            self.history.append(self.validate(xv, yv))
            log.info("epoch %d val %s", ep, self.history[-1])
        return self

    @torch.no_grad()
    def validate(self, xv, yv):
        self.model.eval()
        logits = self.model(xv)
        return {"loss": F.cross_entropy(logits, yv).item(),
                "acc": (logits.argmax(-1) == yv).float().mean().item()}


def input_saliency(model, x, target):
    """|d logit_target / d x|, summed over features -> one score per day."""
    x = x.clone().requires_grad_(True)
    logits = model(x)
    picked = logits.gather(1, target.view(-1, 1)).sum()
    grad, = torch.autograd.grad(picked, x)
    return grad.abs().sum(-1)
