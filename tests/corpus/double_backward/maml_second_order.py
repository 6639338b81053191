# expect: crash
"""Second-order MAML on an LSTM regressor: the inner-loop gradients keep their graph, the meta-loss
differentiates through them."""
import torch
import torch.nn as nn
from torch.func import functional_call

class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(1, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1])


torch.manual_seed(0)
first_order = False
learner = Regressor()
meta_opt = torch.optim.Adam(learner.parameters(), lr=1e-3)
for task in range(2):
    support_x, support_y = torch.randn(5, 4, 1), torch.randn(5, 1)
    query_x, query_y = torch.randn(5, 4, 1), torch.randn(5, 1)
    params = dict(learner.named_parameters())
    inner = nn.functional.mse_loss(functional_call(learner, params, (support_x,)), support_y)
    grads = torch.autograd.grad(inner, list(params.values()), create_graph=not first_order)
    fast = {name: p - 0.4 * g for (name, p), g in zip(params.items(), grads)}
    meta_loss = nn.functional.mse_loss(functional_call(learner, fast, (query_x,)), query_y)
    meta_opt.zero_grad()
    meta_loss.backward()  # TM003-here
    meta_opt.step()
print(meta_loss.item())
