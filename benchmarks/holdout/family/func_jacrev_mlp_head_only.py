# expect: clean
# category: func
"""Jacobian of the classifier head on cached (detached) LSTM features: the transform never sees the LSTM."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(0)
lstm = nn.LSTM(3, 8, batch_first=True)
head = nn.Sequential(nn.Linear(8, 8), nn.Tanh(), nn.Linear(8, 2))
with torch.no_grad():
    feats = lstm(torch.randn(4, 6, 3))[0][:, -1]
J = jacrev(head)(feats[0])
print(J.shape)
