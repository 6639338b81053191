"""PPO for a GRU actor-critic: the rollout runs without autograd, the update re-runs the whole sequence."""
import torch
import torch.nn as nn
from torch.distributions import Categorical

from buffer import RolloutBuffer


class GRUActorCritic(nn.Module):
    def __init__(self, n_obs, n_actions, hidden=12):
        super().__init__()
        self.core = nn.GRU(n_obs, hidden, batch_first=True)
        self.pi = nn.Linear(hidden, n_actions)
        self.v = nn.Linear(hidden, 1)

    def forward(self, obs_seq, h=None):
        out, h = self.core(obs_seq, h)
        return self.pi(out), self.v(out).squeeze(-1), h


def collect(policy, env, steps):
    buf, h = RolloutBuffer(), None
    obs = env.reset()
    policy.eval()
    with torch.no_grad():
        for _ in range(steps):
            o = torch.tensor(obs)
            logits, value, h = policy(o.view(1, 1, -1), h)
            dist = Categorical(logits=logits[0, 0])
            a = dist.sample()
            obs, r, done = env.step(a.item())
            buf.add(o, a.item(), dist.log_prob(a).item(), value.item(), r)
            if done:
                obs, h = env.reset(), None
    return buf


def update(policy, optimizer, buf, epochs=2, clip=0.2):
    adv, returns = buf.advantages()
    obs, actions, old_logp = buf.tensors()
    policy.train()
    for _ in range(epochs):
        logits, values, _ = policy(obs)
        dist = Categorical(logits=logits[0])
        ratio = (dist.log_prob(actions) - old_logp).exp()
        pg = -torch.min(ratio * adv, ratio.clamp(1 - clip, 1 + clip) * adv).mean()
        loss = pg + 0.5 * (values[0] - returns).pow(2).mean() - 0.01 * dist.entropy().mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return loss.item()
