# expect: crash
"""Lime-kiln burn temperature forecaster with an event-driven Runner."""
import torch

from kilnlab.runner import Events, Runner
from kilnlab.model import KilnNet
from kilnlab.handlers import attach_handlers

torch.manual_seed(9)

model = KilnNet()
runner = Runner(model, torch.optim.Adam(model.parameters(), lr=1e-2))
attach_handlers(runner, val_batch=(torch.randn(3, 10, 5), torch.randn(3, 1)))


@runner.on(Events.STARTED)
def announce(r):
    print("starting with", sum(p.numel() for p in r.model.parameters()), "params")


data = [(torch.randn(3, 10, 5), torch.randn(3, 1)) for _ in range(4)]
runner.run(data, max_epochs=2)
print("state", runner.state)
