import torch.nn as nn


class DVector(nn.Module):
    def __init__(self, n_in=8, hidden=8, dim=6):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.proj = nn.Linear(hidden, dim)

    def forward(self, x):
        return nn.functional.normalize(self.proj(self.rnn(x)[1][-1]), dim=-1)


def freeze(module):
    module.eval()
    for p in module.parameters():
        p.requires_grad_(False)
    return module
