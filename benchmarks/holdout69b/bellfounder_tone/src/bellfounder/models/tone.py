import torch
import torch.nn as nn


class ToneNet(nn.Module):
    """Classifies a bell's strike-tone partials (hum, prime, tierce...) as in tune / sharp / flat."""

    def __init__(self, n_partials=5, hidden=8, n_cls=3):
        super().__init__()
        self.encoder = nn.LSTM(n_partials, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, n_cls)

    def forward(self, x):
        h, _ = self.encoder(x)
        return self.cls(torch.relu(h).mean(1))
