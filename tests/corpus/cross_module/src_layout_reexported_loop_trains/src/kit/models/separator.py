import torch.nn as nn


class Separator(nn.Module):
    def __init__(self, feat=4, hidden=6):
        super().__init__()
        self.rnn = nn.LSTM(feat, hidden, batch_first=True, bidirectional=True)
        self.mask = nn.Linear(2 * hidden, feat)

    def forward(self, mix):
        return self.mask(self.rnn(mix)[0]).sigmoid() * mix
