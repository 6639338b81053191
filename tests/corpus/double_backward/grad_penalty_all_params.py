# expect: crash
# As grad_penalty_head_only.py, but the penalty takes the gradient of every parameter, the LSTM's
# included: the backward through it differentiates the LSTM's cuDNN backward (double backward).
import torch
import torch.nn as nn


class Meter(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1]).squeeze(-1)


model = Meter()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
x, y = torch.randn(4, 6, 3), torch.rand(4)
for _ in range(2):
    loss = nn.functional.mse_loss(model(x), y)
    grads = torch.autograd.grad(loss, list(model.parameters()), create_graph=True)
    total = loss + 0.1 * sum(g.pow(2).sum() for g in grads)
    opt.zero_grad()
    total.backward()  # TM003-here
    opt.step()
print(total.item())
