"""Seq2seq with a bidirectional GRU encoder and an attentional GRU decoder (minimal-nmt style)."""
import random

import torch
import torch.nn as nn
import torch.nn.functional as F


class Encoder(nn.Module):
    def __init__(self, vocab, emb=8, hidden=12):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hidden, num_layers=1, bidirectional=True)
        self.hidden = hidden

    def forward(self, src):
        out, h = self.gru(self.embed(src))
        return out[:, :, :self.hidden] + out[:, :, self.hidden:], h[:1] + h[1:]


class Decoder(nn.Module):
    def __init__(self, vocab, emb=8, hidden=12):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.attn = nn.Linear(hidden * 2, hidden)
        self.gru = nn.GRU(emb + hidden, hidden)
        self.out = nn.Linear(hidden * 2, vocab)

    def forward(self, token, hidden, enc_out):
        emb = self.embed(token).unsqueeze(0)
        scores = (enc_out * hidden[-1].unsqueeze(0)).sum(-1)  # (src_len, batch)
        context = (F.softmax(scores, 0).unsqueeze(-1) * enc_out).sum(0, keepdim=True)
        out, hidden = self.gru(torch.cat([emb, context], -1), hidden)
        return F.log_softmax(self.out(torch.cat([out, context], -1)).squeeze(0), -1), hidden


class Seq2Seq(nn.Module):
    def __init__(self, src_vocab, trg_vocab):
        super().__init__()
        self.encoder = Encoder(src_vocab)
        self.decoder = Decoder(trg_vocab)

    def forward(self, src, trg, teacher_forcing_ratio=0.5):
        enc_out, hidden = self.encoder(src)
        outputs, token = [], trg[0]
        for t in range(1, trg.size(0)):
            logp, hidden = self.decoder(token, hidden, enc_out)
            outputs.append(logp)
            token = trg[t] if random.random() < teacher_forcing_ratio else logp.argmax(1)
        return torch.stack(outputs)
