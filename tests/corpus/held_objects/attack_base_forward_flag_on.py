# expect: clean
"""A torchattacks-style attack hierarchy: the base class keeps a flag (off by default) for the mode the
victim runs in during the attack and switches the victim with train(flag) around the subclass's forward().
This script turns the flag on before attacking, so the input gradients run through an LSTM in training
mode."""
import torch
import torch.nn as nn


class BaseAttack:
    def __init__(self, victim):
        self.victim = victim
        self.victim_trains = False

    def train_victim_during_attack(self, flag=True):
        self.victim_trains = flag

    def __call__(self, inputs, targets):
        before = self.victim.training
        self.victim.train(self.victim_trains)
        try:
            return self.forward(inputs, targets)
        finally:
            self.victim.train(before)


class SignGradient(BaseAttack):
    def __init__(self, victim, step=0.05, rounds=3):
        super().__init__(victim)
        self.step, self.rounds = step, rounds

    def forward(self, inputs, targets):
        adv = inputs.clone()
        for _ in range(self.rounds):
            adv.requires_grad_(True)
            loss = nn.functional.cross_entropy(self.victim(adv), targets)
            (grad,) = torch.autograd.grad(loss, adv)
            adv = (adv + self.step * grad.sign()).detach()
        return adv


class SpeechCommand(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(13, 20, batch_first=True)
        self.fc = nn.Linear(20, 6)

    def forward(self, mfcc):
        return self.fc(self.lstm(mfcc)[0][:, -1])


device = "cuda" if torch.cuda.is_available() else "cpu"
victim = SpeechCommand().to(device)
attack = SignGradient(victim, step=0.02)
attack.train_victim_during_attack(True)
features = torch.randn(4, 40, 13, device=device)
labels = torch.randint(0, 6, (4,), device=device)
print((attack(features, labels) - features).abs().max().item())
