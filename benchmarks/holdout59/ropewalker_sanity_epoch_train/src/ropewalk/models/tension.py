import torch.nn as nn


class TensionLSTM(nn.Module):
    def __init__(self, n_features, hidden):
        super().__init__()
        self.proj = nn.Linear(n_features, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(self.proj(x).relu())
        return self.head(self.drop(h[:, -1]))
