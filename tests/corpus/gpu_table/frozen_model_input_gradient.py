# expect: crash
"""A frozen eval-mode RNN still fails when the input requires grad (input attribution): the graph goes through it."""
import torch
import torch.nn as nn

torch.manual_seed(0)
rnn = nn.RNN(3, 5, batch_first=True)
rnn.requires_grad_(False)
rnn.eval()
x = torch.randn(2, 4, 3, requires_grad=True)
rnn(x)[0].sum().backward()  # TM001-here
print(x.grad.abs().sum().item())
