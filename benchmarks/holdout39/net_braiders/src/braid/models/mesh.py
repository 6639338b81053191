from torch import nn

from .registry import register


@register("gru_mesh")
class MeshGRU(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.gru = nn.GRU(4, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, h = self.gru(x)
        return self.fc(h[-1]).squeeze(-1)
