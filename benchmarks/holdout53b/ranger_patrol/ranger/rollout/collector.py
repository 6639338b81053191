"""Toy trail environment and an episode generator."""
import torch


class Trails:
    def __init__(self, batch):
        self.pos = torch.zeros(batch)

    def observe(self):
        return torch.stack([self.pos, self.pos.sin(), self.pos.cos(), torch.randn_like(self.pos)], -1)

    def step(self, action):
        self.pos = self.pos + (action.float() - 1.0)
        return -(self.pos - 2.0).abs()


def episodes(policy, batch, horizon):
    while True:
        policy.eval()
        env = Trails(batch)
        obs, acts, rews = [], [], []
        with torch.no_grad():
            for t in range(horizon):
                obs.append(env.observe())
                logits = policy(torch.stack(obs, 1))[:, -1]
                a = torch.distributions.Categorical(logits=logits).sample()
                acts.append(a)
                rews.append(env.step(a))
        yield torch.stack(obs, 1), torch.stack(acts, 1), torch.stack(rews, 1)
