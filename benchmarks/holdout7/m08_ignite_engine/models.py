from torch import nn


class SentimentGRU(nn.Module):
    def __init__(self, vocab=30, dim=8, n_classes=2):
        super().__init__()
        self.embedding = nn.Embedding(vocab, dim)
        self.gru = nn.GRU(dim, dim, batch_first=True)
        self.fc = nn.Linear(dim, n_classes)

    def forward(self, x):
        _, h = self.gru(self.embedding(x))
        return self.fc(h[-1])
