from functools import partialmethod

import torch
from torch.nn import functional as F

from ..nets import rink_logs


class PhasedTrainer:
    def __init__(self, model, cfg):
        torch.manual_seed(cfg["seed"])
        self.model, self.cfg = model, cfg
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
        self.phase = None

    def _enter(self, phase):
        self.phase = phase
        if phase == "pretrain":
            self.model.train()
        elif phase == "evaluate":
            self.model.eval()
        elif phase == "finetune":
            # freeze BatchNorm statistics and dropout, but the recurrent layer
            # has to stay in training mode to be fine-tuned
            self.model.eval()
            self.model.rnn.train()

    pretrain_phase = partialmethod(_enter, "pretrain")
    evaluate_phase = partialmethod(_enter, "evaluate")
    finetune_phase = partialmethod(_enter, "finetune")

    def _steps(self, n, seed0, offset=0.0):
        for s in range(n):
            x, y = rink_logs(seed=seed0 + s, offset=offset)
            loss = F.mse_loss(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
        return loss.item()

    @torch.no_grad()
    def _evaluate(self, offset):
        x, y = rink_logs(seed=999, offset=offset)
        return F.mse_loss(self.model(x), y).item()

    def fit(self):
        out = {}
        self.pretrain_phase()
        out["pretrain"] = self._steps(self.cfg["pretrain_steps"], 0)
        self.evaluate_phase()
        out["home_val"] = self._evaluate(0.0)
        out["away_zero_shot"] = self._evaluate(0.7)
        self.finetune_phase()
        out["finetune"] = self._steps(self.cfg["finetune_steps"], 50, offset=0.7)
        self.evaluate_phase()
        out["away_val"] = self._evaluate(0.7)
        return {k: round(v, 4) for k, v in out.items()}
