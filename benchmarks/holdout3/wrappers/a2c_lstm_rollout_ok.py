# expect: clean
# category: wrappers
"""A2C with an LSTM policy: rollouts in eval under no_grad, then the update recomputes everything in train mode."""
import torch
from torch import nn

torch.manual_seed(31)


class CorridorEnv:
    """Walk right to reach the goal; observation is a noisy one-hot position."""

    def __init__(self, length=5):
        self.length = length

    def reset(self):
        self.pos = 0
        return self._obs()

    def _obs(self):
        o = torch.zeros(self.length)
        o[self.pos] = 1.0
        return o + 0.05 * torch.randn(self.length)

    def step(self, action):
        self.pos = max(0, min(self.length - 1, self.pos + (1 if action == 1 else -1)))
        done = self.pos == self.length - 1
        return self._obs(), (1.0 if done else -0.05), done


class LSTMPolicy(nn.Module):
    def __init__(self, obs_dim, hidden=12):
        super().__init__()
        self.core = nn.LSTM(obs_dim, hidden)
        self.pi = nn.Linear(hidden, 2)
        self.v = nn.Linear(hidden, 1)

    def forward(self, obs_seq, state=None):  # obs_seq: (T, 1, obs_dim)
        out, state = self.core(obs_seq, state)
        return self.pi(out), self.v(out).squeeze(-1), state


env, policy = CorridorEnv(), LSTMPolicy(5)
optimizer = torch.optim.RMSprop(policy.parameters(), lr=7e-3)
for update in range(3):
    policy.eval()
    obs, state, traj = env.reset(), None, []
    with torch.no_grad():
        for t in range(12):
            logits, _, state = policy(obs.view(1, 1, -1), state)
            action = torch.distributions.Categorical(logits=logits[0, 0]).sample().item()
            next_obs, reward, done = env.step(action)
            traj.append((obs, action, reward))
            obs = next_obs
            if done:
                break
    policy.train()
    observations = torch.stack([o for o, _, _ in traj]).unsqueeze(1)
    actions = torch.tensor([a for _, a, _ in traj])
    returns = torch.tensor([sum(r for _, _, r in traj[i:]) for i in range(len(traj))])
    logits, values, _ = policy(observations)
    dist = torch.distributions.Categorical(logits=logits.squeeze(1))
    adv = returns - values.squeeze(1)
    loss = -(dist.log_prob(actions) * adv.detach()).mean() + 0.5 * adv.pow(2).mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    print(f"update {update}: episode length {len(traj)} loss {loss.item():.3f}")
