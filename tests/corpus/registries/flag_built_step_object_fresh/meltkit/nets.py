import torch.nn as nn

from .registry import register


@register("melt")
class MeltNet(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out[:, -1])

    @classmethod
    def serving_copy(cls, **options):
        net = cls(**options)
        return net.eval()
