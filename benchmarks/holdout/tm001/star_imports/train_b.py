# expect: clean
# category: imports
"""Linear probe: freeze the pretrained recurrent encoder, train only the head."""
import torch
import torch.nn.functional as F

from models import *
from utils import accuracy, freeze_encoder, make_batches

torch.manual_seed(0)
net = freeze_encoder(SentimentGRU())
opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=1e-2)
train, valid = make_batches(), make_batches(16, seed=1)
for epoch in range(3):
    for x, y in train:
        opt.zero_grad()
        F.cross_entropy(net(x), y).backward()
        opt.step()
    print(f"epoch {epoch} valid acc {accuracy(net, valid):.2f}")
