import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.enc = nn.GRU(hidden, hidden, batch_first=True)
        self.dec = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, src, tgt_in):
        _, h = self.enc(self.emb(src))
        return self.out(self.dec(self.emb(tgt_in), h)[0])

    def sequence_logprob(self, src, tgt):
        logp = torch.log_softmax(self(src, tgt[:, :-1]), -1)
        return logp.gather(-1, tgt[:, 1:, None]).squeeze(-1).sum(-1)
