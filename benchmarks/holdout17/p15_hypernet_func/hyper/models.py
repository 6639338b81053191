import torch
import torch.nn as nn


class TaskGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(6, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x, task_emb):
        e = task_emb.expand(x.size(0), x.size(1), -1)
        h, _ = self.gru(torch.cat([x, e], -1))
        return self.head(h[:, -1])


class HyperNet(nn.Module):
    def __init__(self, task_dim, out_dim):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(task_dim, 8), nn.Tanh(), nn.Linear(8, out_dim))

    def forward(self, task):
        return self.net(task)
