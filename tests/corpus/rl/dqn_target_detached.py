# expect: clean
"""DQN update with a recurrent target network in eval mode; its output is detached before the loss."""
import copy

import torch
import torch.nn as nn


class RecurrentQ(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 16, batch_first=True)
        self.q = nn.Linear(16, 3)

    def forward(self, obs_seq):
        return self.q(self.gru(obs_seq)[0][:, -1])


torch.manual_seed(0)
policy_net = RecurrentQ()
target_net = copy.deepcopy(policy_net)
target_net.eval()
opt = torch.optim.Adam(policy_net.parameters(), lr=1e-3)
for step in range(3):
    obs, next_obs = torch.randn(8, 5, 4), torch.randn(8, 5, 4)
    actions, rewards = torch.randint(0, 3, (8, 1)), torch.randn(8)
    q = policy_net(obs).gather(1, actions).squeeze(1)
    target = rewards + 0.99 * target_net(next_obs).max(1)[0].detach()
    loss = nn.functional.smooth_l1_loss(q, target)
    opt.zero_grad()
    loss.backward()
    opt.step()
print(loss.item())
