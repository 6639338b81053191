import torch
import torch.nn as nn


class CodeDecoder(nn.Module):
    def __init__(self, vocab=30, dim=8, hidden=12, n_codes=6):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.cell = nn.GRUCell(dim + hidden, hidden)
        self.out = nn.Linear(hidden, n_codes)

    def forward(self, prev_tokens, memory, h):
        logits = []
        ctx = memory.mean(1)
        for t in range(prev_tokens.size(1)):
            h = self.cell(torch.cat([self.embed(prev_tokens[:, t]), ctx], -1), h)
            logits.append(self.out(h))
        return torch.stack(logits, 1)
