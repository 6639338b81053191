# expect: clean
"""Chart-track energy model: Langevin sampling with the wrapper in eval but the LSTM set back to train."""
import torch
from torch import nn


class Energy(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.e = nn.Linear(8, 1)

    def forward(self, x):
        return self.e(self.drop(self.lstm(x)[0][:, -1])).squeeze(-1)


def langevin(model, x, steps=3, step_size=0.1):
    x = x.clone().requires_grad_(True)
    for _ in range(steps):
        e = model(x).sum()
        (g,) = torch.autograd.grad(e, x)
        x = (x - step_size * g + (2 * step_size) ** 0.5 * 0.01 * torch.randn_like(x)).detach().requires_grad_(True)
    return x.detach()


def main():
    torch.manual_seed(12)
    model = Energy()
    model.eval()          # no dropout noise in the energy
    model.lstm.train()    # the recurrent layer has no dropout; keep it trainable-mode
    samples = langevin(model, torch.randn(3, 5, 2))
    print(samples.shape)


if __name__ == "__main__":
    main()
