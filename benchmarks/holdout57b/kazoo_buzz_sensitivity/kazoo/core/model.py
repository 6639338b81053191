import torch.nn as nn


class BuzzModel(nn.Module):
    def __init__(self, n_in=3, hidden=6, classes=2):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, trace):
        # trace: (T, n_in) or (T, B, n_in)
        out, _ = self.lstm(trace)
        return self.fc(out[-1])
