# expect: clean
"""Actor-critic for a lane-keeping toy: rollouts run the GRU policy in eval mode (no dropout noise)
and draw actions with `Categorical(...).sample()`. The critic is then fitted to the returns, which
come from the sampled actions only: a draw carries no graph back into the policy, so the critic's
backward never reaches the eval-mode GRU. The policy update re-runs the policy in train mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import Categorical


class LanePolicy(nn.Module):
    def __init__(self, obs=4, width=8, actions=3):
        super().__init__()
        self.gru = nn.GRU(obs, width, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.pi = nn.Linear(width, actions)

    def forward(self, history):
        states, _ = self.gru(history)
        return self.pi(self.drop(states))


def lane_step(obs, action):
    steer = torch.tensor([-0.2, 0.0, 0.2])[action]
    nxt = obs.clone()
    nxt[:, 0] = obs[:, 0] + steer
    return nxt, -nxt[:, 0].abs()


def rollout(policy, batch=5, horizon=6):
    policy.eval()
    obs = torch.randn(batch, 4)
    seen, actions, rewards = [obs], [], []
    for _ in range(horizon):
        logits = policy(torch.stack(seen, 1))[:, -1]
        action = Categorical(logits=logits).sample()
        obs, reward = lane_step(obs, action)
        seen.append(obs)
        actions.append(action)
        rewards.append(reward)
    return torch.stack(seen[:-1], 1).detach(), torch.stack(actions, 1), torch.stack(rewards, 1)


def update(policy, critic, p_opt, c_opt, history, actions, rewards):
    returns = rewards.flip(1).cumsum(1).flip(1)
    values = critic(history).squeeze(-1)
    c_loss = F.mse_loss(values, returns)
    c_opt.zero_grad()
    c_loss.backward()
    c_opt.step()
    policy.train()
    logp = Categorical(logits=policy(history)).log_prob(actions)
    p_loss = -(logp * (returns - values.detach())).mean()
    p_opt.zero_grad()
    p_loss.backward()
    p_opt.step()
    return c_loss.item(), p_loss.item()


if __name__ == "__main__":
    torch.manual_seed(6)
    policy = LanePolicy()
    critic = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))
    p_opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
    c_opt = torch.optim.Adam(critic.parameters(), lr=1e-2)
    for it in range(2):
        print(it, update(policy, critic, p_opt, c_opt, *rollout(policy)))
