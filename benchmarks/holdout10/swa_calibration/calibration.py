import torch
from torch import nn


class TemperatureScaler(nn.Module):
    """Guo et al. temperature scaling, LBFGS on the NLL of logits / T."""

    def __init__(self, model):
        super().__init__()
        self.model = model
        self.temperature = nn.Parameter(torch.ones(1) * 1.5)

    def forward(self, x):
        return self.model(x) / self.temperature

    def fit(self, loader):
        nll = nn.CrossEntropyLoss()
        optimizer = torch.optim.LBFGS([self.temperature], lr=0.01, max_iter=5)
        batches = list(loader)

        def closure():
            optimizer.zero_grad()
            loss = sum(nll(self(x), y) for x, y in batches)
            loss.backward()  # TM001-here
            return loss

        optimizer.step(closure)
        return self
