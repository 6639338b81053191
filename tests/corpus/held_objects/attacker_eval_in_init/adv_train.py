# expect: crash
"""Adversarial training: Attacker(model) sets eval in its constructor; the loop calls train() only after\nthe attack, whose backward runs first."""
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
    x, y = torch.randn(3, 5, 4), torch.randint(0, 2, (3,))
    x_adv = attacker.perturb(x, y)  # TM001-here
    model.train()
    loss = F.cross_entropy(model(x_adv), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
