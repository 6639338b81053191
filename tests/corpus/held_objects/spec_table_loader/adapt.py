# expect: crash
"""Adapt a catalogued POS tagger to a new domain: one small epoch of token-level cross-entropy."""
import torch
import torch.nn.functional as F

import catalog

torch.manual_seed(4)
tagger = catalog.build("pos-gru", tags=5)
optim = torch.optim.Adam(tagger.parameters(), lr=1e-3)
for step in range(3):
    tokens = torch.randint(0, 40, (3, 7))
    gold = torch.randint(0, 5, (3, 7))
    scores = tagger(tokens)
    loss = F.cross_entropy(scores.reshape(-1, 5), gold.reshape(-1))
    optim.zero_grad()
    loss.backward()  # TM001-here
    optim.step()
print("adapted", float(loss))
