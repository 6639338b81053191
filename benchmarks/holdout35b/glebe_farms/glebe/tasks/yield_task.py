import torch
import torch.nn as nn

from ..utils.evaluation import held_out_loss


class YieldGRU(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(self.drop(h[:, -1])).squeeze(-1)


class YieldTask:
    def __init__(self, hidden=8, lr=1e-2):
        self.model = YieldGRU(hidden)
        self.criterion = nn.SmoothL1Loss()
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=lr)

    def train_step(self, batch):
        x, y = batch
        loss = self.criterion(self.model(x), y)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return loss.item()

    def valid_step(self, batches):
        return held_out_loss(self.model, self.criterion, batches)
