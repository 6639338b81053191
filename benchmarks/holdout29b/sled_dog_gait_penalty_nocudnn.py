# expect: clean
"""Sled-dog gait classifier with an input-gradient penalty; the penalised step runs
with cuDNN switched off, so double backward goes through the native kernels."""
import torch
import torch.nn as nn

torch.manual_seed(4)

rnn = nn.LSTM(3, 10, batch_first=True)
head = nn.Linear(10, 3)
opt = torch.optim.Adam(list(rnn.parameters()) + list(head.parameters()), lr=3e-3)


def logits(x):
    o, _ = rnn(x)
    return head(o[:, -1])


rnn.train()
for step in range(3):
    x = torch.randn(4, 8, 3, requires_grad=True)
    y = torch.randint(0, 3, (4,))
    with torch.backends.cudnn.flags(enabled=False):
        ce = nn.functional.cross_entropy(logits(x), y)
        (gx,) = torch.autograd.grad(ce, x, create_graph=True)
        loss = ce + 0.1 * gx.pow(2).sum()
        opt.zero_grad()
        loss.backward()
    opt.step()
    print(step, float(loss))
