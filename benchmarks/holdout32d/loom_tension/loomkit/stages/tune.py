import torch
import torch.nn as nn

from ..nets import warp_batch
from .registry import Stage, stage


@stage("tune")
class Tune(Stage):
    """Tune the recurrent core and head with normalisation stats kept frozen."""

    def run(self):
        self.model.rnn.train()
        opt = torch.optim.SGD(list(self.model.rnn.parameters()) + list(self.model.cls.parameters()), lr=0.05)
        for _ in range(self.settings["steps"]):
            x, y = warp_batch(self.settings["sensors"])
            loss = nn.functional.cross_entropy(self.model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        self.note(f"tuned loss {loss.item():.4f} (norm training={self.model.norm.training})")
