import torch
import torch.nn as nn


class Inflector(nn.Module):
    def __init__(self, n_chars, n_tags, hidden=10):
        super().__init__()
        self.chars = nn.Embedding(n_chars, 8)
        self.tags = nn.Embedding(n_tags, hidden)
        self.enc = nn.LSTM(8, hidden, batch_first=True)
        self.dec = nn.LSTM(8 + hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_chars)

    def forward(self, lemma, tag):
        ctx, (h, c) = self.enc(self.chars(lemma))
        h = h + self.tags(tag).unsqueeze(0)
        dec_in = torch.cat([self.chars(lemma), ctx], dim=-1)
        out, _ = self.dec(dec_in, (h, c))
        return self.out(out)

    def decode(self, lemma, tag):
        """Greedy decode; returns the scores too so callers can re-use them."""
        self.eval()
        scores = self(lemma, tag)
        return scores.argmax(-1), scores
