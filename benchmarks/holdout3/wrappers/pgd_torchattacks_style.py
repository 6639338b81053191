# expect: crash
# category: wrappers
"""torchattacks-style Attack base class and PGD against a packed-sequence LSTM keystroke classifier."""
import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence

torch.manual_seed(22)


class Attack:
    def __init__(self, name, model):
        self.attack, self.model = name, model
        self._model_training = False  # attacks run the model in eval mode unless told otherwise

    def set_model_training_mode(self, model_training=False):
        self._model_training = model_training

    def __call__(self, inputs, labels, **kwargs):
        given_training = self.model.training
        self.model.train(self._model_training)
        adv = self.forward(inputs, labels, **kwargs)
        self.model.train(given_training)
        return adv


class PGD(Attack):
    def __init__(self, model, eps=0.3, alpha=0.1, steps=3):
        super().__init__("PGD", model)
        self.eps, self.alpha, self.steps = eps, alpha, steps

    def forward(self, inputs, labels, lengths=None):
        adv = inputs + torch.empty_like(inputs).uniform_(-self.eps, self.eps)
        for _ in range(self.steps):
            adv.requires_grad_(True)
            cost = nn.functional.cross_entropy(self.model(adv, lengths), labels)
            grad = torch.autograd.grad(cost, adv)[0]  # TM001-here
            adv = adv.detach() + self.alpha * grad.sign()
            adv = inputs + (adv - inputs).clamp(-self.eps, self.eps)
        return adv.detach()


class KeystrokeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 12, batch_first=True)
        self.cls = nn.Linear(12, 3)

    def forward(self, x, lengths):
        packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        _, (h, _) = self.lstm(packed)
        return self.cls(h[-1])


net = KeystrokeNet()
x = torch.randn(6, 9, 5)
lengths = torch.tensor([9, 7, 5, 9, 3, 6])
y = torch.randint(0, 3, (6,))
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
for _ in range(3):
    optimizer.zero_grad()
    nn.functional.cross_entropy(net(x, lengths), y).backward()
    optimizer.step()

atk = PGD(net, eps=0.2, alpha=0.05, steps=4)
x_adv = atk(x, y, lengths=lengths)
with torch.no_grad():
    print("robust accuracy:", (net(x_adv, lengths).argmax(1) == y).float().mean().item())
