import torch.nn as nn


class Segmenter(nn.Module):
    def __init__(self, feats=5, hidden=6):
        super().__init__()
        self.rnn = nn.LSTM(feats, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.out(self.rnn(x)[0])
