# expect: clean
"""Actor-critic with a GRU critic: rollout under no_grad in eval, values recomputed in train mode for the update."""
import torch
import torch.nn as nn


class GRUCritic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.v = nn.Linear(8, 1)

    def forward(self, obs_seq):
        return self.v(self.gru(obs_seq)[0]).squeeze(-1)


actor = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 2))
critic = GRUCritic()


def collect(T=5):
    critic.eval()
    obs, acts, rews = [], [], []
    with torch.no_grad():
        for t in range(T):
            o = torch.randn(3)
            a = torch.distributions.Categorical(logits=actor(o)).sample()
            obs.append(o)
            acts.append(a)
            rews.append(float(a == 0))
        v_old = critic(torch.stack(obs)[None])[0]
    return torch.stack(obs), torch.stack(acts), torch.tensor(rews), v_old


def update(opt, obs, acts, rews, v_old, gamma=0.9):
    critic.train()
    ret = torch.zeros_like(rews)
    g = 0.0
    for t in reversed(range(len(rews))):
        g = rews[t] + gamma * g
        ret[t] = g
    values = critic(obs[None])[0]
    adv = ret - v_old
    logp = torch.distributions.Categorical(logits=actor(obs)).log_prob(acts)
    loss = -(logp * adv).mean() + (values - ret).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(0)
    opt = torch.optim.Adam(list(actor.parameters()) + list(critic.parameters()), lr=1e-3)
    for it in range(3):
        print(it, round(update(opt, *collect()), 4))
