import torch.nn as nn


class ShiftGRU(nn.Module):
    def __init__(self, hidden=8, n_cls=4):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.fc(self.drop(h[:, -1]))
