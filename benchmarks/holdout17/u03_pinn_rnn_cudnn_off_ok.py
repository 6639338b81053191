# expect: clean
"""Physics-informed recurrent model: penalise the residual of dy/dt = -k*y using autograd w.r.t. time."""
import torch
import torch.nn as nn

torch.manual_seed(24)


class PIRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(1, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, t):
        return self.out(self.rnn(t)[0])


model = PIRNN()
model.train()
opt = torch.optim.Adam(model.parameters(), 1e-3)
k = 0.7
torch.backends.cudnn.enabled = False  # double backward through RNNs needs the native kernels
for step in range(3):
    t = torch.linspace(0, 1, 10).repeat(4, 1).unsqueeze(-1).requires_grad_(True)
    y = model(t)
    dy_dt, = torch.autograd.grad(y.sum(), t, create_graph=True)
    residual = dy_dt + k * y
    ic = (y[:, 0] - 1.0).pow(2).mean()
    loss = residual.pow(2).mean() + ic
    opt.zero_grad()
    loss.backward()
    opt.step()
print("done")
