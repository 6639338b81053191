import torch.nn as nn

from .registry import register


@register("twist_gru")
class TwistGRU(nn.Module):
    """Predicts strand tension from twist readings along the rope walk."""

    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h).squeeze(-1)
