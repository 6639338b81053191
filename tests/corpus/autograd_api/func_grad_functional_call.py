# expect: crash
"""Per-batch gradients with torch.func.grad over functional_call of an eval-mode GRU: on a GPU cuDNN cannot read
the transform's wrapped weights (TM002, not the training-mode error)."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(0)
gru = nn.GRU(4, 6, batch_first=True)
gru.eval()
params = {name: p.detach() for name, p in gru.named_parameters()}


def loss_fn(params, x, y):
    out, _ = functional_call(gru, params, (x,))
    return nn.functional.mse_loss(out[:, -1], y)


x, y = torch.randn(3, 5, 4), torch.randn(3, 6)
grads = grad(loss_fn)(params, x, y)  # TM002-here
print(sorted(grads))
