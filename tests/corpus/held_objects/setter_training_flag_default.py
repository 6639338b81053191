# expect: crash
"""A torchattacks-style Attack keeps the mode to run the model in (`_model_training`, False by default) and puts
the model in train() or eval() on each call; set_model_training_mode() is never called, so the call puts the
model in eval mode and PGD's input gradient runs backward through the LSTM classifier in eval mode."""
import torch
import torch.nn as nn


class Attack:
    def __init__(self, name, model):
        self.attack = name
        self.model = model
        self._model_training = False

    def set_model_training_mode(self, model_training=False):
        self._model_training = model_training

    def forward(self, inputs, labels):
        raise NotImplementedError

    def __call__(self, inputs, labels):
        if self._model_training:
            self.model.train()
        else:
            self.model.eval()
        return self.forward(inputs, labels)


class PGD(Attack):
    def __init__(self, model, eps=0.3, alpha=0.1, steps=2):
        super().__init__("PGD", model)
        self.eps, self.alpha, self.steps = eps, alpha, steps

    def forward(self, inputs, labels):
        adv = inputs.clone().detach()
        for _ in range(self.steps):
            adv.requires_grad_(True)
            cost = nn.functional.cross_entropy(self.model(adv), labels)
            grad = torch.autograd.grad(cost, adv)[0]  # TM001-here
            adv = adv.detach() + self.alpha * grad.sign()
            adv = (inputs + (adv - inputs).clamp(-self.eps, self.eps)).detach()
        return adv


class SeqClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


torch.manual_seed(0)
model = SeqClassifier()
model.eval()
x, y = torch.randn(4, 6, 3), torch.randint(0, 2, (4,))
atk = PGD(model)
adv = atk(x, y)
print((adv - x).abs().max().item())
