# expect: crash
"""Chart-track energy model: Langevin sampling of plausible tracks from an eval-mode LSTM energy."""
import torch
from torch import nn


class Energy(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.e = nn.Linear(8, 1)

    def forward(self, x):
        return self.e(self.lstm(x)[0][:, -1]).squeeze(-1)


def langevin(model, x, steps=3, step_size=0.1):
    x = x.clone().requires_grad_(True)
    for _ in range(steps):
        e = model(x).sum()
        (g,) = torch.autograd.grad(e, x)  # TM001-here
        x = (x - step_size * g + (2 * step_size) ** 0.5 * 0.01 * torch.randn_like(x)).detach().requires_grad_(True)
    return x.detach()


def main():
    torch.manual_seed(12)
    model = Energy()
    model.eval()
    samples = langevin(model, torch.randn(3, 5, 2))
    print(samples.shape)


if __name__ == "__main__":
    main()
