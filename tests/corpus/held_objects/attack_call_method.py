# expect: crash
"""An attack object called like a function: the base class's __call__ switches the model to eval mode and
hands over to perturb(), which only the subclass defines and which takes the gradient of the input."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Attack:
    def __init__(self, model):
        self.model = model

    def __call__(self, x, y):
        self.model.eval()
        return self.perturb(x, y)


class FGSM(Attack):
    def __init__(self, model, eps=0.1):
        super().__init__(model)
        self.eps = eps

    def perturb(self, x, y):
        x = x.clone().requires_grad_(True)
        loss = F.cross_entropy(self.model(x), y)
        grad, = torch.autograd.grad(loss, x)  # TM001-here
        return (x + self.eps * grad.sign()).detach()


class Reader(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


torch.manual_seed(0)
model = Reader()
attack = FGSM(model)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(2):
    x, y = torch.randn(3, 5, 4), torch.randint(0, 2, (3,))
    x_adv = attack(x, y)
    model.train()
    loss = F.cross_entropy(model(x_adv), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
