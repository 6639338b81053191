# expect: crash
"""A trainer keeps the penalty objects it was given in a field and hands that list to a step function, which adds
each penalty to the loss. The input-gradient penalty takes its gradient with create_graph=True through the GRU, and
the trainer's backward differentiates it again: a double backward through cuDNN's RNN."""
import torch
from torch import nn
from torch.nn import functional as F


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1]).squeeze(-1)


class InputGradientPenalty:
    def __init__(self, weight=0.1):
        self.weight = weight

    def __call__(self, x, prediction):
        (grad,) = torch.autograd.grad(prediction.sum(), x, create_graph=True)
        return self.weight * grad.pow(2).mean()


def training_step(model, x, y, penalties):
    x = x.requires_grad_(True)
    prediction = model(x)
    loss = F.mse_loss(prediction, y)
    for penalty in penalties:
        loss = loss + penalty(x, prediction)
    return loss


class Trainer:
    def __init__(self, model, penalties=()):
        self.model = model
        self.penalties = list(penalties)
        self.optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

    def fit(self, steps=2):
        self.model.train()
        for _ in range(steps):
            loss = training_step(self.model, torch.randn(4, 5, 3), torch.randn(4), self.penalties)
            self.optimizer.zero_grad()
            loss.backward()  # TM003-here
            self.optimizer.step()


if __name__ == "__main__":
    torch.manual_seed(0)
    Trainer(Scorer(), penalties=[InputGradientPenalty()]).fit()
