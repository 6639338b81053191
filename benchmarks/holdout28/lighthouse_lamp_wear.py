# expect: crash
"""Lamp wear regression with a smoothness (input-gradient) penalty, trained in train mode."""
import torch
from torch import nn

torch.manual_seed(1)
rnn = nn.LSTM(3, 8, batch_first=True)
head = nn.Linear(8, 1)
params = list(rnn.parameters()) + list(head.parameters())
opt = torch.optim.Adam(params, lr=1e-3)


def predict(x):
    return head(rnn(x)[0][:, -1])


x = torch.randn(4, 6, 3, requires_grad=True)
y = torch.randn(4, 1)
rnn.train()
for step in range(2):
    pred = predict(x)
    mse = (pred - y).pow(2).mean()
    (gx,) = torch.autograd.grad(pred.sum(), x, create_graph=True)
    penalty = gx.pow(2).sum(dim=(1, 2)).mean()
    opt.zero_grad()
    (mse + 0.1 * penalty).backward()  # TM003-here
    opt.step()
print(mse.item(), penalty.item())
