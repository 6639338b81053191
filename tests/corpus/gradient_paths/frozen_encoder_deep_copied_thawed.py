# expect: crash
# As frozen_encoder_deep_copied.py, but the copy is thawed for fine-tuning and still in eval mode:
# its GRU backward runs under cuDNN in eval mode.
import copy

import torch
import torch.nn as nn


def load_encoder():
    enc = nn.GRU(3, 8, batch_first=True)
    enc.eval()
    enc.requires_grad_(False)
    return enc


encoder = copy.deepcopy(load_encoder())
encoder.requires_grad_(True)
head = nn.Linear(8, 2)
opt = torch.optim.SGD(list(head.parameters()) + list(encoder.parameters()), lr=0.1)
for _ in range(2):
    feats = encoder(torch.randn(4, 5, 3))[0][:, -1]
    loss = nn.functional.cross_entropy(head(feats), torch.randint(0, 2, (4,)))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print(loss.item())
