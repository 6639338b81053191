# expect: clean
"""functional_call with parameters that require grad, then a plain backward, in train mode: no transform runs."""
import torch
import torch.nn as nn
from torch.func import functional_call

torch.manual_seed(0)
lstm = nn.LSTM(3, 4, batch_first=True)
lstm.train()
params = {name: p.detach().requires_grad_() for name, p in lstm.named_parameters()}
out = functional_call(lstm, params, (torch.randn(2, 5, 3),))[0]
out.pow(2).mean().backward()
print(params["weight_ih_l0"].grad.shape)
