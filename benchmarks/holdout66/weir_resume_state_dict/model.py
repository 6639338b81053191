import torch.nn as nn


class WeirLevel(nn.Module):
    def __init__(self, n_feat=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])
