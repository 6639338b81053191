# expect: clean
"""The world model (a GRU) is frozen and put in eval by a context manager that a package re-exports
(helpers/__init__.py); inside the block the rollout only scores the actor without gradients, and the
actor learns from a plain regression after it. The manager's __exit__ puts both modules back in train
mode (a zip over the modules and their saved flags), so the world model's next update is fine."""
import torch
import torch.nn as nn

from helpers import FreezeModules, discounted


class WorldModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.dynamics = nn.GRU(6, 8, batch_first=True)
        self.reward = nn.Linear(8, 1)

    def forward(self, actions):
        return self.reward(self.dynamics(actions)[0]).squeeze(-1)


torch.manual_seed(0)
world = WorldModel()
actor = nn.Linear(6, 6)
critic = nn.Linear(6, 1)
world_opt = torch.optim.Adam(world.parameters(), 1e-3)
actor_opt = torch.optim.Adam(actor.parameters(), 1e-3)
for step in range(2):
    actions = torch.randn(3, 4, 6)
    world_loss = (world(actions) - torch.randn(3, 4)).pow(2).mean()
    world_opt.zero_grad()
    world_loss.backward()
    world_opt.step()
    with FreezeModules([world, critic]):
        with torch.no_grad():
            score = discounted(world(actor(torch.randn(3, 4, 6))).t()).mean()
    actor_loss = (actor(torch.randn(3, 4, 6)) - score).pow(2).mean()
    actor_opt.zero_grad()
    actor_loss.backward()
    actor_opt.step()
print("done")
