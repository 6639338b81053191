import torch
import torch.nn as nn
import torch.nn.functional as F
from .base import Task


def _data():
    return torch.randint(0, 25, (6, 5)), torch.randint(0, 2, (6,))


class Warmup(Task, key="warmup"):
    def run(self, state):
        enc = state["encoder"]
        head = state.setdefault("head", nn.Linear(enc.out_dim, 2))
        opt = torch.optim.Adam(list(enc.parameters()) + list(head.parameters()), 1e-3)
        enc.train()
        x, y = _data()
        loss = F.cross_entropy(head(enc(x)), y)
        opt.zero_grad(); loss.backward(); opt.step()
        return loss.item()


class Probe(Task, key="probe"):
    """linear probe on frozen features: puts the encoder in eval, trains only a new probe"""

    def run(self, state):
        enc = state["encoder"].eval()
        probe = nn.Linear(enc.out_dim, 2)
        opt = torch.optim.SGD(probe.parameters(), 0.1)
        x, y = _data()
        with torch.no_grad():
            feats = enc(x)
        for _ in range(3):
            loss = F.cross_entropy(probe(feats), y)
            opt.zero_grad(); loss.backward(); opt.step()
        return loss.item()


class Adapt(Task, key="adapt"):
    """domain adaptation: entropy minimisation on unlabeled target batches, encoder updated"""

    def run(self, state):
        enc, head = state["encoder"], state["head"]
        opt = torch.optim.Adam(enc.parameters(), 1e-4)
        x, _ = _data()
        p = F.softmax(head(enc(x)), -1)
        ent = -(p * p.clamp_min(1e-8).log()).sum(-1).mean()
        opt.zero_grad()
        ent.backward()  # TM001-here
        opt.step()
        return ent.item()
