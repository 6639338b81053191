# expect: crash
import torch

from ringing import build_models, distill, pretrain, snapshot

torch.manual_seed(15)
rows = torch.randn(4, 12, 6)
target = torch.randn(4, 12, 6)

models = build_models()
models = pretrain(models, rows, target)
baseline = snapshot(models, rows)
final = distill(models, rows)
print("baseline", round(baseline, 4), "distilled loss", round(final, 4))
