# expect: clean
"""A trainer calls module.train() once before its epochs and validates each epoch inside
`with EvalMode(module), torch.no_grad():`. EvalMode records every submodule's training flag by name on
entry and writes each one back on exit, so the second epoch trains the LSTM in train mode again."""
import torch
import torch.nn as nn

from trainer import Trainer


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 6, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(6, 3)

    def forward(self, x):
        return self.out(self.drop(self.lstm(x)[0][:, -1]))


torch.manual_seed(8)
batches = [(torch.randn(3, 5, 4), torch.randint(0, 3, (3,))) for _ in range(2)]
val = (torch.randn(3, 5, 4), torch.randint(0, 3, (3,)))
Trainer(Tagger(), batches, val).fit(epochs=2)
