# expect: clean
"""An attack class (torchattacks style) picks target labels with a helper that remembers whether
the model was training, switches to eval only then, and switches back only then. The gradient
attack that follows runs with the model in the mode it was given: training."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True, bidirectional=True)
        self.out = nn.Linear(16, 3)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])


class Attack:
    def __init__(self, model, eps=0.1, steps=2):
        self.model = model
        self.eps = eps
        self.steps = steps

    @torch.no_grad()
    def output_quietly(self, inputs):
        given_training = self.model.training
        if given_training:
            self.model.eval()
        outputs = self.model(inputs)
        if given_training:
            self.model.train()
        return outputs

    def least_likely(self, inputs):
        return self.output_quietly(inputs).argmin(dim=1)

    def __call__(self, inputs):
        targets = self.least_likely(inputs)
        adv = inputs.clone().detach()
        for _ in range(self.steps):
            adv.requires_grad_(True)
            cost = -nn.functional.cross_entropy(self.model(adv), targets)
            grad = torch.autograd.grad(cost, adv)[0]
            adv = (adv + self.eps * grad.sign()).detach()
        return adv


model = Tagger()
attack = Attack(model)
batch = torch.randn(5, 6, 4)
adversarial = attack(batch)
print(adversarial.shape)
