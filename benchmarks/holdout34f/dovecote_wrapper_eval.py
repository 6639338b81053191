# expect: crash
"""Dovecote occupancy: the logging helper calls eval() on the wrapper, which recurses into the GRU."""
import torch
import torch.nn as nn

torch.manual_seed(8)


class NestEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)

    def forward(self, x):
        return self.gru(x)[1][-1]


class Dovecote(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = NestEncoder()
        self.occupancy = nn.Linear(8, 1)

    def forward(self, x):
        return torch.sigmoid(self.occupancy(self.encoder(x)))


def quiet_mode(model):
    return model.train(False)


model = quiet_mode(Dovecote())
opt = torch.optim.SGD(model.parameters(), lr=0.05)
for step in range(3):
    x = torch.randn(4, 12, 3)
    y = torch.randint(0, 2, (4, 1)).float()
    loss = nn.functional.binary_cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(step, "wrapper training:", model.training, "loss", round(loss.item(), 4))
