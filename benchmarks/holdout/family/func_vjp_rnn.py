# expect: crash
# category: func
# rule: TM002
"""Vector-Jacobian product of a tanh RNN's hidden states with torch.func.vjp."""
import torch
import torch.nn as nn
from torch.func import vjp

torch.manual_seed(0)
rnn = nn.RNN(5, 8, batch_first=True)
x = torch.randn(2, 7, 5)
states, vjp_fn = vjp(lambda inp: rnn(inp)[0], x)  # crash-here
(cotangent_x,) = vjp_fn(torch.ones_like(states))
print(cotangent_x.shape)
