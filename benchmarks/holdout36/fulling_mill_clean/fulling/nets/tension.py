import torch.nn as nn


class ClothTensionNet(nn.Module):
    """Forecasts the next cloth tension reading from the fulling stocks' hammer rhythm."""

    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(1, hidden, num_layers=2, batch_first=True)
        self.reg = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.reg(h[:, -1])
