import torch
from torch import nn


class CrossingEncoder(nn.Module):
    """Previous crossings of the day: (port id, swell, wind, load factor) -> summary vector."""

    def __init__(self, n_ports=6, hidden=12):
        super().__init__()
        self.port = nn.Embedding(n_ports, 4)
        self.lstm = nn.LSTM(4 + 3, hidden, batch_first=True, dropout=0.0)
        self.drop = nn.Dropout(0.25)
        self.hidden = hidden

    def forward(self, ports, weather):
        x = torch.cat([self.port(ports), weather], -1)
        h, _ = self.lstm(x)
        return self.drop(h[:, -1])


class RouteHead(nn.Module):
    def __init__(self, hidden=12, n_routes=3):
        super().__init__()
        self.route = nn.Embedding(n_routes, 4)
        self.mlp = nn.Sequential(nn.Linear(hidden + 4, 16), nn.ReLU(), nn.Linear(16, 1))

    def forward(self, summary, route_id):
        return self.mlp(torch.cat([summary, self.route(route_id)], -1)).squeeze(-1)
