# expect: crash
"""Turf-stack moisture: a batch generator that interleaves validation batches and switches modes."""
import torch

from stream import interleaved, make_step
from net import MoistureNet

torch.manual_seed(2)
model = MoistureNet()
step = make_step(model, torch.optim.SGD(model.parameters(), lr=0.05))
data = [(torch.randn(4, 5, 3), torch.randn(4, 1)) for _ in range(6)]
val_scores = []
for phase, (x, y) in interleaved(model, data, every=2):
    if phase == "val":
        with torch.no_grad():
            val_scores.append(torch.nn.functional.mse_loss(model(x), y).item())
    else:
        step(x, y)
print("val", [round(v, 3) for v in val_scores])
