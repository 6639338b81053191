# expect: clean
"""Scheduled sampling (Bengio et al. 2015) with an inverse-sigmoid decay. The
free-running branch asks `model.sample()` for the previous prediction; `sample`
switches to eval for the draw and restores the caller's mode with
`self.train(was_training)` before returning, and it runs under no_grad.
The differentiated forward is always the training-mode `step()`.
"""
import math

import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, vocab=20, hidden=12):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.rnn = nn.GRU(hidden, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def step(self, tok, h):
        o, h = self.rnn(self.emb(tok), h)
        return self.out(o[:, -1]), h

    @torch.no_grad()
    def sample(self, tok, h):
        was_training = self.training
        self.eval()
        logits, _ = self.step(tok, h)
        self.train(was_training)
        return logits.argmax(-1, keepdim=True)


def teacher_forcing_prob(i, k=5.0):
    return k / (k + math.exp(i / k))


torch.manual_seed(0)
dec = Decoder()
opt = torch.optim.Adam(dec.parameters(), lr=1e-2)
for it in range(4):
    dec.train()
    tgt = torch.randint(0, 20, (4, 8))
    h, tok, loss = None, tgt[:, :1], 0.0
    for t in range(1, tgt.size(1)):
        logits, h_new = dec.step(tok, h)
        loss = loss + nn.functional.cross_entropy(logits, tgt[:, t])
        if torch.rand(()) < teacher_forcing_prob(it):
            tok = tgt[:, t:t + 1]
        else:
            tok = dec.sample(tok, h)
        h = h_new
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(it, loss.item())
