"""Travel-time estimation over GPS trajectories (DeepTTE-like): geo-conv over points + LSTM + attention pooling."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class GeoConv(nn.Module):
    def __init__(self, kernel_size=3, num_filter=8):
        super().__init__()
        self.process_coords = nn.Linear(2, 8)
        self.conv = nn.Conv1d(8, num_filter, kernel_size)

    def forward(self, coords):
        x = torch.tanh(self.process_coords(coords)).permute(0, 2, 1)
        return F.elu(self.conv(x)).permute(0, 2, 1)


class DeepTTE(nn.Module):
    def __init__(self, hidden=12, pooling="attention"):
        super().__init__()
        self.geo_conv = GeoConv()
        self.rnn = nn.LSTM(8 + 4, hidden, num_layers=2, batch_first=True)
        self.attr_net = nn.Linear(3, 4)
        self.attention = nn.Linear(4, hidden)
        self.pooling = pooling
        self.out = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, coords, attrs):
        conv = self.geo_conv(coords)
        attr = torch.tanh(self.attr_net(attrs))
        x = torch.cat([conv, attr.unsqueeze(1).expand(-1, conv.size(1), -1)], -1)
        hidden, _ = self.rnn(x)
        if self.pooling == "attention":
            weights = F.softmax((hidden * self.attention(attr).unsqueeze(1)).sum(-1), 1)
            pooled = (hidden * weights.unsqueeze(-1)).sum(1)
        else:
            pooled = hidden.mean(1)
        return self.out(pooled).squeeze(-1)

    def eval_on_batch(self, coords, attrs, target):
        pred = self(coords, attrs)
        return pred, (torch.abs(pred - target) / target.clamp_min(1e-3)).mean()
