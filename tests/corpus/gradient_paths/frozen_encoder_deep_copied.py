# expect: clean
# A pretrained encoder is loaded frozen and in eval mode, then deep-copied: the copy's
# parameters keep requires_grad=False, and the head's inputs need no grad, so no RNN backward runs.
import copy

import torch
import torch.nn as nn


def load_encoder():
    enc = nn.GRU(3, 8, batch_first=True)
    enc.eval()
    enc.requires_grad_(False)
    return enc


encoder = copy.deepcopy(load_encoder())
head = nn.Linear(8, 2)
opt = torch.optim.SGD(head.parameters(), lr=0.1)
for _ in range(2):
    feats = encoder(torch.randn(4, 5, 3))[0][:, -1]
    loss = nn.functional.cross_entropy(head(feats), torch.randint(0, 2, (4,)))
    opt.zero_grad()
    loss.backward()
    opt.step()
print(loss.item())
