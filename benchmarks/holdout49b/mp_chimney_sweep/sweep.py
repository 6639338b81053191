# expect: crash
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from flue import SootTrainer, build_model  # noqa: E402

torch.manual_seed(3)
cfg = {"n_in": 5, "hidden": 12, "epochs": 2}
model = build_model(cfg)
trainer = SootTrainer(model)
train = (torch.randn(6, 8, 5), torch.randn(6))
val = (torch.randn(3, 8, 5), torch.randn(3))
print(trainer.fit(train, val, epochs=cfg["epochs"]))
