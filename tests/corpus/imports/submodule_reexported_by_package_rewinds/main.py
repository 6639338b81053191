# expect: clean
"""The package re-exports its `hooks` submodule (`from .core import Coach, hooks`), and the script names the
validation hook through it, then a hook that puts the network back in train mode after it."""
import torch
from torch import nn

from coach import Coach, hooks


class Smoother(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(2, 5, batch_first=True)
        self.out = nn.Linear(5, 1)

    def forward(self, x):
        seq, _ = self.rnn(x)
        return self.out(seq[:, -1]).squeeze(-1)


if __name__ == "__main__":
    batches = [(torch.randn(3, 4, 2), torch.randn(3)) for _ in range(2)]
    coach = Coach(Smoother(), hooks=[hooks.Validate(batches[0]), hooks.Rewind()])
    coach.run(batches)
