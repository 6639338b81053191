import torch.nn as nn


class ShrinkageNet(nn.Module):
    def __init__(self, feats, hidden):
        super().__init__()
        self.lstm = nn.LSTM(feats, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).sigmoid()
