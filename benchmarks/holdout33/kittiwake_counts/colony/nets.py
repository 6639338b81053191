import torch
import torch.nn as nn


class LedgeNet(nn.Module):
    def __init__(self, hidden=10, n_classes=3):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, batch_first=True)
        self.drop = nn.Dropout(0.25)
        self.cls = nn.Linear(hidden, n_classes)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.cls(self.drop(h.mean(1)))


def ledges(n, days=7, bs=4):
    x = torch.rand(n, days, 4)  # arrivals, departures, adults present, chick calls
    y = (x[:, :, 2].mean(1) * 3).long().clamp(max=2)
    return list(zip(x.split(bs), y.split(bs)))
