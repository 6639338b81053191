from torch import nn


class BurnModel(nn.Module):
    def __init__(self, n_in, hidden, layers, dropout):
        super().__init__()
        self.embed = nn.Sequential(nn.Linear(n_in, hidden), nn.Dropout(dropout))
        self.lstm = nn.LSTM(hidden, hidden, num_layers=layers, dropout=dropout, batch_first=True)
        self.out = nn.Sequential(nn.Dropout(dropout), nn.Linear(hidden, 1))

    def forward(self, x):
        return self.out(self.lstm(self.embed(x))[0][:, -1]).squeeze(-1)
