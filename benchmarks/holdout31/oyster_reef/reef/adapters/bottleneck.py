from torch import nn


class Bottleneck(nn.Module):
    def __init__(self, dim, bottleneck):
        super().__init__()
        self.down = nn.Linear(dim, bottleneck)
        self.up = nn.Linear(bottleneck, dim)
        nn.init.zeros_(self.up.weight)
        nn.init.zeros_(self.up.bias)

    def forward(self, h):
        return h + self.up(nn.functional.relu(self.down(h)))


class AdaptedReefModel(nn.Module):
    """Frozen encoder -> residual adapter on its outputs -> new head."""

    def __init__(self, backbone, bottleneck=4):
        super().__init__()
        self.backbone = backbone
        self.adapter = Bottleneck(backbone.hidden, bottleneck)
        self.head = nn.Linear(backbone.hidden, 1)

    def forward(self, x):
        return self.head(self.adapter(self.backbone(x))[:, -1]).squeeze(-1)
