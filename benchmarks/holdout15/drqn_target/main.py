# expect: clean
"""DQN with a recurrent (GRU) Q-network, in the style of the PyTorch DQN tutorial:
`target_net.load_state_dict(policy_net.state_dict()); target_net.eval()`. The
agent selects actions with the policy net in eval mode under no_grad, and
`optimize_model` switches the policy net back to train() before its forward.
"""
import random

import torch

from agent.networks import RecurrentQNet
from agent.learner import Agent
from agent.memory import ReplayMemory, Transition

random.seed(0)
torch.manual_seed(0)
N_OBS, N_ACT = 4, 3
policy_net = RecurrentQNet(N_OBS, N_ACT)
target_net = RecurrentQNet(N_OBS, N_ACT)
target_net.load_state_dict(policy_net.state_dict())
target_net.eval()

agent = Agent(policy_net, target_net, ReplayMemory(100), n_actions=N_ACT)
obs_seq = torch.randn(1, 5, N_OBS)
for step in range(30):
    action = agent.select_action(obs_seq)
    next_seq = torch.cat([obs_seq[:, 1:], torch.randn(1, 1, N_OBS)], dim=1)
    agent.memory.push(Transition(obs_seq, action, next_seq, torch.randn(1)))
    obs_seq = next_seq
    agent.optimize_model(batch_size=8)
    if step % 10 == 0:
        agent.sync_target()
print("done")
