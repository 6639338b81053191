import torch.nn as nn


class TruingNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, vib):
        h, _ = self.lstm(vib)
        return self.cls(h[:, -1])
