import torch
import torch.nn as nn
import torch.nn.functional as F


class CatchGrader(nn.Module):
    def __init__(self, n_in, hidden, n_cls):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        out, (h, _) = self.lstm(x)
        return self.cls(h[-1])

    def training_step(self, batch):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.1)
