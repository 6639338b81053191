from torch import nn


class SeriesNet(nn.Module):
    """The recurrent layer's class is a constructor argument: `self.rnn = cell(...)`."""

    def __init__(self, features, hidden, cell):
        super().__init__()
        self.rnn = cell(features, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1]).squeeze(-1)


def build(kind, features, hidden):
    cell = {"lstm": nn.LSTM, "gru": nn.GRU}[kind]
    return SeriesNet(features, hidden, cell)
