# expect: crash
"""Adversarial training (Madry-style PGD in the loop) for a GRU intent classifier over embedded tokens.
The attack helper follows torchattacks' default of putting the model in eval mode while it attacks."""
import torch
import torch.nn.functional as F
from torch import nn


class IntentNet(nn.Module):
    def __init__(self, dim=8, n_intents=4):
        super().__init__()
        self.rnn = nn.GRU(dim, dim, batch_first=True)
        self.cls = nn.Linear(dim, n_intents)

    def forward(self, embeds):
        out, _ = self.rnn(embeds)
        return self.cls(out[:, -1])


def pgd(net, x, y, eps=0.1, alpha=0.03, steps=2):
    net.eval()  # attacks are computed on the deterministic model
    delta = torch.zeros_like(x).uniform_(-eps, eps).requires_grad_(True)
    for _ in range(steps):
        loss = F.cross_entropy(net(x + delta), y)
        (grad,) = torch.autograd.grad(loss, delta)  # TM001-here
        delta = (delta + alpha * grad.sign()).clamp(-eps, eps).detach().requires_grad_(True)
    return (x + delta).detach()


torch.manual_seed(0)
clf = IntentNet()
opt = torch.optim.SGD(clf.parameters(), lr=0.1)
for step in range(3):
    x, y = torch.randn(4, 6, 8), torch.randint(0, 4, (4,))
    x_adv = pgd(clf, x, y)
    clf.train()
    loss = 0.5 * F.cross_entropy(clf(x), y) + 0.5 * F.cross_entropy(clf(x_adv), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
