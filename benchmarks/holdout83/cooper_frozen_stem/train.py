# expect: crash
import torch

from cooper import StaveNet, fit

torch.manual_seed(0)
model = StaveNet()
batches = [(torch.randn(4, 6, 4), torch.randint(0, 3, (4,))) for _ in range(3)]
fit(model, batches)
print("trained")
