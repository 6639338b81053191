# expect: crash
# category: wrappers
"""PPO with a recurrent (GRU) policy on a toy corridor task: rollouts are collected with the agent in
inference mode, then the update re-evaluates log-probs of the stored sequences."""
import torch
import torch.nn as nn

torch.manual_seed(24)
OBS, ACT, T, N_ENVS = 4, 2, 8, 3


class RecurrentActorCritic(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.gru = nn.GRU(OBS, hidden, batch_first=True)
        self.pi = nn.Linear(hidden, ACT)
        self.v = nn.Linear(hidden, 1)

    def forward(self, obs_seq, h0=None):
        out, h = self.gru(obs_seq, h0)
        return torch.distributions.Categorical(logits=self.pi(out)), self.v(out).squeeze(-1), h


class Agent:
    def __init__(self):
        self.net = RecurrentActorCritic()
        self.opt = torch.optim.Adam(self.net.parameters(), lr=3e-4)

    @torch.no_grad()
    def collect(self):
        self.net.eval()
        obs = torch.randn(N_ENVS, T, OBS)
        dist, values, _ = self.net(obs)
        actions = dist.sample()
        rewards = (actions == (obs[..., 0] > 0).long()).float()
        return obs, actions, dist.log_prob(actions), values, rewards

    def update(self, batch, clip=0.2, epochs=2):
        obs, actions, old_logp, values, rewards = batch
        returns = rewards.flip(1).cumsum(1).flip(1)
        adv = (returns - values)
        adv = (adv - adv.mean()) / (adv.std() + 1e-8)
        for _ in range(epochs):
            dist, v, _ = self.net(obs)
            ratio = (dist.log_prob(actions) - old_logp).exp()
            pg = -torch.min(ratio * adv, ratio.clamp(1 - clip, 1 + clip) * adv).mean()
            loss = pg + 0.5 * (v - returns).pow(2).mean() - 0.01 * dist.entropy().mean()
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            nn.utils.clip_grad_norm_(self.net.parameters(), 0.5)
            self.opt.step()
        return loss.item()


agent = Agent()
for iteration in range(3):
    batch = agent.collect()
    print(f"iter {iteration}: mean reward {batch[4].mean():.2f} loss {agent.update(batch):.3f}")
