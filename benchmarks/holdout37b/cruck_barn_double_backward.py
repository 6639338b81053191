# expect: crash
"""Cruck barns: gradient-norm penalty (create_graph=True) through a GRU in train mode, then backward again."""
import torch
import torch.nn as nn

torch.manual_seed(2)
rnn = nn.GRU(4, 8, batch_first=True)
head = nn.Linear(8, 1)
rnn.train()
x = torch.randn(3, 5, 4, requires_grad=True)
y = torch.randn(3, 1)
out, _ = rnn(x)
loss = (head(out[:, -1]) - y).pow(2).mean()
(gx,) = torch.autograd.grad(loss, x, create_graph=True)
total = loss + 0.1 * gx.pow(2).sum()
total.backward()  # TM003-here
print("done")
