# expect: crash
"""FGSM adversarial examples against an eval-mode LSTM classifier: the attack needs the input gradient."""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 12, batch_first=True)
        self.fc = nn.Linear(12, 4)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


def fgsm(model, x, y, eps=0.1):
    x_adv = x.clone().requires_grad_(True)
    loss = nn.functional.cross_entropy(model(x_adv), y)
    loss.backward()  # TM001-here
    return (x_adv + eps * x_adv.grad.sign()).detach()


torch.manual_seed(0)
model = Classifier()
model.requires_grad_(False)
model.eval()
x, y = torch.randn(6, 10, 3), torch.randint(0, 4, (6,))
x_adv = fgsm(model, x, y)
print("flipped", (model(x_adv).argmax(-1) != model(x).argmax(-1)).sum().item())
