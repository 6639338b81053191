# expect: clean
"""Saliency-guided dropout; the wrapper's own `training` attribute is flipped by assignment to
turn off its custom token dropout during the saliency pass. Assignment does not recurse, so the
inner LSTM is still in train mode when the saliency gradient is taken."""
import torch
import torch.nn as nn


class SalientDropNet(nn.Module):
    def __init__(self, d=4, hidden=8, p=0.3):
        super().__init__()
        self.p = p
        self.lstm = nn.LSTM(d, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x, keep=None):
        if self.training and keep is not None:
            x = x * keep
        h, _ = self.lstm(x)
        return self.out(h.mean(1))


def saliency(model, x, y):
    model.training = False
    x = x.clone().requires_grad_(True)
    model(x).gather(1, y[:, None]).sum().backward()
    model.training = True
    return x.grad.abs().sum(-1)


def main():
    torch.manual_seed(3)
    model = SalientDropNet()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    x, y = torch.randn(6, 10, 4), torch.randint(0, 2, (6,))
    for epoch in range(2):
        opt.zero_grad()
        sal = saliency(model, x, y)
        keep = (sal >= sal.quantile(model.p, dim=1, keepdim=True)).float().unsqueeze(-1)
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x, keep), y)
        loss.backward()
        opt.step()
        print(epoch, loss.item())


if __name__ == "__main__":
    main()
