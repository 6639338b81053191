import torch.nn as nn

from .registry import register


@register("sonar-lstm")
class SonarCounter(nn.Module):
    """Counts eels passing a fyke net from a strip of sonar echo features."""

    def __init__(self, n_bins=6, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(n_bins, hidden, num_layers=1, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, echoes):
        h, _ = self.lstm(echoes)
        return self.out(h[:, -1]).squeeze(-1)
