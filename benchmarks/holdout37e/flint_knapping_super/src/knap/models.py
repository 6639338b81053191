import torch.nn as nn


class FlakeNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, 3)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.cls(h[:, -1])


def build_model(hidden=8):
    return FlakeNet(hidden)
