# expect: clean
"""A rollout buffer iterated by the training loop: its __iter__ puts the recurrent policy in eval to act
deterministically, and back in train mode before it hands each batch to the update."""
import torch
import torch.nn as nn


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.core = nn.GRU(3, 6, batch_first=True)
        self.logits = nn.Linear(6, 2)

    def forward(self, obs):
        return self.logits(self.core(obs)[0][:, -1])


class Rollouts:
    def __init__(self, policy, batches=3):
        self.policy, self.batches = policy, batches

    def __iter__(self):
        self.policy.eval()
        for _ in range(self.batches):
            obs = torch.randn(2, 4, 3)
            with torch.no_grad():
                actions = self.policy(obs).argmax(-1)
            self.policy.train()
            yield obs, actions
            self.policy.eval()


policy = Policy()
opt = torch.optim.Adam(policy.parameters(), lr=1e-3)
for step, (obs, actions) in enumerate(Rollouts(policy)):
    logp = torch.log_softmax(policy(obs), -1).gather(1, actions[:, None])
    loss = -logp.mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
print(float(loss))
