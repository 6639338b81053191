import torch


class ToyEnv:
    def __init__(self):
        self.t = 0

    def reset(self):
        self.t = 0
        return torch.randn(3)

    def step(self, a):
        self.t += 1
        return torch.randn(3), float(a == self.t % 2), self.t >= 5


class Collector:
    def __init__(self, policy, env, stack):
        self.policy, self.env, self.stack = policy, env, stack

    def collect(self, n_step):
        self.policy.eval()
        frames = [self.env.reset()] * self.stack
        obs, acts, rews, dones = [], [], [], []
        with torch.no_grad():
            for _ in range(n_step):
                o = torch.stack(frames[-self.stack:]).unsqueeze(0)
                dist, _ = self.policy(o)
                a = dist.sample().item()
                nxt, r, d = self.env.step(a)
                obs.append(o.squeeze(0)); acts.append(a); rews.append(r); dones.append(float(d))
                frames = [self.env.reset()] * self.stack if d else frames + [nxt]
        return {"obs": torch.stack(obs), "act": torch.tensor(acts), "rew": torch.tensor(rews),
                "done": torch.tensor(dones)}
