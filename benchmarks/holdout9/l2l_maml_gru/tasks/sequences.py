import torch
import torch.nn as nn
import torch.nn.functional as F


class SeqNet(nn.Module):
    def __init__(self, in_dim, hidden, ways):
        super().__init__()
        self.features = nn.GRU(in_dim, hidden, batch_first=True)
        self.classifier = nn.Linear(hidden, ways)

    def forward(self, x):
        _, h = self.features(x)
        return self.classifier(h[-1])


class TaskSampler:
    def __init__(self, ways, shots, seq_len, in_dim):
        self.ways, self.shots, self.seq_len, self.in_dim = ways, shots, seq_len, in_dim

    def sample(self, n):
        for _ in range(n):
            n_ex = self.ways * self.shots * 2
            x = torch.randn(n_ex, self.seq_len, self.in_dim)
            y = torch.arange(self.ways).repeat_interleave(self.shots * 2)
            yield x, y


def fast_adapt(task, learner, adaptation_steps):
    x, y = task
    support = torch.arange(len(x)) % 2 == 0
    for _ in range(adaptation_steps):
        learner.adapt(F.cross_entropy(learner(x[support]), y[support]))
    return F.cross_entropy(learner(x[~support]), y[~support])
