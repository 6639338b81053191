import torch.nn as nn


class RotaModel(nn.Module):
    def __init__(self, n_banks, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_banks, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_banks)

    def forward(self, weeks):
        h, _ = self.lstm(weeks)
        return self.out(h[:, -1])
