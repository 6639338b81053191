# expect: crash
"""Prefix tuning: the language model is frozen and in eval mode (no dropout), only the prefix vectors,
an nn.Parameter of their own module, are trained; their gradient has to pass back through the GRU."""
import torch
import torch.nn as nn


class TinyLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(30, 10)
        self.gru = nn.GRU(10, 10, batch_first=True, num_layers=2, dropout=0.2)
        self.lm_head = nn.Linear(10, 30)

    def run(self, vectors):
        return self.lm_head(self.gru(vectors)[0])


class Prefix(nn.Module):
    def __init__(self, length=3):
        super().__init__()
        self.vectors = nn.Parameter(torch.zeros(length, 10))

    def attach(self, embedded):
        return torch.cat([self.vectors.unsqueeze(0).repeat(embedded.size(0), 1, 1), embedded], dim=1)


lm = TinyLM()
lm.requires_grad_(False)
lm.eval()
prefix = Prefix()
opt = torch.optim.SGD(prefix.parameters(), lr=0.1)
tokens = torch.randint(0, 30, (2, 6))
for _ in range(2):
    logits = lm.run(prefix.attach(lm.embed(tokens)))
    loss = logits.logsumexp(-1).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print(float(loss))
