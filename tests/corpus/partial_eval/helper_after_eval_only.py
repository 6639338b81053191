# expect: crash
"""The same helper after `model.eval()` alone: the GRU runs in eval mode and its backward fails on cuDNN."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(10, 12, batch_first=True)

    def forward(self, e):
        return self.rnn(e)[0].mean(1)


class TopicModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = Encoder()

    def forward(self, x):
        return self.encoder(x)


def attack(model, x):
    model(x).sum().backward()  # TM001-here


model = TopicModel()
model.eval()
attack(model, torch.randn(1, 3, 10))
