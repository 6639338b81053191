# expect: clean
"""Lens grinding: predict surface error from a sequence of pad-pressure readings."""
import torch
from torch import nn

from callbacks import CurvatureProbe, LossLog
from loop import GrindLoop


class SurfaceNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 12, batch_first=True)
        self.out = nn.Linear(12, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.out(h[-1])


torch.manual_seed(1)
batches = [(torch.randn(4, 7, 2), torch.randn(4, 1)) for _ in range(5)]
probe = CurvatureProbe(torch.randn(3, 7, 2))
log = LossLog()
GrindLoop(SurfaceNet(), [log, probe]).run(batches)
print("losses", len(log.losses), "probes", len(probe.readings))
