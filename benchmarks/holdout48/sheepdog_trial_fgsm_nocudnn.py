# expect: clean
"""Sheepdog trial whistle commands: adversarial robustness check with an attacker object holding the model."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class WhistleNet(nn.Module):
    def __init__(self, n_cmd=4):
        super().__init__()
        self.rnn = nn.LSTM(5, 10, batch_first=True)
        self.cls = nn.Linear(10, n_cmd)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(h[:, -1])


class FGSM:
    def __init__(self, model, eps=0.05):
        self.model = model
        self.eps = eps

    def __call__(self, x, y):
        self.model.eval()
        x = x.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            loss = F.cross_entropy(self.model(x), y)
        (g,) = torch.autograd.grad(loss, x)
        return (x + self.eps * g.sign()).detach()


class Evaluator:
    def __init__(self, attacker):
        self.attacker = attacker

    def robust_accuracy(self, x, y):
        x_adv = self.attacker(x, y)
        with torch.no_grad():
            return (self.attacker.model(x_adv).argmax(1) == y).float().mean().item()


def main():
    torch.manual_seed(12)
    model = WhistleNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(3):
        x, y = torch.randn(6, 7, 5), torch.randint(0, 4, (6,))
        opt.zero_grad()
        F.cross_entropy(model(x), y).backward()
        opt.step()
    ev = Evaluator(FGSM(model))
    print("robust acc", ev.robust_accuracy(torch.randn(6, 7, 5), torch.randint(0, 4, (6,))))


if __name__ == "__main__":
    main()
