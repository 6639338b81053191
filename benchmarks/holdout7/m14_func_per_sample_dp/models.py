from torch import nn


class CharRNN(nn.Module):
    def __init__(self, n_chars=16, dim=8, n_langs=3):
        super().__init__()
        self.emb = nn.Embedding(n_chars, dim)
        self.rnn = nn.GRU(dim, dim, batch_first=True)
        self.fc = nn.Linear(dim, n_langs)

    def forward(self, x):
        _, h = self.rnn(self.emb(x))
        return self.fc(h[-1])
