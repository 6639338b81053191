# expect: clean
"""A deep ensemble kept as stacked parameter dicts (torch.func.stack_module_state) and evaluated member by member
with functional_call on one base LSTM in train mode; plain .backward() on the summed loss, no transform."""
import copy

import torch
import torch.nn as nn
from torch.func import functional_call, stack_module_state


class Member(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


if __name__ == "__main__":
    torch.manual_seed(0)
    members = [Member() for _ in range(3)]
    params, buffers = stack_module_state(members)
    base = copy.deepcopy(members[0]).to("meta")
    base.train()
    leaves = {k: v.detach().requires_grad_() for k, v in params.items()}
    opt = torch.optim.Adam(leaves.values(), lr=1e-2)
    for step in range(3):
        x, y = torch.randn(5, 4, 2), torch.randn(5, 1)
        total = 0.0
        for i in range(len(members)):
            p_i = {k: v[i] for k, v in leaves.items()}
            total = total + nn.functional.mse_loss(functional_call(base, p_i, (x,)), y)
        opt.zero_grad()
        total.backward()
        opt.step()
        print(step, total.item())
