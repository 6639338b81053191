# expect: crash
"""Gradient-norm regularisation: backward(create_graph=True), then a penalty on the parameters' .grad."""
import torch
import torch.nn as nn

torch.manual_seed(0)
lstm = nn.LSTM(3, 6, batch_first=True)
head = nn.Linear(6, 2)
opt = torch.optim.SGD(list(lstm.parameters()) + list(head.parameters()), lr=0.1)
x, y = torch.randn(4, 5, 3), torch.randint(0, 2, (4,))
opt.zero_grad()
loss = nn.functional.cross_entropy(head(lstm(x)[0][:, -1]), y)
loss.backward(create_graph=True)
penalty = sum(p.grad.pow(2).sum() for p in lstm.parameters())
penalty.backward()  # TM003-here
opt.step()
print(loss.item())
