# expect: clean
"""Copper mines: pump vibration windows -> flooding risk. Engine with event
handlers registered by decorator; validation runs every other iteration."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch
from copper import Engine, Events, PumpNet, validate

torch.manual_seed(12)
model = PumpNet()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
engine = Engine(model, opt)
val_x, val_y = torch.randn(6, 9, 4), torch.randint(0, 2, (6,))


@engine.on(Events.STARTED)
def announce(eng):
    eng.model.train()
    print("started")


@engine.on(Events.ITERATION_COMPLETED)
def run_validation(eng):
    if eng.state["iteration"] % 2 == 0:
        print("iter", eng.state["iteration"], "val acc", validate(eng.model, val_x, val_y))


batches = [(torch.randn(4, 9, 4), torch.randint(0, 2, (4,))) for _ in range(5)]
engine.run(batches)
print("done")
