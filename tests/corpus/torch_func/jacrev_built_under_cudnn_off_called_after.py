# expect: crash
"""A helper builds the torch.func transform inside `cudnn.flags(enabled=False)` and returns it; the caller
runs it later, with cuDNN on again: the flag counts when the forward runs, not when the transform is built."""
import torch
import torch.nn as nn
from torch.func import functional_call, jacrev


class Tracker(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 5, batch_first=True)
        self.head = nn.Linear(5, 1)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1]).sum()


def sensitivity_fn(model):
    weights = {k: v.detach() for k, v in model.named_parameters()}
    with torch.backends.cudnn.flags(enabled=False):
        return jacrev(lambda inp: functional_call(model, weights, (inp,)))


tracker = Tracker()
sense = sensitivity_fn(tracker)
jac = sense(torch.randn(1, 4, 2))  # TM002-here
print(jac.shape)
