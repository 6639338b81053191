import torch.nn as nn


class NibNet(nn.Module):
    def __init__(self, d=3, h=8):
        super().__init__()
        self.lstm = nn.LSTM(d, h, batch_first=True)
        self.out = nn.Linear(h, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)
