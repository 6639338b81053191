# expect: clean
"""Glover: as above, but the wrapper is marked non-training by attribute assignment (does not recurse)."""
import torch
import torch.nn as nn

torch.manual_seed(11)


class SeamNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 8, batch_first=True, nonlinearity="tanh")
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.fc(o[:, -1])


model = SeamNet()
model.training = False  # only flips the flag on the wrapper; self.rnn stays in training mode
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for epoch in range(3):
    x = torch.randn(5, 4, 3)
    y = torch.randint(0, 2, (5,))
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("trained, wrapper flag:", model.training, "rnn flag:", model.rnn.training)
