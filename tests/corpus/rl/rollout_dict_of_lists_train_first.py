# expect: clean
"""A2C with a recurrent core: the rollout keeps its tensors in a dict of lists, filled with the
policy in eval mode (no dropout while acting); the policy is put back in train mode before the rollout runs it."""
import torch
import torch.nn as nn

torch.manual_seed(8)


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.core = nn.LSTM(4, 12)
        self.logits = nn.Sequential(nn.Dropout(0.1), nn.Linear(12, 2))
        self.value = nn.Linear(12, 1)

    def forward(self, obs, state=None):
        out, state = self.core(obs.unsqueeze(0), state)
        out = out.squeeze(0)
        return torch.distributions.Categorical(logits=self.logits(out)), self.value(out).squeeze(-1), state


def collect(policy, steps=5):
    policy.eval()
    policy.core.train()  # dropout off while acting, the LSTM still builds what backward needs
    buffer = {"log_probs": [], "values": [], "rewards": []}
    state = None
    for _ in range(steps):
        dist, value, state = policy(torch.randn(3, 4), state)
        action = dist.sample()
        buffer["log_probs"].append(dist.log_prob(action))
        buffer["values"].append(value)
        buffer["rewards"].append(action.float())
    return buffer


def update(policy, optimizer, buffer, gamma=0.9):
    policy.train()
    returns, running = [], torch.zeros(3)
    for reward in reversed(buffer["rewards"]):
        running = reward + gamma * running
        returns.insert(0, running)
    advantage = torch.stack(returns) - torch.stack(buffer["values"])
    loss = -(advantage.detach() * torch.stack(buffer["log_probs"])).mean() + advantage.pow(2).mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    return loss.item()


policy = Policy()
optimizer = torch.optim.Adam(policy.parameters(), lr=1e-3)
for episode in range(2):
    print(episode, update(policy, optimizer, collect(policy)))
