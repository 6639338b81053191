"""Recurrent PPO: rollouts are collected without gradients; the update re-runs the sequence."""
import torch
import torch.nn as nn


class GRUPolicy(nn.Module):
    def __init__(self, obs_dim=4, hidden=12, n_actions=3):
        super().__init__()
        self.gru = nn.GRU(obs_dim, hidden, batch_first=True)
        self.actor = nn.Linear(hidden, n_actions)
        self.critic = nn.Linear(hidden, 1)

    def forward(self, obs_seq, h=None):
        out, h = self.gru(obs_seq, h)
        return torch.distributions.Categorical(logits=self.actor(out)), self.critic(out).squeeze(-1), h


@torch.no_grad()
def rollout(policy, n_envs=4, horizon=6):
    policy.eval()
    obs = torch.randn(n_envs, horizon, 4)
    dist, values, _ = policy(obs)
    actions = dist.sample()
    rewards = (actions == 1).float() - 0.1
    return {"obs": obs, "actions": actions, "old_log_probs": dist.log_prob(actions), "values": values,
            "rewards": rewards}


def ppo_update(policy, opt, batch, epochs=2, clip=0.2):
    returns = batch["rewards"].flip(1).cumsum(1).flip(1)
    adv = returns - batch["values"]
    adv = (adv - adv.mean()) / (adv.std() + 1e-8)
    policy.train()
    for _ in range(epochs):
        dist, values, _ = policy(batch["obs"])
        ratio = (dist.log_prob(batch["actions"]) - batch["old_log_probs"]).exp()
        policy_loss = -torch.min(ratio * adv, ratio.clamp(1 - clip, 1 + clip) * adv).mean()
        loss = policy_loss + 0.5 * (values - returns).pow(2).mean() - 0.01 * dist.entropy().mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()
