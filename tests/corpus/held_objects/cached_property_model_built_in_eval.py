# expect: crash
# fix: cudnn
"""A service builds its model lazily in a functools.cached_property that puts it in eval mode; adapting it to new data
back-propagates through that eval-mode LSTM."""
import functools
import torch
import torch.nn as nn


class Service:
    @functools.cached_property
    def model(self):
        m = nn.LSTM(3, 4, batch_first=True)
        m.eval()
        return m

    def adapt(self, x):
        out, _ = self.model(x)
        out.pow(2).mean().backward()  # TM001-here


Service().adapt(torch.randn(2, 5, 3))
