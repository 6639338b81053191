# expect: clean
# category: near_miss
"""Sequence-level REINFORCE for a GRU summariser with a learned reward model: the reward model runs
in eval mode and its scores become plain Python floats before entering the policy loss; the
baseline head is regressed on the same detached rewards."""
import torch
import torch.nn as nn

torch.manual_seed(36)
VOCAB = 30


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, 8)
        self.gru = nn.GRU(8, 12, batch_first=True)
        self.out = nn.Linear(12, VOCAB)
        self.baseline = nn.Linear(12, 1)

    def forward(self, ids):
        h, _ = self.gru(self.emb(ids))
        return self.out(h), self.baseline(h[:, -1]).squeeze(-1)


class RewardModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, 8)
        self.lstm = nn.LSTM(8, 12, batch_first=True, bidirectional=True)
        self.score = nn.Linear(24, 1)

    def forward(self, ids):
        return self.score(self.lstm(self.emb(ids))[0].mean(1)).squeeze(-1)


policy, reward_model = Policy(), RewardModel()
reward_model.eval()
opt = torch.optim.Adam(policy.parameters(), lr=1e-3)

for it in range(3):
    src = torch.randint(0, VOCAB, (4, 6))
    logits, baseline = policy(src)
    dist = torch.distributions.Categorical(logits=logits)
    sampled = dist.sample()
    rewards = torch.tensor(reward_model(sampled).tolist())
    advantage = rewards - baseline.detach()
    loss = -(dist.log_prob(sampled).sum(1) * advantage).mean() + nn.functional.mse_loss(baseline, rewards)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"iter {it}: mean reward {rewards.mean():.3f}")
