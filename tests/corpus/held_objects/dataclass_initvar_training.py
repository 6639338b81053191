# expect: clean
"""A `@dataclass` runner with an `InitVar[bool]` flag: `__post_init__(self, inference)` puts the shared model in
eval mode when it is True. Both runners here are built for training (`inference=False`), so the model trains."""
from dataclasses import InitVar, dataclass

import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 6, batch_first=True)
        self.out = nn.Linear(6, 3)

    def forward(self, x):
        return self.out(self.lstm(x)[0])


@dataclass
class Runner:
    model: nn.Module
    inference: InitVar[bool] = False

    def __post_init__(self, inference):
        if inference:
            self.model.eval()

    def fit(self, x):
        opt = torch.optim.SGD(self.model.parameters(), lr=0.1)
        loss = self.model(x).logsumexp(-1).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    model = Tagger()
    server = Runner(model, inference=False)
    Runner(model).fit(torch.randn(2, 4, 5))
