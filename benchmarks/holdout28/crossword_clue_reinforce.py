# expect: crash
"""Crossword-clue generator fine-tuned by REINFORCE; sampling switches the model to eval."""
import torch
from torch import nn

V = 20


class ClueLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(V, 8)
        self.lstm = nn.LSTM(8, 12, batch_first=True)
        self.proj = nn.Linear(12, V)

    def step(self, tok, state=None):
        out, state = self.lstm(self.emb(tok), state)
        return self.proj(out[:, -1]), state

    def sample(self, batch, length=6):
        self.eval()                                     # no dropout while sampling
        tok = torch.zeros(batch, 1, dtype=torch.long)
        state, logps, toks = None, [], []
        for _ in range(length):
            logits, state = self.step(tok, state)
            dist = torch.distributions.Categorical(logits=logits)
            t = dist.sample()
            logps.append(dist.log_prob(t))
            toks.append(t)
            tok = t.unsqueeze(1)
        return torch.stack(toks, 1), torch.stack(logps, 1)


def reward(toks):
    return (toks % 2 == 0).float().mean(1)       # toy: prefers even ids


lm = ClueLM()
opt = torch.optim.Adam(lm.parameters(), lr=1e-3)
for it in range(2):
    toks, logps = lm.sample(4)
    r = reward(toks)
    loss = -((r - r.mean()).unsqueeze(1) * logps).sum(1).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("reward", r.mean().item())
