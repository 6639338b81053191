import torch.nn as nn


class HistoryEncoder(nn.Module):
    def __init__(self, vocab, dim, hidden):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.rnn = nn.LSTM(dim, hidden, batch_first=True)

    def forward(self, orders):
        _, (h, _) = self.rnn(self.embed(orders))
        return h[-1]


class LastSizer(nn.Module):
    def __init__(self, vocab, dim, hidden, sizes):
        super().__init__()
        self.encoder = HistoryEncoder(vocab, dim, hidden)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, sizes))

    def forward(self, orders):
        return self.head(self.encoder(orders))


def build_model(vocab, dim, hidden, sizes):
    return LastSizer(vocab, dim, hidden, sizes)
