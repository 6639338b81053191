# expect: crash
"""The transform lives in meta.py; this script calls it on a GRU. The finding is at this call, and
its fix runs the call without cuDNN."""
import torch
from torch import nn

from meta import task_gradients

torch.manual_seed(22)
gru = nn.GRU(2, 3, batch_first=True)
grads = task_gradients(gru, torch.randn(4, 5, 2), torch.randn(4, 3))
print(sorted(grads))
