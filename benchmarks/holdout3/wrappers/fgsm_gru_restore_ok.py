# expect: clean
# category: wrappers
"""FGSM on a GRU time-series classifier; the attacker switches the victim to train mode for gradients and back."""
import torch
from torch import nn

torch.manual_seed(21)


class SeriesClassifier(nn.Module):
    def __init__(self, channels=3, hidden=12, classes=4):
        super().__init__()
        self.gru = nn.GRU(channels, hidden, num_layers=2, batch_first=True, dropout=0.0)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, x):
        _, h = self.gru(x)
        return self.fc(h[-1])


class FGSM:
    def __init__(self, model, eps=0.1):
        self.model, self.eps = model, eps
        self.loss = nn.CrossEntropyLoss()

    def perturb(self, x, y):
        was_training = self.model.training
        self.model.train()  # cuDNN RNNs only differentiate in training mode; no dropout is active here
        x_adv = x.clone().requires_grad_(True)
        loss = self.loss(self.model(x_adv), y)
        grad, = torch.autograd.grad(loss, x_adv)
        self.model.train(was_training)
        return (x + self.eps * grad.sign()).detach()


def accuracy(model, x, y):
    with torch.no_grad():
        return (model(x).argmax(1) == y).float().mean().item()


x = torch.randn(16, 20, 3)
y = (x[:, :, 0].sum(1) > 0).long() * 2 + (x[:, :, 1].sum(1) > 0).long()
victim = SeriesClassifier()
opt = torch.optim.Adam(victim.parameters(), lr=1e-2)
for epoch in range(3):
    opt.zero_grad()
    nn.functional.cross_entropy(victim(x), y).backward()
    opt.step()

victim.eval()
attacker = FGSM(victim, eps=0.2)
x_adv = attacker.perturb(x, y)
print(f"clean acc {accuracy(victim, x, y):.2f} adversarial acc {accuracy(victim, x_adv, y):.2f}")
assert not victim.training
