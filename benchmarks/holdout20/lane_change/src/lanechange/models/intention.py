import torch
import torch.nn as nn

from .mixins import FrozenEncoderMixin


class HistoryEncoder(nn.Module):
    def __init__(self, d_in, hidden):
        super().__init__()
        self.gru = nn.GRU(d_in, hidden, batch_first=True, num_layers=2, dropout=0.2)

    def forward(self, x):
        return self.gru(x)[1][-1]


class IntentionNet(FrozenEncoderMixin, nn.Module):
    def __init__(self, n_lanes, d_state, hidden):
        super().__init__()
        self.lane_emb = nn.Embedding(n_lanes, d_state)
        self.encoder = HistoryEncoder(2 * d_state, hidden)
        self.head = nn.Linear(hidden, 3)
        self.freeze_encoder()

    def forward(self, hist, lanes):
        x = torch.cat([hist, self.lane_emb(lanes)], -1)
        return self.head(self.encoder(x))
