import torch.nn as nn


class StrikeLSTM(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, num_layers=2, batch_first=True, dropout=0.2)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.cls(h[:, -1])
