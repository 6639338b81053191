# expect: crash
import torch

from checkpoints import make_checkpoints
from tracin import tracin_scores
from model import CabinLoad

torch.manual_seed(1)
x, y = torch.randn(5, 6, 2), torch.randn(5, 1)
ckpts = make_checkpoints(CabinLoad, x, y, n=2)
test = (torch.randn(1, 6, 2), torch.randn(1, 1))
print(tracin_scores(CabinLoad, ckpts, x, y, test))
