import torch.nn as nn


class EdgeWearLSTM(nn.Module):
    """Remaining edge life of a scythe blade from hammer-strike acoustics."""

    def __init__(self, n_in=5, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.life = nn.Sequential(nn.Dropout(0.1), nn.Linear(hidden, 1), nn.Softplus())

    def forward(self, strikes):
        h, _ = self.lstm(strikes)
        return self.life(h[:, -1]).squeeze(-1)
