# expect: crash
# category: reinforcement-learning
"""Train a recurrent A2C agent on the cue-memory corridor."""
import torch
from rl.env import CueCorridor
from rl.agent import RecurrentActorCritic, A2C
from rl.rollout import collect

torch.manual_seed(0)
env = CueCorridor(n_envs=4, length=5)
agent = A2C(RecurrentActorCritic())
for episode in range(3):
    rollout = collect(env, agent.net)
    loss = agent.update(rollout)
    print(f"episode {episode}: return {torch.stack(rollout['rewards']).sum(0).mean():.2f} loss {loss:.3f}")
