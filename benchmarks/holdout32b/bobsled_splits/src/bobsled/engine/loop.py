from collections import defaultdict

import torch
from torch import nn

from ..utils import scoring


class SplitLoop:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.RMSprop(model.parameters(), lr=cfg["lr"])
        self.logs = defaultdict(list)

    def _score(self, batch):
        frames, splits = batch
        with scoring(self.model) as m:
            return nn.functional.mse_loss(m(frames), splits).item()

    def _step(self, batch):
        frames, splits = batch
        loss = nn.functional.mse_loss(self.model(frames), splits)
        self.opt.zero_grad(set_to_none=True)
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def run(self, batches):
        self.model.train()
        step = 0
        for _ in range(self.cfg["epochs"]):
            for batch in batches[:-1]:
                self.logs["train"].append(self._step(batch))
                step += 1
                if step % self.cfg["eval_every"] == 0:
                    self.logs["val"].append(self._score(batches[-1]))
        return self.logs
