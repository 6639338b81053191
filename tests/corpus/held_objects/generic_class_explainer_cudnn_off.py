# expect: clean
"""Input-gradient saliency written once for any model class: `Saliency[Tagger](model)` parametrises a
typing.Generic explainer, whose constructor puts the model in eval mode; the forward it differentiates runs with cuDNN off."""
from typing import Generic, TypeVar

import torch
from torch import nn

M = TypeVar("M", bound=nn.Module)


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 10, batch_first=True)
        self.out = nn.Linear(10, 2)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


class Saliency(Generic[M]):
    def __init__(self, model: M):
        self.model = model
        self.model.eval()

    def explain(self, x):
        x = x.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            score = self.model(x).max(dim=1).values.sum()
        score.backward()
        return x.grad.abs().sum(dim=-1)


tagger = Tagger()
explainer = Saliency[Tagger](tagger)
print(explainer.explain(torch.randn(2, 6, 5)).shape)
