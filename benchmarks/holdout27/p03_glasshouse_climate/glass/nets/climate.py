import torch.nn as nn


class ClimateLSTM(nn.Module):
    """Greenhouse air temperature/humidity one hour ahead from vents, heating and sun."""

    def __init__(self, n_in=5, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])
