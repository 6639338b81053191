"""Encoder-decoder with attention; Seq2Seq takes the encoder and decoder it wires together."""
import random

import torch
import torch.nn as nn
import torch.nn.functional as F

SOS, EOS = 1, 2


class Encoder(nn.Module):
    def __init__(self, vocab, emb=8, hidden=12):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)
        self.bridge = nn.Linear(2 * hidden, hidden)

    def forward(self, src):
        outputs, h = self.rnn(self.embedding(src))
        return outputs, torch.tanh(self.bridge(torch.cat([h[0], h[1]], dim=-1))).unsqueeze(0)


class AttnDecoder(nn.Module):
    def __init__(self, vocab, emb=8, hidden=12):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.attn = nn.Linear(hidden, 2 * hidden, bias=False)
        self.rnn = nn.GRU(emb + 2 * hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, token, hidden, enc_out):
        scores = torch.bmm(enc_out, self.attn(hidden[-1]).unsqueeze(2)).squeeze(2)
        context = torch.bmm(F.softmax(scores, dim=1).unsqueeze(1), enc_out)
        rnn_in = torch.cat([self.embedding(token).unsqueeze(1), context], dim=-1)
        output, hidden = self.rnn(rnn_in, hidden)
        return self.out(output.squeeze(1)), hidden


class Seq2Seq(nn.Module):
    def __init__(self, encoder, decoder):
        super().__init__()
        self.encoder, self.decoder = encoder, decoder

    def forward(self, src, trg, teacher_forcing=0.5):
        enc_out, hidden = self.encoder(src)
        token, logits = trg[:, 0], []
        for t in range(1, trg.shape[1]):
            step_logits, hidden = self.decoder(token, hidden, enc_out)
            logits.append(step_logits)
            token = trg[:, t] if random.random() < teacher_forcing else step_logits.argmax(-1)
        return torch.stack(logits, dim=1)

    @torch.no_grad()
    def translate(self, src, max_len=8):
        self.eval()
        enc_out, hidden = self.encoder(src)
        token, result = torch.full((src.shape[0],), SOS), []
        for _ in range(max_len):
            step_logits, hidden = self.decoder(token, hidden, enc_out)
            token = step_logits.argmax(-1)
            result.append(token)
        return torch.stack(result, dim=1)
