# expect: clean
"""Tide-gauge surge model: gauges weighted by cosine agreement of their torch.func gradients
(computed with cuDNN switched off, which torch.func needs for RNNs)."""
import torch

from tides import SurgeLSTM, per_gauge_grads

torch.manual_seed(24)
model = SurgeLSTM().train()
gauges = [(torch.randn(3, 10, 3), torch.randn(3)) for _ in range(3)]
grads = per_gauge_grads(model, gauges)
flat = torch.stack([torch.cat([g.flatten() for g in d.values()]) for d in grads])
mean = flat.mean(0)
weights = torch.nn.functional.cosine_similarity(flat, mean[None], dim=1).clamp_min(0)
print("gauge weights", weights.tolist())
