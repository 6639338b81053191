from torch import nn


class StrikeModel(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.norm = nn.BatchNorm1d(3)
        self.gru = nn.GRU(3, hidden, num_layers=2, dropout=0.25, batch_first=True)
        self.drop = nn.Dropout(0.25)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        x = self.norm(x.transpose(1, 2)).transpose(1, 2)
        out, _ = self.gru(x)
        return self.head(self.drop(out[:, -1]))
