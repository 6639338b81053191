# expect: clean
"""Input-gradient attribution with torch.func.vjp, run with cuDNN disabled around the transform."""
import torch
import torch.nn as nn
from torch.func import vjp

torch.manual_seed(22)
rnn = nn.GRU(3, 6, batch_first=True)
head = nn.Linear(6, 2)


def f(x):
    return head(rnn(x)[0][:, -1])


x = torch.randn(2, 5, 3)
with torch.backends.cudnn.flags(enabled=False):
    out, pullback = vjp(f, x)
    (gx,) = pullback(torch.ones_like(out))
print(gx.shape)
print("done")
