import torch.nn as nn


class GrowthGRU(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.gain = nn.Sequential(nn.Dropout(0.1), nn.Linear(hidden, 1))

    def forward(self, x):
        out, _ = self.gru(x)
        return self.gain(out[:, -1]).squeeze(-1)
