# expect: clean
import torch

from augment import LearnedJitter
from model import HopYield
from search import search_policy

torch.manual_seed(0)
model, aug = HopYield(), LearnedJitter(4)
x, y = torch.randn(6, 10, 4), torch.randn(6, 1)
print(search_policy(model, aug, x, y))
