import torch
from torch import nn
from torch.nn import functional as F

from .analysis import input_saliency


class LevelNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1]).squeeze(-1)


def run(epochs=2):
    model = LevelNet()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(epochs):
        loss = F.mse_loss(model(torch.randn(4, 6, 3)), torch.randn(4))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return input_saliency(model, torch.randn(2, 6, 3))  # TM001-here
