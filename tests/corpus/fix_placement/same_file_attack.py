# expect: crash
"""The attack lives in the training script: perturb() sets eval mode and differentiates w.r.t. the
input; the preferred fix goes inside perturb(), before its forward."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 2)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


class PGD:
    def __init__(self, model, eps=0.1, steps=2):
        self.model = model
        self.eps = eps
        self.steps = steps

    def perturb(self, x, y):
        self.model.eval()
        adv = x.clone()
        for _ in range(self.steps):
            adv.requires_grad_(True)
            loss = nn.functional.cross_entropy(self.model(adv), y)
            grad, = torch.autograd.grad(loss, adv)  # TM001-here
            adv = (adv + self.eps * grad.sign()).detach()
        return adv


model = Net()
attack = PGD(model)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for _ in range(2):
    x, y = torch.randn(4, 5, 3), torch.randint(0, 2, (4,))
    adv = attack.perturb(x, y)
    model.train()
    loss = nn.functional.cross_entropy(model(adv), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
