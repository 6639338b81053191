# expect: clean
"""Gradient probes from a registry package: the probe asks autograd.grad for the output layer's weight
only, so the eval-mode LSTM before it never runs its backward; fit() trains again afterwards."""
import torch
import torch.nn as nn

from probes import PROBES


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(20, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        return self.head(self.lstm(self.emb(x))[0][:, -1])


data = [(torch.randint(0, 20, (4, 6)), torch.randint(0, 3, (4,))) for _ in range(2)]
probe = PROBES["head"](Classifier(), data)
for _ in range(2):
    probe.fit()
    print(probe.scores())
