# expect: clean
"""Output-bias tuning: the language model is frozen and in eval mode, only a bias vector (an nn.Parameter
of its own module) is trained, added after the GRU: no gradient ever reaches the GRU."""
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
    def __init__(self):
        super().__init__()
        self.vectors = nn.Parameter(torch.zeros(30))

    def attach(self, logits):
        return logits + self.vectors


lm = TinyLM()
lm.requires_grad_(False)
lm.eval()
prefix = Prefix()
opt = torch.optim.SGD(prefix.parameters(), lr=0.1)
tokens = torch.randint(0, 30, (2, 6))
for _ in range(2):
    logits = prefix.attach(lm.run(lm.embed(tokens)))
    loss = logits.logsumexp(-1).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
print(float(loss))
