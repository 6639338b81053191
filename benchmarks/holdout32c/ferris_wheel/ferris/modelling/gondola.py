import torch.nn as nn


class VibrationEncoder(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.norm = nn.BatchNorm1d(3)
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)

    def forward(self, x):
        x = self.norm(x.transpose(1, 2)).transpose(1, 2)
        h, _ = self.rnn(x)
        return self.drop(h[:, -1])


class GondolaModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.encoder = VibrationEncoder(hidden)
        self.fault = nn.Linear(hidden, 3)

    def forward(self, x):
        return self.fault(self.encoder(x))
