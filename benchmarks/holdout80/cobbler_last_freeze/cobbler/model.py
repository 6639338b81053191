import torch.nn as nn


class HistoryEncoder(nn.Module):
    def __init__(self, dim, hidden):
        super().__init__()
        self.rnn = nn.LSTM(dim, hidden, batch_first=True)

    def forward(self, e):
        _, (h, _) = self.rnn(e)
        return h[-1]


class LastSizer(nn.Module):
    def __init__(self, vocab, dim, hidden, sizes):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.encoder = HistoryEncoder(dim, hidden)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, sizes))

    def forward(self, orders):
        return self.head(self.encoder(self.embed(orders)))


def build_model(vocab, dim, hidden, sizes):
    return LastSizer(vocab, dim, hidden, sizes)
