# expect: clean
# category: callee_eval
"""PGD as above, but perturb() runs the attack forwards with cuDNN switched off."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Attack:
    def __init__(self, name, model):
        self.attack = name
        self.model = model

    def __call__(self, inputs, labels):
        given_training = self.model.training
        self.model.eval()
        adv = self.perturb(inputs, labels)
        if given_training:
            self.model.train()
        return adv


class PGD(Attack):
    def __init__(self, model, eps=0.3, alpha=0.1, steps=3):
        super().__init__("PGD", model)
        self.eps, self.alpha, self.steps = eps, alpha, steps

    def perturb(self, x, y):
        adv = x.clone().detach() + torch.empty_like(x).uniform_(-self.eps, self.eps)
        with torch.backends.cudnn.flags(enabled=False):
            return self._pgd(x, y, adv)

    def _pgd(self, x, y, adv):
        for _ in range(self.steps):
            adv.requires_grad_(True)
            cost = F.cross_entropy(self.model(adv), y)
            grad = torch.autograd.grad(cost, adv)[0]
            adv = adv.detach() + self.alpha * grad.sign()
            adv = x + (adv - x).clamp(-self.eps, self.eps)
        return adv.detach()


class KeystrokeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 16, batch_first=True)
        self.fc = nn.Linear(16, 2)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


torch.manual_seed(0)
net = KeystrokeNet()
atk = PGD(net)
opt = torch.optim.SGD(net.parameters(), lr=0.05)
for _ in range(2):  # adversarial training
    x, y = torch.randn(8, 6, 3), torch.randint(0, 2, (8,))
    x_adv = atk(x, y)
    loss = F.cross_entropy(net(x_adv), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
