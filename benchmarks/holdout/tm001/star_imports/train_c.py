# expect: crash
# category: imports
"""Same probe, but the embeddings get unfrozen for the second stage."""
import torch
import torch.nn.functional as F

from models import *
from utils import freeze_encoder, make_batches

torch.manual_seed(0)
net = freeze_encoder(SentimentGRU())
net.encoder["embed"].weight.requires_grad_(True)
opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=1e-2)
for x, y in make_batches():
    opt.zero_grad()
    loss = F.cross_entropy(net(x), y)
    loss.backward()  # TM001-here
    opt.step()
