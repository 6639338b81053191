# expect: crash
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

import torch
import torch.nn as nn

from groove import Loop, PrintCallback, ValidationCallback


class GrooveNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 8, batch_first=True)
        self.head = nn.Linear(8, 4)

    def forward(self, x):
        return self.head(self.rnn(x)[0])


torch.manual_seed(5)
batches = [(torch.randn(3, 6, 4), torch.randn(3, 6, 4)) for _ in range(2)]
Loop(GrooveNet(), [ValidationCallback(batches[0]), PrintCallback()], epochs=3).fit(batches)
