import torch.nn as nn


class EarlyWarning(nn.Module):
    def __init__(self, n=4, h=8):
        super().__init__()
        self.lstm = nn.LSTM(n, h, batch_first=True)
        self.fc = nn.Linear(h, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1]).squeeze(-1)


class Context:
    def __init__(self):
        self.model = EarlyWarning()
        self.temperature = 1.0
        self.log = {}
