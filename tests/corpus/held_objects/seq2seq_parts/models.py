"""Encoder and decoder are built apart and handed to a Seq2Seq wrapper that stores them."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab, dim):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.gru = nn.GRU(dim, dim)

    def forward(self, src):
        return self.gru(self.embed(src))


class Decoder(nn.Module):
    def __init__(self, vocab, dim):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.gru = nn.GRU(dim, dim)
        self.out = nn.Linear(dim, vocab)

    def forward(self, trg, hidden):
        output, _ = self.gru(self.embed(trg), hidden)
        return self.out(output)


class Seq2Seq(nn.Module):
    def __init__(self, encoder, decoder):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder

    def forward(self, src, trg):
        _, hidden = self.encoder(src)
        return self.decoder(trg, hidden)
