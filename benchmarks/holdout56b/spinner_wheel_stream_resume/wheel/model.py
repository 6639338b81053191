import torch.nn as nn


class TreadleLSTM(nn.Module):
    def __init__(self, n_in=2, hidden=8, n_cls=3):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, proj_size=4)
        self.out = nn.Linear(4, n_cls)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h.mean(1))
