# expect: crash
import torch

from bowing import *

torch.manual_seed(4)
x, y = torch.randn(4, 8, 6), torch.randn(4, 8)
base = BowNet()
print("base", finetune(base, x, y))
best = snapshot(base)
with torch.no_grad():
    print("best val", torch.nn.functional.mse_loss(best(x), y).item())
print("refit", finetune(best, x, y))
