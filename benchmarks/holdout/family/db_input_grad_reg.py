# expect: crash
# category: double_backward
# rule: TM003
"""Input-gradient regularisation (double backprop) on a train-mode GRU classifier, cuDNN on."""
import torch
import torch.nn as nn


class Clf(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 12, batch_first=True)
        self.fc = nn.Linear(12, 2)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


def train_step(model, opt, x, y, lam=0.1):
    x = x.clone().requires_grad_(True)
    ce = nn.functional.cross_entropy(model(x), y)
    gx, = torch.autograd.grad(ce, x, create_graph=True)
    loss = ce + lam * gx.pow(2).sum()
    opt.zero_grad()
    loss.backward()  # crash-here
    opt.step()
    return loss.item()


torch.manual_seed(0)
model = Clf().train()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for _ in range(2):
    print(train_step(model, opt, torch.randn(8, 6, 4), torch.randint(0, 2, (8,))))
