import torch
import torch.nn as nn
import torch.nn.functional as F

from ..vocab import BOS, V


class StitchLM(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.emb = nn.Embedding(V, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, V)

    def forward(self, tokens, state=None):
        h, state = self.lstm(self.emb(tokens), state)
        return self.out(h), state

    @torch.no_grad()
    def sample(self, batch, length):
        """Autoregressive sampling for a pattern row; runs in eval mode."""
        self.eval()
        tok = torch.full((batch, 1), BOS, dtype=torch.long)
        state, out = None, []
        for _ in range(length):
            logits, state = self(tok, state)
            tok = torch.multinomial(F.softmax(logits[:, -1], -1), 1)
            out.append(tok)
        return torch.cat(out, 1)

    def log_prob(self, seq):
        inp = torch.cat([torch.full_like(seq[:, :1], BOS), seq[:, :-1]], 1)
        logits, _ = self(inp)
        return torch.distributions.Categorical(logits=logits).log_prob(seq).sum(1)
