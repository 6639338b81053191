import torch.nn as nn

from .registry import register


@register("bottleneck_adapter")
class BottleneckAdapter(nn.Module):
    def __init__(self, hidden=8, dim=4):
        super().__init__()
        self.down = nn.Linear(hidden, dim)
        self.up = nn.Linear(dim, hidden)
        self.head = nn.Linear(hidden, 1)

    def forward(self, h):
        h = h + self.up(nn.functional.relu(self.down(h)))
        return self.head(h[:, -1])
