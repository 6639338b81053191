import torch.nn as nn


class FractureNet(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True, proj_size=4)
        self.cls = nn.Linear(4, 2)

    def forward(self, x):
        h, _ = self.lstm(self.embed(x).relu())
        return self.cls(h[:, -1])
