from typing import NamedTuple

import torch.nn as nn


class StrikeNet(nn.Module):
    """Predicts each bell's striking error (ms) from the previous rows of a touch."""

    def __init__(self, bells=6, hidden=12):
        super().__init__()
        self.rnn = nn.LSTM(bells, hidden, batch_first=True)
        self.out = nn.Linear(hidden, bells)

    def forward(self, rows):
        return self.out(self.rnn(rows)[0])


class Models(NamedTuple):
    teacher: nn.Module
    student: nn.Module


def build_models():
    return Models(teacher=StrikeNet(hidden=16), student=StrikeNet(hidden=6))
