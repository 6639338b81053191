import torch.nn as nn


class PumpNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(4, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.cls(out.max(1).values)
