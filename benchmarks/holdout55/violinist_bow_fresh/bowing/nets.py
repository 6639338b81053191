import torch.nn as nn

__all__ = ["BowNet"]


class BowNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(6, 10, batch_first=True)
        self.head = nn.Linear(10, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0]).squeeze(-1)
