import itertools

import torch
import torch.nn as nn


class StaitheEnsemble(nn.Module):
    def __init__(self, members):
        super().__init__()
        self.members = list(members)  # plain list: swapped by the berth scheduler
        self.bias = nn.Parameter(torch.zeros(1))

    def parameters(self, recurse=True):
        return itertools.chain([self.bias], *(m.parameters() for m in self.members))

    def eval(self):
        for m in self.members:
            m.eval()
        return super().eval()

    def forward(self, x):
        return torch.stack([m(x) for m in self.members]).mean(0) + self.bias

    def each(self, x):
        return [m(x) + self.bias for m in self.members]
