# expect: crash
"""A committee of GRU taggers is switched to eval for a vote with `list(map(operator.methodcaller("eval"),
committee))`; the member that disagreed most is then trained on the disputed batch, still in eval mode."""
import operator

import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.tag = nn.Linear(6, 2)

    def forward(self, x):
        return self.tag(self.gru(x)[0])


torch.manual_seed(0)
committee = [Tagger() for _ in range(3)]
batch, gold = torch.randn(4, 5, 3), torch.randint(0, 2, (4, 5))
list(map(operator.methodcaller("eval"), committee))
with torch.no_grad():
    votes = torch.stack([member(batch).argmax(-1) for member in committee])
disagreement = (votes != votes.mode(0).values).float().mean(dim=(1, 2))
odd_one = committee[int(disagreement.argmax())]
opt = torch.optim.SGD(odd_one.parameters(), lr=0.1)
loss = nn.functional.cross_entropy(odd_one(batch).flatten(0, 1), gold.flatten())
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
