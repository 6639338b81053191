"""Models shared by the notebooks in this folder."""
import torch
import torch.nn as nn


class BiLM(nn.Module):
    """ELMo-like bidirectional LM: char-free, two stacked LSTM layers per direction."""

    def __init__(self, vocab=40, d=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)
        self.fwd = nn.LSTM(d, d, num_layers=2, batch_first=True)
        self.bwd = nn.LSTM(d, d, num_layers=2, batch_first=True)
        self.out = nn.Linear(d, vocab)

    def layers(self, tokens):
        e = self.emb(tokens)
        f, _ = self.fwd(e)
        b, _ = self.bwd(e.flip(1))
        return [torch.cat([e, e], -1), torch.cat([f, b.flip(1)], -1)]


class ScalarMix(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.w = nn.Parameter(torch.zeros(n))
        self.gamma = nn.Parameter(torch.ones(1))

    def forward(self, layers):
        w = torch.softmax(self.w, 0)
        return self.gamma * sum(wi * l for wi, l in zip(w, layers))


class VisitGRU(nn.Module):
    """Doctor-AI-like next-visit code prediction."""

    def __init__(self, n_codes=12, hidden=8):
        super().__init__()
        self.embed = nn.Linear(n_codes, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_codes)

    def forward(self, visits):
        h, _ = self.gru(torch.tanh(self.embed(visits)))
        return self.out(h)
