# expect: clean
"""The same runner comparing with the right phase name: "fit" runs in train mode, "check" in eval."""
import torch
from torch import nn

torch.manual_seed(3)


class PhaseRunner:
    STAGES = ("fit", "check")

    def __init__(self):
        self.net = nn.GRU(3, 6, batch_first=True)
        self.optim = torch.optim.SGD(self.net.parameters(), lr=0.05)

    def fit(self, batch):
        out, _ = self.net(batch)
        loss = out.square().mean()
        self.optim.zero_grad()
        loss.backward()
        self.optim.step()

    def check(self, batch):
        with torch.no_grad():
            self.net(batch)

    def epoch(self):
        for stage in self.STAGES:
            self.net.train(stage == "fit")
            getattr(self, stage)(torch.randn(2, 4, 3))


PhaseRunner().epoch()
