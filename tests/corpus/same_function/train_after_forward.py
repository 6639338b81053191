# expect: crash
"""train() is called between the forward and the backward: too late, the forward already ran in eval mode."""
import torch
import torch.nn as nn


class QNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 16, batch_first=True)
        self.q = nn.Linear(16, 4)

    def forward(self, obs):
        out, _ = self.rnn(obs)
        return self.q(out[:, -1])


torch.manual_seed(0)
policy = QNet()
opt = torch.optim.Adam(policy.parameters(), lr=1e-3)
policy.eval()
obs = torch.randn(5, 8, 3)
q_values = policy(obs)
policy.train()
target = torch.randn(5, 4)
loss = nn.functional.smooth_l1_loss(q_values, target)
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print("td loss", loss.item())
