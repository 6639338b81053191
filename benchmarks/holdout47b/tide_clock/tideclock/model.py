import torch.nn as nn


class TideNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, batch_first=True, num_layers=2, dropout=0.2)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.BatchNorm1d(hidden), nn.ReLU(),
                                  nn.Dropout(0.2), nn.Linear(hidden, 1))

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.head(o[:, -1])


def build_model(hidden=8):
    return TideNet(hidden)
