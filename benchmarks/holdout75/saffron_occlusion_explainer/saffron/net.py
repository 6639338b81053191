from torch import nn


class StigmaGrader(nn.Module):
    def __init__(self, features=5, hidden=10, classes=3):
        super().__init__()
        self.rnn = nn.LSTM(features, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, classes)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out.mean(1))
