import torch.nn as nn


class SpitSpeedNet(nn.Module):
    def __init__(self, n_in=2, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=2, dropout=0.1, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1]).squeeze(-1)
