import torch.nn as nn


class SwayModel(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.3), nn.Linear(hidden, 1))

    def forward(self, x):
        seq, _ = self.encoder(x)
        return self.head(seq[:, -1])
