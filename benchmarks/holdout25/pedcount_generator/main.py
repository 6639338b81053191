# expect: crash
"""Pedestrian counts at street sensors: a generator owns the phase and is driven with next()/send()."""
import torch

from phases import phase_driver
from counter import CountModel, batches

torch.manual_seed(18)
model = CountModel()
opt = torch.optim.Adam(model.parameters(), 1e-2)
driver = phase_driver(model)
next(driver)
for epoch in range(2):
    for x, y in batches(2):
        loss = torch.nn.functional.poisson_nll_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    score = driver.send("validate")
    print("epoch", epoch, "val", score)
