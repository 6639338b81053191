# expect: crash
"""Callbacks are registered after the loop is built (`add_callbacks`); the validation callback leaves the
model in eval, and the loop sets train mode only once, before its first epoch."""
import torch
import torch.nn as nn

from callbacks import PrintEpoch, Validate
from loop import Loop


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 5, batch_first=True)
        self.fc = nn.Linear(5, 2)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


if __name__ == "__main__":
    torch.manual_seed(0)
    net = Net()
    loop = Loop(net, lr=0.1)
    loop.add_callbacks([PrintEpoch(), Validate(net)])
    loop.run(epochs=2)
