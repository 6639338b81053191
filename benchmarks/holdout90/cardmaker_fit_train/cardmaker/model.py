import torch.nn as nn


class DeckScorer(nn.Module):
    def __init__(self, vocab, hidden, classes):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, classes)

    def forward(self, x):
        out, _ = self.rnn(self.emb(x))
        return self.head(out[:, -1])


def build_model(cfg):
    return DeckScorer(cfg["vocab"], cfg["hidden"], cfg["classes"])
