import torch
import torch.nn as nn


class Seq2SeqATC(nn.Module):
    def __init__(self, n_mfcc, hidden, vocab):
        super().__init__()
        self.enc = nn.LSTM(n_mfcc, hidden, batch_first=True)
        self.emb = nn.Embedding(vocab, hidden)
        self.dec = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, feats, tgt_in):
        _, state = self.enc(feats)
        h, _ = self.dec(self.emb(tgt_in), state)
        return self.out(h)

    @torch.no_grad()
    def greedy_decode(self, feats, max_len=5):
        self.eval()
        _, state = self.enc(feats)
        tok = torch.zeros(feats.size(0), 1, dtype=torch.long)
        out = []
        for _ in range(max_len):
            h, state = self.dec(self.emb(tok), state)
            tok = self.out(h).argmax(-1)
            out.append(tok)
        return torch.cat(out, 1)
