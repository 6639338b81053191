# expect: crash
"""Double backpropagation (Drucker & LeCun 1992) as an input-gradient
regulariser for a GRU intent classifier: the loss adds the squared norm of
dLoss/dInput, computed with create_graph=True, and the total is backpropagated.
The model is in train mode throughout; the failure on a GPU is the
second-order derivative of the cuDNN RNN backward.
"""
import torch
import torch.nn as nn


class IntentGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(6, 10, batch_first=True)
        self.cls = nn.Linear(10, 4)

    def forward(self, x):
        return self.cls(self.rnn(x)[0][:, -1])


def regularised_loss(model, x, y, lam=0.1):
    x = x.requires_grad_(True)
    ce = nn.functional.cross_entropy(model(x), y)
    gx, = torch.autograd.grad(ce, x, create_graph=True)
    return ce + lam * gx.pow(2).sum()


torch.manual_seed(0)
model = IntentGRU()
model.train()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(2):
    x, y = torch.randn(5, 7, 6), torch.randint(0, 4, (5,))
    opt.zero_grad()
    loss = regularised_loss(model, x, y)
    loss.backward()  # TM003-here
    opt.step()
    print(step, loss.item())
