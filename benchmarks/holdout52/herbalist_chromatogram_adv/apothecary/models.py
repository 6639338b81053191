import torch
import torch.nn as nn


class TraceClassifier(nn.Module):
    def __init__(self, channels, hidden, herbs):
        super().__init__()
        self.norm = nn.LayerNorm(channels)
        self.lstm = nn.LSTM(channels, hidden, batch_first=True)
        self.attn = nn.Linear(hidden, 1)
        self.out = nn.Linear(hidden, herbs)

    def forward(self, x):
        h, _ = self.lstm(self.norm(x))
        w = torch.softmax(self.attn(h).squeeze(-1), dim=1)
        return self.out((w.unsqueeze(-1) * h).sum(1))
