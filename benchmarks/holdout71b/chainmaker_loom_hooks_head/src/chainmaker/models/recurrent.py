import torch.nn as nn

from .registry import register


@register("loom_gru")
class LoomGRU(nn.Module):
    def __init__(self, d_in, hidden, n_cls):
        super().__init__()
        self.gru = nn.GRU(d_in, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.cls(o[:, -1])
