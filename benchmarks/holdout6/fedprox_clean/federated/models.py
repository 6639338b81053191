"""Bidirectional LSTM next-word model used by every client."""
import torch.nn as nn


class CharLSTM(nn.Module):
    def __init__(self, vocab=20, emb=8, hidden=10):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, tokens):
        h, _ = self.lstm(self.emb(tokens))
        return self.out(h[:, -1])
