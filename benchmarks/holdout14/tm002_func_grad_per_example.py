# expect: crash
"""Per-example gradient norms (for data valuation) with torch.func.grad + functional_call over a GRU tagger,
looping over examples (vmap has no batching rule for the RNN op). Model in train mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, grad


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(30, 6)
        self.gru = nn.GRU(6, 8, batch_first=True)
        self.out = nn.Linear(8, 4)

    def forward(self, ids):
        h, _ = self.gru(self.emb(ids))  # TM002-here
        return self.out(h)


tagger = Tagger().train()
params = {k: v.detach() for k, v in tagger.named_parameters()}


def loss_fn(p, ids, tags):
    logits = functional_call(tagger, p, (ids.unsqueeze(0),))
    return F.cross_entropy(logits.squeeze(0), tags)


per_example_grad = grad(loss_fn)
ids, tags = torch.randint(0, 30, (5, 6)), torch.randint(0, 4, (5, 6))
norms = []
for i in range(ids.size(0)):
    g = per_example_grad(params, ids[i], tags[i])  # transform call (outer frame of the TM002 crash)
    norms.append(torch.sqrt(sum((v ** 2).sum() for v in g.values())).item())
print("grad norms", norms)
