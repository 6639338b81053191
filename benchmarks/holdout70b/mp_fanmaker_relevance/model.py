import torch.nn as nn


class RibWarpNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.encoder = nn.LSTM(3, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.encoder(x)
        return self.cls(self.drop(h[:, -1]))
