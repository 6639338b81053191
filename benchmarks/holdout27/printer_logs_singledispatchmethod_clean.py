# expect: clean
"""Printer failure logs; the FineTune config evals the model but re-arms the GRU for training."""
from dataclasses import dataclass
from functools import singledispatchmethod
import torch
import torch.nn as nn

torch.manual_seed(9)


@dataclass
class Scratch:
    lr: float = 1e-2


@dataclass
class FineTune:
    lr: float = 1e-3
    freeze_embedding: bool = True


class LogModel(nn.Module):
    def __init__(self, n_events=20):
        super().__init__()
        self.emb = nn.Embedding(n_events, 6)
        self.gru = nn.GRU(6, 8, batch_first=True)
        self.fail = nn.Linear(8, 1)

    def forward(self, ev):
        return self.fail(self.gru(self.emb(ev))[0][:, -1]).squeeze(-1)


class Runner:
    def __init__(self):
        self.model = LogModel()

    @singledispatchmethod
    def configure(self, cfg):
        raise TypeError(type(cfg))

    @configure.register
    def _(self, cfg: Scratch):
        self.model.train()
        return torch.optim.Adam(self.model.parameters(), lr=cfg.lr)

    @configure.register
    def _(self, cfg: FineTune):
        self.model.eval()  # keep embedding dropout etc. off
        self.model.gru.train()
        self.model.emb.weight.requires_grad_(not cfg.freeze_embedding)
        params = [p for p in self.model.parameters() if p.requires_grad]
        return torch.optim.SGD(params, lr=cfg.lr)

    def step(self, opt, ev, y):
        loss = nn.functional.binary_cross_entropy_with_logits(self.model(ev), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss.item()


runner = Runner()
for cfg in (Scratch(), FineTune()):
    opt = runner.configure(cfg)
    for _ in range(2):
        print(type(cfg).__name__, runner.step(opt, torch.randint(0, 20, (4, 9)), torch.rand(4).round()))
