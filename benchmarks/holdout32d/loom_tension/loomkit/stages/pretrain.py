import torch
import torch.nn as nn

from ..nets import warp_batch
from .registry import Stage, stage


@stage("pretrain")
class Pretrain(Stage):
    def run(self):
        self.model.train()
        opt = torch.optim.Adam(self.model.parameters(), lr=1e-2)
        for _ in range(self.settings["steps"]):
            x, y = warp_batch(self.settings["sensors"])
            loss = nn.functional.cross_entropy(self.model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        self.ctx["opt"] = opt
        self.note(f"loss {loss.item():.4f}")
