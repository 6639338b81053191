# expect: clean
# category: func
"""functional_call with swapped-in weights (weight-noise regularisation), then an ordinary backward."""
import torch
import torch.nn as nn
from torch.func import functional_call


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 12, batch_first=True)
        self.fc = nn.Linear(12, 3)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


torch.manual_seed(0)
net = Net().train()
opt = torch.optim.SGD(net.parameters(), lr=0.05)
for _ in range(3):
    noisy = {k: p + 0.01 * torch.randn_like(p) for k, p in net.named_parameters()}
    x, y = torch.randn(8, 5, 4), torch.randint(0, 3, (8,))
    loss = nn.functional.cross_entropy(functional_call(net, noisy, (x,)), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print(loss.item())
