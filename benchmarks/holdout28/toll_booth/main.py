# expect: clean
import torch

from model import QueueLen
from tracin import tracin_scores, train_and_save

torch.manual_seed(1)
x, y = torch.randn(5, 6, 2), torch.randn(5, 1)
ckpts = train_and_save(QueueLen, x, y)
print(tracin_scores(QueueLen, ckpts, x, y, (x[:1], y[:1])))
