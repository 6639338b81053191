# expect: clean
"""Same smoothness penalty as the lamp-wear model, but the penalised forward runs with cuDNN off."""
import torch
from torch import nn

torch.manual_seed(1)
rnn = nn.LSTM(3, 8, batch_first=True)
head = nn.Linear(8, 1)
opt = torch.optim.Adam(list(rnn.parameters()) + list(head.parameters()), lr=1e-3)
x = torch.randn(4, 6, 3, requires_grad=True)
y = torch.randn(4, 1)
for step in range(2):
    with torch.backends.cudnn.flags(enabled=False):
        pred = head(rnn(x)[0][:, -1])
        mse = (pred - y).pow(2).mean()
        (gx,) = torch.autograd.grad(pred.sum(), x, create_graph=True)
        loss = mse + 0.1 * gx.pow(2).mean()
        opt.zero_grad()
        loss.backward()
    opt.step()
print(loss.item())
