# expect: clean
"""An attack object handed to the training epoch (`adversarial_epoch(model, opt, attack, ...)`) is called
by the parameter's own name, `attack(x, y)`: its __call__ puts the model in eval (its own gradient is
taken with cuDNN off) and puts back the mode it found before returning."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class StrokeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1])


class SignAttack:
    def __init__(self, model, eps):
        self.model = model
        self.eps = eps

    def __call__(self, x, y):
        was_training = self.model.training
        self.model.eval()
        x = x.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            (g,) = torch.autograd.grad(F.cross_entropy(self.model(x), y), x)
        self.model.train(was_training)
        return (x + self.eps * g.sign()).detach()


def adversarial_epoch(model, opt, attack, data):
    model.train()
    for x, y in data:
        x_adv = attack(x, y)
        opt.zero_grad()
        loss = F.cross_entropy(model(x_adv), y)
        loss.backward()
        opt.step()


model = StrokeNet()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
data = [(torch.randn(4, 6, 3), torch.randint(0, 2, (4,))) for _ in range(2)]
adversarial_epoch(model, opt, SignAttack(model, eps=0.05), data)
