from torch import nn


class SwellNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1]).squeeze(-1)
