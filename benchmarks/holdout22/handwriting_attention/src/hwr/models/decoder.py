import torch
import torch.nn as nn

from .encoder import ColumnEncoder

SOS, EOS = 0, 1


class AttnDecoder(nn.Module):
    def __init__(self, n_chars, hidden):
        super().__init__()
        self.emb = nn.Embedding(n_chars, hidden)
        self.cell = nn.LSTMCell(2 * hidden + hidden, hidden)
        self.attn = nn.Linear(hidden, 2 * hidden)
        self.out = nn.Linear(hidden, n_chars)

    def step(self, prev, state, memory):
        h, c = state
        scores = torch.bmm(memory, self.attn(h).unsqueeze(-1)).squeeze(-1)
        ctx = (scores.softmax(-1).unsqueeze(-1) * memory).sum(1)
        h, c = self.cell(torch.cat([self.emb(prev), ctx], -1), (h, c))
        return self.out(h), (h, c)


class Seq2SeqHWR(nn.Module):
    def __init__(self, n_feat, hidden, n_chars):
        super().__init__()
        self.encoder = ColumnEncoder(n_feat, hidden)
        self.decoder = AttnDecoder(n_chars, hidden)

    def forward(self, cols, targets):
        memory, state = self.encoder(cols)
        prev = torch.full((cols.size(0),), SOS, dtype=torch.long)
        logits = []
        for t in range(targets.size(1)):
            lo, state = self.decoder.step(prev, state, memory)
            logits.append(lo)
            prev = targets[:, t]
        return torch.stack(logits, 1)

    @torch.no_grad()
    def greedy(self, cols, max_len=5):
        memory, state = self.encoder(cols)
        prev = torch.full((cols.size(0),), SOS, dtype=torch.long)
        out = []
        for _ in range(max_len):
            lo, state = self.decoder.step(prev, state, memory)
            prev = lo.argmax(-1)
            out.append(prev)
        return torch.stack(out, 1)
