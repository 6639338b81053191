# expect: clean
"""A frozen eval-mode RNN fed an input that needs no grad, under a trainable head: no graph through the RNN."""
import torch
import torch.nn as nn

torch.manual_seed(0)
rnn = nn.RNN(3, 5, batch_first=True)
head = nn.Linear(5, 1)
rnn.requires_grad_(False)
rnn.eval()
loss = head(rnn(torch.randn(2, 4, 3))[0][:, -1]).pow(2).mean()
loss.backward()
print(head.weight.grad.shape)
