# expect: crash
"""torch.func.jacrev of an LSTM in train mode: on a GPU it fails all the same, cuDNN cannot read the transform's
wrapped input (TM002; model.train() is no fix)."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(0)
lstm = nn.LSTM(2, 3, batch_first=True)
lstm.train()


def last_state(x):
    return lstm(x)[0][:, -1].sum(0)


print(jacrev(last_state)(torch.randn(2, 4, 2)).shape)  # TM002-here
