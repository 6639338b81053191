"""A tiny partially-observable corridor: the goal side is shown only at the first step."""
import random


class CueCorridor:
    n_obs, n_actions = 4, 2

    def __init__(self, length=5, seed=0):
        self.length = length
        self.rng = random.Random(seed)

    def reset(self):
        self.goal = self.rng.randint(0, 1)
        self.t = 0
        return [1.0, float(self.goal), 0.0, 0.0]

    def step(self, action):
        self.t += 1
        done = self.t >= self.length
        reward = (1.0 if action == self.goal else -1.0) if done else -0.01
        return [0.0, 0.0, self.t / self.length, 1.0], reward, done
