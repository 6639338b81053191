from torch import nn


class GaitNet(nn.Module):
    def __init__(self, n_feat, hidden, n_gaits):
        super().__init__()
        self.rnn = nn.LSTM(n_feat, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.cls = nn.Linear(hidden, n_gaits)

    def forward(self, x):
        out, (h, c) = self.rnn(x)
        return self.cls(self.drop(h[-1]))
