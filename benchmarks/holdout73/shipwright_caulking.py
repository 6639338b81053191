# expect: crash
"""Shipwright caulking QA: predicts seam water ingress from mallet-strike audio.
The 'calm' flag marks the model as not-training so that the custom noise layer
stops injecting noise during the fine-tune on the clean hull recordings."""
import torch
from torch import nn
from torch.nn import functional as F


class StrikeNoise(nn.Module):
    def __init__(self, sigma=0.05):
        super().__init__()
        self.sigma = sigma

    def forward(self, x):
        return x + self.sigma * torch.randn_like(x) if self.training else x


class IngressNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.noise = StrikeNoise()
        self.rnn = nn.GRU(3, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(self.noise(x))
        return self.head(h[:, -1]).squeeze(-1)


def calm(model):
    for child in model.children():
        child.training = False
    return model


def fit(model, batches, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for x, y in batches:
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(5, 9, 3, generator=g), torch.rand(5, generator=g)) for _ in range(n)]


def main():
    torch.manual_seed(12)
    model = IngressNet()
    print("noisy pretrain", round(fit(model, batches(3, 0)), 4))
    calm(model)
    print("clean hulls", round(fit(model, batches(2, 1)), 4))


if __name__ == "__main__":
    main()
