from torch import nn


class StrandNet(nn.Module):
    def __init__(self, in_dim, hidden, cell):
        super().__init__()
        self.rnn = cell(in_dim, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h.mean(1))


def build_model(kind, in_dim, hidden):
    cell = {"lstm": nn.LSTM, "gru": nn.GRU}[kind]
    return StrandNet(in_dim, hidden, cell)
