import torch.nn as nn


class SyllableBiGRU(nn.Module):
    def __init__(self, n_mels=8, hidden=6, n_tags=3):
        super().__init__()
        self.rnn = nn.GRU(n_mels, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, n_tags)

    def forward(self, spec):
        h, _ = self.rnn(spec)
        return self.out(h)
