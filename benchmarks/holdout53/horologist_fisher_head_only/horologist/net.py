import torch.nn as nn


class EscapementNet(nn.Module):
    def __init__(self, feats, hidden, classes=4):
        super().__init__()
        self.lstm = nn.LSTM(feats, hidden, batch_first=True)
        self.head = nn.Linear(hidden, classes)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1])
