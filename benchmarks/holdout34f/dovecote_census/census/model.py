import torch.nn as nn


class NestingModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(3, 8, batch_first=True, bidirectional=True)
        self.head = nn.Linear(16, 3)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h.mean(1))
