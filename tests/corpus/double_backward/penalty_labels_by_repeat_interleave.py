# expect: clean
"""An input-gradient penalty (create_graph=True, then a backward through it) on a linear critic, with labels built by
`torch.arange(n).repeat_interleave(k)`: a tensor op, not a model. The LSTM encoder runs under no_grad, so the double
backward never reaches a cuDNN RNN."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 4, batch_first=True)

    def forward(self, x):
        return self.lstm(x)[0][:, -1]


torch.manual_seed(7)
encoder = Encoder()
critic = nn.Linear(4, 3)
with torch.no_grad():
    feats = encoder(torch.randn(6, 5, 3))
feats.requires_grad_(True)
labels = torch.arange(3).repeat_interleave(2)
loss = F.cross_entropy(critic(feats), labels)
(grad,) = torch.autograd.grad(loss, feats, create_graph=True)
penalty = grad.pow(2).sum()
(loss + penalty).backward()
print(round(penalty.item(), 4))
