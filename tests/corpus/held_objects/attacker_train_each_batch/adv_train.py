# expect: clean
"""Adversarial training: Attacker(model) sets eval in its constructor; each batch starts with model.train(), so\nthe constructor's eval() is undone before the attack."""
import torch
import torch.nn as nn
import torch.nn.functional as F

from attacks import Attacker


class Reader(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


torch.manual_seed(0)
model = Reader()
attacker = Attacker(model)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(2):
    model.train()
    x, y = torch.randn(3, 5, 4), torch.randint(0, 2, (3,))
    x_adv = attacker.perturb(x, y)
    loss = F.cross_entropy(model(x_adv), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
