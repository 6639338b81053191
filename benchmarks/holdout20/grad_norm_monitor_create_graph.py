# expect: clean
"""Training an LSTM tagger while logging the input-gradient norm.
The monitor asks for create_graph=True (copied from a gradient-penalty recipe)
but the resulting gradient is only logged, never differentiated again."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(13)


class Tagger(nn.Module):
    def __init__(self, d=5, h=8, tags=4):
        super().__init__()
        self.lstm = nn.LSTM(d, h, batch_first=True)
        self.out = nn.Linear(h, tags)

    def forward(self, x):
        return self.out(self.lstm(x)[0])


def input_grad_norm(model, x, y):
    x = x.clone().requires_grad_(True)
    loss = F.cross_entropy(model(x).flatten(0, 1), y.flatten())
    g, = torch.autograd.grad(loss, x, create_graph=True)
    return g.norm().item()


model = Tagger()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
model.train()
for step in range(3):
    x, y = torch.randn(4, 5, 5), torch.randint(0, 4, (4, 5))
    gn = input_grad_norm(model, x, y)
    loss = F.cross_entropy(model(x).flatten(0, 1), y.flatten())
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"step {step} loss {loss.item():.3f} |dL/dx| {gn:.3f}")
