# expect: crash
"""Vector-Jacobian product with torch.func.vjp to attribute an eval-mode LSTM's output to its input: the forward
under vjp already fails on a GPU (TM002)."""
import torch
import torch.nn as nn
from torch.func import vjp

torch.manual_seed(0)
lstm = nn.LSTM(3, 5, batch_first=True)
lstm.eval()


def last_output(x):
    return lstm(x)[0][:, -1]


x = torch.randn(2, 6, 3)
out, pullback = vjp(last_output, x)  # TM002-here
(attribution,) = pullback(torch.ones_like(out))
print(attribution.shape)
