import torch
import torch.nn as nn


class RNNEncoder(nn.Module):
    def __init__(self, vocab, dim):
        super().__init__()
        self.embeddings = nn.Embedding(vocab, dim)
        self.rnn = nn.GRU(dim, dim, batch_first=True)

    def forward(self, src):
        return self.rnn(self.embeddings(src))


class InputFeedDecoder(nn.Module):
    def __init__(self, vocab, dim):
        super().__init__()
        self.embeddings = nn.Embedding(vocab, dim)
        self.rnn = nn.LSTM(dim, dim, batch_first=True)

    def forward(self, tgt, enc_state):
        h0 = enc_state
        out, _ = self.rnn(self.embeddings(tgt), (h0, torch.zeros_like(h0)))
        return out


class NMTModel(nn.Module):
    def __init__(self, encoder, decoder, generator):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.generator = generator

    def forward(self, src, tgt):
        _, enc_state = self.encoder(src)
        return self.generator(self.decoder(tgt, enc_state))


def build_base_model(opt):
    enc = RNNEncoder(opt["src_vocab"], opt["rnn_size"])
    dec = InputFeedDecoder(opt["tgt_vocab"], opt["rnn_size"])
    gen = nn.Sequential(nn.Linear(opt["rnn_size"], opt["tgt_vocab"]), nn.LogSoftmax(dim=-1))
    return NMTModel(enc, dec, gen)
