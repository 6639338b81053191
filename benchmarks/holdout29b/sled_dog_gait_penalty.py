# expect: crash
"""Sled-dog gait classifier (harness accelerometer) trained with an input-gradient
smoothness penalty: the penalty's gradient is differentiated again."""
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
    ce = nn.functional.cross_entropy(logits(x), y)
    (gx,) = torch.autograd.grad(ce, x, create_graph=True)
    loss = ce + 0.1 * gx.pow(2).sum()
    opt.zero_grad()
    loss.backward()  # TM003-here
    opt.step()
    print(step, float(loss))
