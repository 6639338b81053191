from torch import nn


class TapToneLSTM(nn.Module):
    def __init__(self, n_bins=6, hidden=10):
        super().__init__()
        self.drop = nn.Dropout(0.3)
        self.lstm = nn.LSTM(n_bins, hidden, num_layers=2, dropout=0.3, batch_first=True)
        self.out = nn.Linear(hidden, 4)

    def forward(self, x):
        h, _ = self.lstm(self.drop(x))
        return self.out(h[:, -1])
