import torch
import torch.nn.functional as F

from .attacks import FGSM


class AdvTrainer:
    def __init__(self, model, eps, epochs=1, lr=1e-2):
        self.model = model
        self.eps = eps
        self.epochs = epochs
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self._attack = None
        self.losses = []

    @property
    def attack(self):
        if self._attack is None:
            self._attack = FGSM(self.model, self.eps)
        return self._attack

    def batches(self, n):
        for _ in range(n):
            yield torch.randn(4, 6, 4), torch.randint(0, 2, (4,))

    def step(self, x, y):
        x_adv = self.attack(x, y)
        self.model.train()  # the attacker leaves the model in eval mode
        self.opt.zero_grad()
        loss = F.cross_entropy(self.model(torch.cat([x, x_adv])), torch.cat([y, y]))
        loss.backward()
        self.opt.step()
        return loss.item()

    def fit(self, n_batches):
        for _ in range(self.epochs):
            self.model.train()
            for x, y in self.batches(n_batches):
                self.losses.append(self.step(x, y))
