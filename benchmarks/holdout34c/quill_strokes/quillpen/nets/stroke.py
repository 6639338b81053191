import torch.nn as nn


class StrokeLSTM(nn.Module):
    def __init__(self, n_channels=3, hidden=8, n_classes=5):
        super().__init__()
        self.lstm = nn.LSTM(n_channels, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_classes)

    def forward(self, trace):
        _, (h, _) = self.lstm(trace)
        return self.cls(h[-1])
