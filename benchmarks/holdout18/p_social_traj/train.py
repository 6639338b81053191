# expect: clean
import types

import torch

from socialtraj import SocialLSTM, ade, evaluation_mode

torch.manual_seed(67)
state = types.SimpleNamespace(step=0, best=float("inf"))
model = SocialLSTM()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
scene = torch.cumsum(torch.randn(4, 8, 2) * 0.1, 1)
obs, fut = scene[:, :7], scene[:, 7]
for epoch in range(3):
    with evaluation_mode(model):
        with torch.no_grad():
            state.best = min(state.best, ade(model(obs), fut))
    opt.zero_grad()
    loss = ((model(obs) - fut) ** 2).mean()
    loss.backward()
    opt.step()
    state.step += 1
print(vars(state))
