# expect: clean
"""torch.func.grad through a train-mode LSTM with cuDNN switched off around the transformed call."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(0)
lstm = nn.LSTM(3, 5, batch_first=True)
lstm.train()
params = {name: p.detach() for name, p in lstm.named_parameters()}
x = torch.randn(2, 4, 3)


def loss_fn(p):
    return functional_call(lstm, p, (x,))[0].pow(2).mean()


with torch.backends.cudnn.flags(enabled=False):
    grads = grad(loss_fn)(params)
print(sorted(grads))
