import torch
from torch import nn


class InundationHead(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.fc = nn.Sequential(nn.Linear(d, 8), nn.Tanh(), nn.Linear(8, 1))

    def forward(self, z):
        return self.fc(z).squeeze(-1)


def fit_head(encoder, head, x, y, epochs=3):
    opt = torch.optim.Adam(head.parameters(), lr=1e-2)
    for _ in range(epochs):
        z = encoder(x)
        loss = nn.functional.binary_cross_entropy_with_logits(head(z), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()
