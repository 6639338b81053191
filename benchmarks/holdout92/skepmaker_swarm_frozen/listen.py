# expect: crash
import torch
from torch import nn

from swarm.model import SwarmPredictor
from swarm.setup import freeze


def hive_clips(seed, n=4):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randint(0, 20, (5, 12), generator=g), torch.randint(0, 2, (5,), generator=g)) for _ in range(n)]


torch.manual_seed(5)
model = SwarmPredictor()
params = freeze(model)
opt = torch.optim.SGD(params, lr=0.1)
model.train()
for epoch in range(2):
    for tokens, y in hive_clips(epoch):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(tokens), y)
        loss.backward()  # TM001-here
        opt.step()
    print("epoch", epoch, "loss", round(loss.item(), 4), "trainable", sum(p.numel() for p in params))
