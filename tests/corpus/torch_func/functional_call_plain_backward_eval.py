# expect: crash
"""functional_call of an eval-mode LSTM with detached parameters that require grad, then a plain backward: the
module's own training flag still decides, so this is the training-mode error (TM001), not TM002."""
import torch
import torch.nn as nn
from torch.func import functional_call

torch.manual_seed(0)
lstm = nn.LSTM(3, 4, batch_first=True)
lstm.eval()
params = {name: p.detach().requires_grad_() for name, p in lstm.named_parameters()}
out = functional_call(lstm, params, (torch.randn(2, 5, 3),))[0]
out.pow(2).mean().backward()  # TM001-here
print(params["weight_ih_l0"].grad.shape)
