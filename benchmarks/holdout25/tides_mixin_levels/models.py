import torch
import torch.nn as nn

from mixins import FrozenRNNMixin


class TideForecaster(FrozenRNNMixin, nn.Module):
    def __init__(self, n_stations, hidden, freeze_rnn=False):
        super().__init__()
        self.freeze_rnn = freeze_rnn
        self.station = nn.Embedding(n_stations, 3)
        self.core = nn.GRU(1, hidden, batch_first=True)
        self.head = nn.Linear(hidden + 3, 3)

    def forward(self, stations, levels):
        s = self.station(stations).unsqueeze(1).expand(-1, levels.shape[1], -1)
        h, _ = self.core(levels)
        return self.head(torch.cat([h[:, -1], s[:, -1]], -1))
