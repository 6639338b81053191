# expect: clean
"""Clock escapement drift with an unrolled GRUCell; beat sensitivity by torch.func.jacrev."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(5)


class EscapementCellModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.cell = nn.GRUCell(2, hidden)
        self.head = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, beats):
        h = beats.new_zeros(beats.shape[0], self.hidden)
        for t in range(beats.shape[1]):
            h = self.cell(beats[:, t], h)
        return self.head(h).squeeze(-1)


model = EscapementCellModel()
opt = torch.optim.RMSprop(model.parameters(), lr=3e-3)
data = [(torch.randn(4, 6, 2), torch.randn(4)) for _ in range(2)]
for epoch in range(2):
    for x, y in data:
        opt.zero_grad()
        loss = nn.functional.smooth_l1_loss(model(x), y)
        loss.backward()
        opt.step()

model.eval()
x0 = data[0][0][:1]
jac = jacrev(lambda b: model(b).sum())(x0)
print("jacobian shape", tuple(jac.shape), "mean |J|", jac.abs().mean().item())
