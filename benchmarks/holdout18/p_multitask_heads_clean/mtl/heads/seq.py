import torch.nn as nn


class LSTMHead(nn.Module):
    def __init__(self, d, n_out):
        super().__init__()
        self.lstm = nn.LSTM(d, d, batch_first=True)
        self.fc = nn.Linear(d, n_out)

    def forward(self, h):
        return self.fc(self.lstm(h)[0])


class LinearHead(nn.Module):
    def __init__(self, d, n_out):
        super().__init__()
        self.fc = nn.Linear(d, n_out)

    def forward(self, h):
        return self.fc(h)
