# expect: crash
# category: fix_placement
"""Adversarial training: the attack object puts the shared model in eval mode inside perturb() and
runs its own backward there; a train() before the call cannot help (the fix belongs inside or
around the attack). The program dies there: the training backward after the call is never reached,
and the attack's preferred fix (train() after its eval) leaves the model in train mode for it."""
import torch
import torch.nn as nn
from attacks import FGSM


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.out = nn.Linear(8, 2)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


model = Net()
attack = FGSM(model)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for _ in range(2):
    x, y = torch.randn(4, 5, 3), torch.randint(0, 2, (4,))
    model.train()
    adv = attack.perturb(x, y)
    loss = nn.functional.cross_entropy(model(adv), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
