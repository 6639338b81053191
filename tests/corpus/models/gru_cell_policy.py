# expect: clean
"""A recurrent RL policy built on nn.GRUCell, evaluated then updated with a policy-gradient loss."""
import torch
import torch.nn as nn

torch.manual_seed(0)
cell = nn.GRUCell(4, 16)
policy_head = nn.Linear(16, 2)
cell.eval()
opt = torch.optim.Adam(list(cell.parameters()) + list(policy_head.parameters()), lr=1e-3)
h = torch.zeros(1, 16)
log_probs = []
for t in range(6):
    obs = torch.randn(1, 4)
    h = cell(obs, h)
    dist = torch.distributions.Categorical(logits=policy_head(h))
    action = dist.sample()
    log_probs.append(dist.log_prob(action))
returns = torch.randn(6)
loss = -(torch.stack(log_probs).squeeze(-1) * returns).sum()
opt.zero_grad()
loss.backward()
opt.step()
print(loss.item())
