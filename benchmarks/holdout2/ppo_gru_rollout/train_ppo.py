# expect: clean
# category: wrappers
"""PPO on a bandit-with-memory task: remember the colour shown at t=0 and pick it at the end."""
import random

import torch

from ppo import GRUActorCritic, collect, update

torch.manual_seed(12)


class ColourMemory:
    def __init__(self, delay=3):
        self.delay, self.rng = delay, random.Random(1)

    def reset(self):
        self.colour, self.t = self.rng.randint(0, 2), 0
        obs = [0.0, 0.0, 0.0, 0.0]
        obs[self.colour] = 1.0
        return obs

    def step(self, action):
        self.t += 1
        done = self.t > self.delay
        reward = float(action == self.colour) if done else 0.0
        return [0.0, 0.0, 0.0, 1.0], reward, done


env = ColourMemory()
policy = GRUActorCritic(4, 3)
optimizer = torch.optim.Adam(policy.parameters(), lr=3e-3)
for iteration in range(3):
    buffer = collect(policy, env, steps=16)
    loss = update(policy, optimizer, buffer)
    print(f"iter {iteration}: reward/step={sum(buffer.rewards) / 16:.3f} loss={loss:.4f}")
