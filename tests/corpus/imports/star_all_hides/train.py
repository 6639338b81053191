# expect: clean
"""`from models import *` comes after `from helpers import evaluate` but cannot replace it: models.__all__
does not list its own `evaluate`, so the restoring helper is the one called."""
import torch

from helpers import evaluate
from models import *

torch.manual_seed(0)
enc = Encoder()
opt = torch.optim.Adam(enc.parameters())
val = [torch.randn(2, 4, 3)]
for epoch in range(3):
    loss = enc(torch.randn(4, 4, 3)).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, evaluate(enc, val))
