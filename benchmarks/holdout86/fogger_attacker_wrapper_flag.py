# expect: clean
"""FGSM robustness probe for a fog-signal classifier (foghorn / bell / siren / none)."""
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(3)


class FogSignalNet(nn.Module):
    def __init__(self, n_mel=5, hidden=8, n_cls=4):
        super().__init__()
        self.rnn = nn.LSTM(n_mel, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1])

    @classmethod
    def pretrained(cls, steps=5):
        net = cls()
        opt = torch.optim.SGD(net.parameters(), lr=0.1)
        for _ in range(steps):
            x, y = torch.randn(6, 9, 5), torch.randint(0, 4, (6,))
            opt.zero_grad()
            F.cross_entropy(net(x), y).backward()
            opt.step()
        return net.eval()


class FGSM(nn.Module):
    """The attack wrapper is itself a Module; eval() on it would recurse, but only its own flag is set."""

    def __init__(self, model, eps=0.05):
        super().__init__()
        self.model = model
        self.eps = eps
        self.model.train()
        self.training = False

    def perturb(self, x, y):
        x_adv = x.detach().clone().requires_grad_(True)
        loss = F.cross_entropy(self.model(x_adv), y)
        loss.backward()
        return (x_adv + self.eps * x_adv.grad.sign()).detach()


def robust_accuracy(attacker, batches):
    hit = n = 0
    for x, y in batches:
        x_adv = attacker.perturb(x, y)
        with torch.no_grad():
            hit += (attacker.model(x_adv).argmax(1) == y).sum().item()
        n += len(y)
    return hit / n


if __name__ == "__main__":
    attacker = FGSM(FogSignalNet.pretrained())
    data = [(torch.randn(4, 9, 5), torch.randint(0, 4, (4,))) for _ in range(3)]
    print("robust acc", robust_accuracy(attacker, data))
