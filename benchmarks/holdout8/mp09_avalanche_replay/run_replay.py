# expect: clean
# Avalanche-style replay via a mixin; the template's _before_training_exp calls model.train() before the
# mixin's replay backward, so the eval() between experiences is undone in time.
import random

import torch
import torch.nn as nn

from cl.replay import ReplayMixin
from cl.templates import BaseTemplate


class ReplayStrategy(ReplayMixin, BaseTemplate):
    pass


class Recurrent(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.gru(x)[1][-1])


def make_stream(n):
    return [{"train": [(torch.randn(4, 5, 3), torch.randint(0, 2, (4,)))],
             "test": [(torch.randn(4, 5, 3), torch.randint(0, 2, (4,)))]} for _ in range(n)]


if __name__ == "__main__":
    random.seed(0)
    torch.manual_seed(0)
    net = Recurrent()
    strat = ReplayStrategy(net, torch.optim.SGD(net.parameters(), lr=0.1), epochs=2)
    stream = make_stream(3)
    for i, e in enumerate(stream):
        strat.train(e)
        print(i, strat.eval(stream[: i + 1]))
