# expect: clean
"""Input saliency with torch.func.vjp through an LSTM, done inside `torch.backends.cudnn.flags(enabled=False)`
(the only fix for functorch transforms over RNNs)."""
import torch
import torch.nn as nn
from torch.func import vjp


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6, batch_first=True, proj_size=3)
        self.head = nn.Linear(3, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


f = Forecaster().eval()
x = torch.randn(2, 10, 2)
with torch.backends.cudnn.flags(enabled=False):
    out, pullback = vjp(f, x)
    (sal,) = pullback(torch.ones_like(out))
print(sal.abs().mean(dim=(0, 2)))
print("done")
