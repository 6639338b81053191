import torch.nn as nn


class MarshLSTM(nn.Module):
    def __init__(self, n_in=4, hidden=8, n_cls=2):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=2, dropout=0.1, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1])
