# expect: clean
"""Training loop that logs the input-gradient norm of a GRU tagger. The author
used create_graph=True out of habit, but the gradient is only logged (detached),
never differentiated again."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(16, 3)

    def forward(self, x):
        return self.fc(self.gru(x)[0])


torch.manual_seed(0)
model = Tagger()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(3):
    x = torch.randn(4, 6, 4, requires_grad=True)
    y = torch.randint(0, 3, (4, 6))
    loss = nn.functional.cross_entropy(model(x).reshape(-1, 3), y.reshape(-1))
    gx, = torch.autograd.grad(loss, x, create_graph=True, retain_graph=True)
    gnorm = gx.detach().norm().item()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4), "input grad norm", round(gnorm, 4))
