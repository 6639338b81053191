# expect: crash
"""Dialect identification with a noise-contrastive estimation head.

Noise utterances are drawn from a pool and scored with the same encoder; the noise
scorer puts the encoder in eval "to keep the noise distribution stable".
"""
import math
import torch
import torch.nn as nn

torch.manual_seed(7)
K_NOISE = 3


class Encoder(nn.Module):
    def __init__(self, vocab=30, dim=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, dim, batch_first=True)

    def forward(self, tok):
        return self.lstm(self.emb(tok))[1][0][-1]


class NCEHead(nn.Module):
    def __init__(self, dim=8, n_dialects=4):
        super().__init__()
        self.proto = nn.Parameter(torch.randn(n_dialects, dim) * 0.1)

    def score(self, z, d):
        return (z * self.proto[d]).sum(-1)


def noise_scores(enc, head, pool, d):
    enc.eval()
    z = enc(pool)
    return head.score(z, d.repeat_interleave(K_NOISE)).view(-1, K_NOISE)


enc, head = Encoder(), NCEHead()
opt = torch.optim.Adam(list(enc.parameters()) + list(head.parameters()), lr=1e-2)
pool = torch.randint(0, 30, (64, 7))
log_k = math.log(K_NOISE)
for step in range(3):
    enc.train()
    tok, d = torch.randint(0, 30, (4, 7)), torch.randint(0, 4, (4,))
    pos = head.score(enc(tok), d) - log_k
    neg = noise_scores(enc, head, pool[torch.randint(0, 64, (4 * K_NOISE,))], d) - log_k
    loss = -(nn.functional.logsigmoid(pos).mean() + nn.functional.logsigmoid(-neg).sum(1).mean())
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(step, round(loss.item(), 4))
