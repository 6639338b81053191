import torch.nn as nn


class BurnNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.drop = nn.Dropout(0.25)
        self.cls = nn.Linear(hidden, 3)

    def forward(self, log):
        out, _ = self.rnn(log)
        return self.cls(self.drop(out[:, -1]))
