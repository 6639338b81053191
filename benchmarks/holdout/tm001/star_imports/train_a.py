# expect: crash
# category: imports
import torch
import torch.nn.functional as F

from models import *
from utils import accuracy, make_batches

torch.manual_seed(0)
net = build("gru")
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
train, valid = make_batches(), make_batches(16, seed=1)
net.train()
for epoch in range(3):
    for x, y in train:
        opt.zero_grad()
        F.cross_entropy(net(x), y).backward()  # TM001-here
        opt.step()
    print(f"epoch {epoch} valid acc {accuracy(net, valid):.2f}")
