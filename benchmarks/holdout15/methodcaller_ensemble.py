# expect: crash
"""Deep ensemble of LSTM regressors kept in a list. Before computing the
ensemble's predictive spread, every member is switched with
`operator.methodcaller("eval")`; then the "weakest" member is retrained on the
hard examples it got wrong.
"""
import operator

import torch
import torch.nn as nn

torch.manual_seed(0)


class Member(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6, batch_first=True)
        self.mu = nn.Linear(6, 1)

    def forward(self, x):
        return self.mu(self.lstm(x)[0][:, -1])


members = [Member() for _ in range(3)]
optims = [torch.optim.Adam(m.parameters(), lr=1e-2) for m in members]
x, y = torch.randn(10, 5, 2), torch.randn(10, 1)
for m, o in zip(members, optims):
    o.zero_grad()
    nn.functional.mse_loss(m(x), y).backward()
    o.step()

list(map(operator.methodcaller("eval"), members))
with torch.no_grad():
    preds = torch.stack([m(x) for m in members])
errors = ((preds - y) ** 2).mean(dim=(1, 2))
worst = int(errors.argmax())
print("spread", preds.std(0).mean().item(), "worst member", worst)

hard = ((preds.mean(0) - y) ** 2).squeeze(1).topk(4).indices
optims[worst].zero_grad()
loss = nn.functional.mse_loss(members[worst](x[hard]), y[hard])
loss.backward()  # TM001-here
optims[worst].step()
