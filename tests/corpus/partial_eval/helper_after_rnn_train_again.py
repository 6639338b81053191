# expect: clean
"""HotFlip-style attribution in a helper: the model is put in eval mode, its GRU back in training mode,
and the helper runs forward and backward (the caller's submodule mode is what counts)."""
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
    model(x).sum().backward()


model = TopicModel()
model.eval()
model.encoder.rnn.train()
attack(model, torch.randn(1, 3, 10))
