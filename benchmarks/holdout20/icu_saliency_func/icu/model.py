import torch.nn as nn


class VitalsLSTM(nn.Module):
    def __init__(self, n_vitals, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_vitals, hidden, batch_first=True)
        self.risk = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.risk(self.lstm(x)[0][:, -1]).squeeze(-1)
