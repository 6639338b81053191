import torch.nn as nn


class RhythmNet(nn.Module):
    def __init__(self, leads, hidden, classes):
        super().__init__()
        self.lstm = nn.LSTM(leads, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, classes)

    def forward(self, x):
        return self.out(self.lstm(x)[0].mean(1))
