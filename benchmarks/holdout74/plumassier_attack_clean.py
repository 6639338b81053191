# expect: clean
"""Plumassier (cuDNN off for the attack forward): feather-grade classifier on plume-scan sequences, with an
adversarial robustness report produced by a gradient-sign attacker object."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class PlumeNet(nn.Module):
    def __init__(self, n_feat=6, hidden=10, n_grades=4):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_grades)

    def forward(self, x):
        seq, _ = self.lstm(x)
        return self.out(seq.mean(1))

    @classmethod
    def for_inference(cls, state, **kw):
        net = cls(**kw)
        net.load_state_dict(state)
        return net.eval()


class SignAttacker:
    def __init__(self, victim, eps=0.05):
        self.victim = victim
        self.eps = eps

    def perturb(self, x, y):
        x_adv = x.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            loss = F.cross_entropy(self.victim(x_adv), y)
        (g,) = torch.autograd.grad(loss, x_adv)
        return (x + self.eps * g.sign()).detach()


class RobustnessReport:
    def __init__(self, model):
        self.attacker = SignAttacker(model)
        self.model = model

    def run(self, x, y):
        x_adv = self.attacker.perturb(x, y)
        with torch.no_grad():
            clean = (self.model(x).argmax(-1) == y).float().mean().item()
            adv = (self.model(x_adv).argmax(-1) == y).float().mean().item()
        return {"clean_acc": clean, "adv_acc": adv}


def train(net, x, y, steps=5):
    opt = torch.optim.SGD(net.parameters(), lr=0.1)
    net.train()
    for _ in range(steps):
        opt.zero_grad()
        F.cross_entropy(net(x), y).backward()
        opt.step()
    return net.state_dict()


if __name__ == "__main__":
    torch.manual_seed(1)
    x = torch.randn(8, 7, 6)
    y = torch.randint(0, 4, (8,))
    state = train(PlumeNet(), x, y)
    served = PlumeNet.for_inference(state)
    print(RobustnessReport(served).run(x, y))
