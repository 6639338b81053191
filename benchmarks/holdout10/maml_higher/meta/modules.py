from collections import OrderedDict

import torch
from torch import nn
from torch.func import functional_call


class MetaModule(nn.Module):
    """torchmeta-like: forward(x, params=None) runs with substituted parameters."""

    def meta_named_parameters(self):
        return OrderedDict(self.named_parameters())

    def forward(self, x, params=None):
        if params is None:
            return self.plain_forward(x)
        return functional_call(self, params, (x,), kwargs={"params": None})


class MetaSeqRegressor(MetaModule):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.LSTM(1, hidden, batch_first=True)
        self.readout = nn.Linear(hidden, 1)

    def plain_forward(self, x):
        return self.readout(self.rnn(x)[0])
