import torch
import torch.nn as nn


class SocialLSTM(nn.Module):
    """Per-pedestrian LSTM with a mean-pooled social context of the other agents."""

    def __init__(self, hidden=8):
        super().__init__()
        self.inp = nn.Linear(4, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, tracks):  # (agents, T, 2)
        social = tracks.mean(0, keepdim=True).expand_as(tracks)
        h, _ = self.lstm(torch.relu(self.inp(torch.cat([tracks, social], -1))))
        return tracks[:, -1] + self.out(h[:, -1])
