# expect: clean
"""Subway platform crowding: abstract Trainer whose epoch-end hook lives in another module (clean: the loop re-enters train each epoch)."""
import logging
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))
from crowd import CrowdTrainer, PlatformGRU  # noqa: E402

logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")
torch.manual_seed(20)


def loader():
    for _ in range(2):
        yield torch.rand(4, 8, 4) * 50, torch.rand(4)


model = PlatformGRU()
trainer = CrowdTrainer(model, torch.optim.Adam(model.parameters(), lr=1e-2),
                       val_batch=(torch.rand(4, 8, 4) * 50, torch.rand(4)), epochs=2)
print(trainer.fit(loader))
