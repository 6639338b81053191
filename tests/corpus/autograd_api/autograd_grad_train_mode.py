# expect: clean
"""A gradient-norm probe with torch.autograd.grad on a model in train mode."""
import torch
import torch.nn as nn

torch.manual_seed(0)
lstm = nn.LSTM(3, 6, batch_first=True)
lstm.train()
x = torch.randn(4, 5, 3)
out, _ = lstm(x)
loss = out.pow(2).mean()
grads = torch.autograd.grad(loss, list(lstm.parameters()))
print("grad norm", torch.sqrt(sum(g.pow(2).sum() for g in grads)).item())
