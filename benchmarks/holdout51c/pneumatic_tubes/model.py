"""Carrier-transit model for a hospital pneumatic-tube network."""
import torch
import torch.nn as nn


class TransitLSTM(nn.Module):
    def __init__(self, n_stations=6, emb=4, hidden=10):
        super().__init__()
        self.station = nn.Embedding(n_stations, emb)
        self.lstm = nn.LSTM(emb + 1, hidden, batch_first=True)
        self.eta = nn.Linear(hidden, 1)

    def forward(self, stations, pressure):
        x = torch.cat([self.station(stations), pressure.unsqueeze(-1)], dim=-1)
        out, _ = self.lstm(x)
        return self.eta(out[:, -1]).squeeze(-1)
