# expect: clean
"""`torch.func.functional_call` used only to run the GRU with an alternative set of
(lookahead) parameters, followed by an ordinary `.backward()` -- no functorch
transform (grad/vjp/jacrev) is involved, and the model is in train mode, so this
is a plain first-order backward through cuDNN in training mode.
"""
import torch
import torch.nn as nn
from torch.func import functional_call


class Reg(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 7, batch_first=True)
        self.fc = nn.Linear(7, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


torch.manual_seed(0)
net = Reg().train()
opt = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
for step in range(3):
    x, y = torch.randn(6, 5, 3), torch.randn(6, 1)
    lookahead = {k: p - 0.05 * opt.state.get(p, {}).get("momentum_buffer", torch.zeros_like(p))
                 for k, p in net.named_parameters()}
    loss = nn.functional.mse_loss(functional_call(net, lookahead, (x,)), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())
