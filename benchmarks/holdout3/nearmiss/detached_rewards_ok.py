# expect: clean
# category: nearmiss
"""Reward model (eval LSTM) scores sampled sequences; its outputs enter the policy loss via .detach()/.item()/.tolist()."""
import torch
from torch import nn

torch.manual_seed(79)
V = 12


class RewardModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(V, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.v = nn.Linear(8, 1)

    def forward(self, ids):
        return self.v(self.lstm(self.emb(ids))[0][:, -1]).squeeze(-1)


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.logits = nn.Parameter(torch.zeros(6, V))  # position-wise categorical policy

    def sample(self, n):
        dist = torch.distributions.Categorical(logits=self.logits.expand(n, -1, -1))
        ids = dist.sample()
        return ids, dist.log_prob(ids).sum(1)


reward_model = RewardModel().eval()
policy = Policy()
opt = torch.optim.Adam(policy.parameters(), lr=0.1)
for it in range(4):
    ids, logp = policy.sample(8)
    r = reward_model(ids)  # graph exists, but it is cut below
    rewards = r.detach()
    baseline = r.mean().item()
    loss = -((rewards - baseline) * logp).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"iter {it}: rewards {[round(v, 2) for v in r.tolist()[:3]]} baseline {baseline:+.3f}")
