from torch import nn


class WindLSTM(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.gust = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.gust(self.lstm(x)[0][:, -1])
