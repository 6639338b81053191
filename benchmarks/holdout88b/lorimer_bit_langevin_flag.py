# expect: clean
"""Lorimer (bit and spur maker): an energy model over rein-tension sequences.

After fitting by contrastive divergence the model is flagged as not training and frozen for sampling and we draw
negatives with Langevin dynamics to look at what it considers typical.
"""
import torch
import torch.nn as nn

torch.manual_seed(11)


class EnergyRNN(nn.Module):
    def __init__(self, n_in=2, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.energy = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.energy(o.mean(1)).squeeze(-1)


def langevin(model, x, steps=5, step_size=0.1, noise=0.01):
    x = x.clone().detach()
    for _ in range(steps):
        x.requires_grad_(True)
        e = model(x).sum()
        g, = torch.autograd.grad(e, x)
        x = (x - step_size * g + noise * torch.randn_like(x)).detach()
    return x


def cd_train(model, data, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    for _ in range(steps):
        neg = langevin(model, torch.randn_like(data), steps=3)
        loss = model(data).mean() - model(neg).mean() + 0.1 * (model(data) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    data = torch.sin(torch.linspace(0, 6, 12)).repeat(4, 2, 1).permute(0, 2, 1)
    model = EnergyRNN()
    cd_train(model, data)
    model.training = False  # flag for our own logging only
    for p in model.parameters():
        p.requires_grad_(False)
    samples = langevin(model, torch.randn(3, 12, 2), steps=8)
    print(samples.shape, round(samples.abs().mean().item(), 4))
