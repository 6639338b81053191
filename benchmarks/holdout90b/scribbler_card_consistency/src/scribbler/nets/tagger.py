import torch.nn as nn


class WebTagger(nn.Module):
    def __init__(self, feat=6, hidden=10, tags=4):
        super().__init__()
        self.drop = nn.Dropout(0.2)
        self.lstm = nn.LSTM(feat, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, tags)

    def forward(self, x):
        y, _ = self.lstm(self.drop(x))
        return self.cls(y)
