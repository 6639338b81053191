# expect: crash
# As dbl_penalty_detached_by_flag.py, but the caller keeps the graph: the backward then
# differentiates the GRU's cuDNN backward (double backward).
import torch
import torch.nn as nn

KEEP_GRAPH = True


class Tracker(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1]).squeeze(-1)


def grad_norm(loss, params, keep_graph):
    grads = torch.autograd.grad(loss, params, create_graph=True)
    norm = sum(g.pow(2).sum() for g in grads)
    return norm if keep_graph else norm.detach()


model = Tracker()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
x, y = torch.randn(4, 6, 3), torch.rand(4)
for _ in range(2):
    loss = nn.functional.mse_loss(model(x), y)
    total = loss + 0.01 * grad_norm(loss, list(model.parameters()), KEEP_GRAPH)
    opt.zero_grad()
    total.backward()  # TM003-here
    opt.step()
print(total.item())
