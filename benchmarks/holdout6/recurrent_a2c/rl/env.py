"""Tiny partially observable corridor: the agent must remember a cue shown at t=0."""
import torch


class CueCorridor:
    def __init__(self, n_envs=4, length=5):
        self.n_envs, self.length = n_envs, length

    def reset(self):
        self.t = 0
        self.cue = torch.randint(0, 2, (self.n_envs,))
        return self._obs()

    def _obs(self):
        obs = torch.zeros(self.n_envs, 3)
        if self.t == 0:
            obs[torch.arange(self.n_envs), self.cue] = 1.0
        obs[:, 2] = self.t / self.length
        return obs

    def step(self, action):
        self.t += 1
        done = self.t >= self.length
        reward = (action == self.cue).float() if done else torch.zeros(self.n_envs)
        return self._obs(), reward, done
