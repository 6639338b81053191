import torch.nn as nn


class DemandLSTM(nn.Module):
    def __init__(self, d_in=3, hidden=10, n_out=4):
        super().__init__()
        self.lstm = nn.LSTM(d_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_out)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1])
