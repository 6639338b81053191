# expect: clean
# category: double_backward
"""Hessian-vector products (Pearlmutter) on a model that unrolls an LSTMCell: no cuDNN RNN involved."""
import torch
import torch.nn as nn


class CellRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(3, 8)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        h = c = x.new_zeros(x.size(0), 8)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h).squeeze(-1)


torch.manual_seed(0)
net = CellRNN()
x, y = torch.randn(5, 4, 3), torch.randn(5)
loss = (net(x) - y).pow(2).mean()
params = list(net.parameters())
grads = torch.autograd.grad(loss, params, create_graph=True)
hv = torch.autograd.grad(sum((g * torch.ones_like(g)).sum() for g in grads), params)
print(sum(h.abs().sum() for h in hv).item())
