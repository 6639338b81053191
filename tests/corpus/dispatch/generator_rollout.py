# expect: crash
"""A generator function runs the policy forward and yields its outputs; list() consumes it. The policy
was left in eval mode by the evaluation rollout before."""
import torch
import torch.nn as nn


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, obs):
        return self.head(self.gru(obs)[0][:, -1])


def run_episode(policy, steps):
    for _ in range(steps):
        obs = torch.randn(1, 3, 4)
        yield torch.log_softmax(policy(obs), -1)[0, 0]


def evaluate(policy):
    policy.eval()
    with torch.no_grad():
        return sum(float(p) for p in run_episode(policy, 2))


torch.manual_seed(0)
policy = Policy()
optimizer = torch.optim.Adam(policy.parameters(), lr=1e-3)
print("before", evaluate(policy))
log_probs = list(run_episode(policy, 4))
loss = -torch.stack(log_probs).sum()
optimizer.zero_grad()
loss.backward()  # TM001-here
optimizer.step()
