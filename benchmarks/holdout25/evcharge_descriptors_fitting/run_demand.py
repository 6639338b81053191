# expect: clean
"""EV charging demand: the model class is built with type(), modes come from a descriptor."""
import torch

from evcharge import build_model, finetune

torch.manual_seed(16)
model = build_model(features=5, hidden=8)
history = torch.randn(4, 10, 5)
with torch.no_grad():
    model.inference()
    baseline = model(history)
print("baseline demand", baseline.mean().item())
model.fitting()
print("finetune", finetune(model, history, baseline + 0.1))
