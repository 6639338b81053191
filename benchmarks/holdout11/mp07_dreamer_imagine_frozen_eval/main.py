# expect: crash
# Dreamer style: the RSSM's deterministic path is an nn.GRU (world_model.py). Behaviour learning (behavior.py)
# backpropagates the actor loss through imagined dynamics inside utils.FreezeParameters, which freezes the
# world model's parameters *and* switches it to eval -- so the actor's gradient runs through an eval-mode GRU.
import torch

from behavior import ActorCritic
from world_model import WorldModel

torch.manual_seed(0)
wm = WorldModel()
wm_opt = torch.optim.Adam(wm.parameters(), lr=6e-4)
agent = ActorCritic()
for it in range(2):
    obs, actions, rewards = torch.randn(6, 3, 6), torch.rand(6, 3, 2) * 2 - 1, torch.randn(6, 3)
    loss = wm.loss(obs, actions, rewards)
    wm_opt.zero_grad()
    loss.backward()
    wm_opt.step()
    with torch.no_grad():
        posts = wm.observe(obs, actions)
    print(it, loss.item(), agent.train_step(wm, posts[-1]))
print("done")
