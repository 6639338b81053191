# expect: crash
"""The hooks come from a class decorator's list; one of them puts the net in eval mode before each check, and
the loop's next epoch trains without putting it back: the second epoch's backward crashes."""
import torch
import torch.nn as nn

from hooks import active_hooks
from loop import Loop


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(3, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1])


torch.manual_seed(1)
Loop(Scorer(), active_hooks()).fit()
