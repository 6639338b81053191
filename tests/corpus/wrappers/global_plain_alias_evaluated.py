# expect: crash
"""The script names its model twice at module level (`runner = model`) and its functions use only `runner`:
evaluate() leaves it in eval mode and the next epoch's backward crashes."""
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
    runner(torch.randn(5, 2, 3)).sum().backward()  # TM001-here


for epoch in range(3):
    train()
    evaluate()
