import torch.nn as nn


class PlankClassifier(nn.Module):
    def __init__(self, feats, hidden, classes=2):
        super().__init__()
        self.rnn = nn.LSTM(feats, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.cls = nn.Linear(hidden, classes)

    def forward(self, x):
        _, (h, _) = self.rnn(x)
        return self.cls(h[-1])
