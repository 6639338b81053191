import torch


class ToyEnv:
    def __init__(self, obs_dim=4, horizon=5, seed=0):
        self.g = torch.Generator().manual_seed(seed)
        self.obs_dim, self.horizon, self.t = obs_dim, horizon, 0

    def reset(self):
        self.t = 0
        return torch.randn(self.obs_dim, generator=self.g)

    def step(self, action):
        self.t += 1
        return torch.randn(self.obs_dim, generator=self.g), float(action == 1), self.t >= self.horizon


class Collector:
    def __init__(self, policy, env, is_test=False):
        self.policy, self.env, self.is_test = policy, env, is_test
        self.buffer = []

    def collect(self, n_episode=1):
        if self.is_test:
            self.policy.eval()
        self.buffer = []
        with torch.no_grad():
            for _ in range(n_episode):
                obs, done, traj = self.env.reset(), False, []
                while not done:
                    act = self.policy.act(obs)
                    nxt, rew, done = self.env.step(act)
                    traj.append((obs, act, rew))
                    obs = nxt
                self.buffer.append(traj)
        return {"n/ep": n_episode, "rew": sum(r for t in self.buffer for _, _, r in t) / n_episode}
