# expect: crash
# Recurrent DQN / R2D2 style: the target network is a deepcopy of the online net put in eval (agent.py); the
# learner (learner.py) burns in both nets under no_grad, but the double-Q targets are not detached, so the loss's
# backward also runs into the eval-mode target LSTM.
import torch

from agent import R2D2Agent
from learner import update
from networks import R2D2Network


def fake_sequences(batch=4, T=10, obs_dim=5, n_actions=3):
    return {"obs": torch.randn(batch, T, obs_dim),
            "actions": torch.randint(0, n_actions, (batch, T)),
            "reward": torch.rand(batch, T)}


torch.manual_seed(0)
agent = R2D2Agent(R2D2Network(), n_actions=3)
opt = torch.optim.Adam(agent.online.parameters(), lr=1e-3)
for it in range(4):
    print(it, update(agent, opt, fake_sequences()))
    if it % 2 == 1:
        agent.sync_target()
print("done")
