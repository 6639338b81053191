import torch.nn as nn


class YieldNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(2, hidden, batch_first=True)
        self.drop = nn.Dropout(0.25)
        self.out = nn.Linear(hidden, 1)

    def forward(self, curve):
        seq, _ = self.rnn(curve)
        return self.out(self.drop(seq[:, -1])).squeeze(-1)
