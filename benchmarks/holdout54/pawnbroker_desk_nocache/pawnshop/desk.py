from dataclasses import dataclass

import torch
import torch.nn.functional as F

from .registry import build


@dataclass
class DeskConfig:
    hidden: int = 8
    features: int = 5
    lr: float = 1e-3


class Ledger:
    def __init__(self):
        self.models = {}


class Desk:
    def __init__(self, cfg):
        self.cfg = cfg
        self.ledger = Ledger()
        # reference pricer: inference only
        self.ledger.models["appraiser"] = build("lstm_pricer", features=cfg.features,
                                                hidden=cfg.hidden).eval()
        self.ledger.models["haggler"] = build("lstm_pricer", features=cfg.features,
                                              hidden=cfg.hidden)
        self.opt = torch.optim.Adam(self.ledger.models["haggler"].parameters(), lr=cfg.lr)

    @torch.no_grad()
    def appraise(self, x):
        return self.ledger.models["appraiser"](x)

    def haggle_step(self, x, discount):
        haggler = self.ledger.models["haggler"]
        target = self.appraise(x) * (1 - discount)
        loss = F.smooth_l1_loss(haggler(x), target)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def haggle_epoch(self, xs, discounts, batch):
        losses = [self.haggle_step(xs[i:i + batch], discounts[i:i + batch])
                  for i in range(0, len(xs), batch)]
        return sum(losses) / len(losses)
