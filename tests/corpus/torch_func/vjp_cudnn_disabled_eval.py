# expect: clean
"""torch.func.vjp attribution through an eval-mode GRU, with cuDNN disabled for the transformed call."""
import torch
import torch.nn as nn
from torch.func import vjp

torch.manual_seed(0)
gru = nn.GRU(3, 4, batch_first=True)
gru.eval()


def last_output(x):
    return gru(x)[0][:, -1]


x = torch.randn(2, 6, 3)
with torch.backends.cudnn.flags(enabled=False):
    out, pullback = vjp(last_output, x)
    (attribution,) = pullback(torch.ones_like(out))
print(attribution.shape)
