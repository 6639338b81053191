# expect: crash
import torch

from registry import build_model
from trainers import SimpleTrainer, run

cfg = {"model": "gru_forager", "hidden": 8, "epochs": 2}
model = build_model(cfg)
x, y = torch.randn(5, 7, 3), torch.randn(5, 1)
print(run(SimpleTrainer(lr=1e-2), model, x, y, cfg["epochs"]))
