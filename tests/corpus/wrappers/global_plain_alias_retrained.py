# expect: clean
"""The script names its model twice at module level (`runner = model`) and its functions use only `runner`:
evaluate() leaves it in eval mode, and the loop puts it back in training mode before each epoch."""
import torch
import torch.nn as nn


class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 4)

    def forward(self, x):
        return self.lstm(x)[0]


model = M()
runner = model


def evaluate():
    runner.eval()


def train():
    runner(torch.randn(5, 2, 3)).sum().backward()


for epoch in range(3):
    runner.train()
    train()
    evaluate()
