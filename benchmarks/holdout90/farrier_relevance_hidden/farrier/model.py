import torch.nn as nn


class GaitModel(nn.Module):
    def __init__(self, feat=4, hidden=8, classes=2):
        super().__init__()
        self.proj = nn.Linear(feat, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, classes)

    def features(self, x):
        return self.proj(x)

    def encode(self, z):
        out, _ = self.lstm(z)
        return out

    def classify(self, h):
        return self.cls(h[:, -1])
