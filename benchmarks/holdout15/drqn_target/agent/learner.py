import math
import random

import torch

from .memory import Transition


class Agent:
    def __init__(self, policy_net, target_net, memory, n_actions, gamma=0.99):
        self.policy_net = policy_net
        self.target_net = target_net
        self.memory = memory
        self.n_actions = n_actions
        self.gamma = gamma
        self.steps_done = 0
        self.optimizer = torch.optim.AdamW(policy_net.parameters(), lr=1e-3, amsgrad=True)

    def select_action(self, state):
        eps = 0.05 + 0.85 * math.exp(-self.steps_done / 100)
        self.steps_done += 1
        if random.random() > eps:
            self.policy_net.eval()
            with torch.no_grad():
                return self.policy_net(state).max(1).indices.view(1, 1)
        return torch.tensor([[random.randrange(self.n_actions)]])

    def sync_target(self):
        self.target_net.load_state_dict(self.policy_net.state_dict())

    def optimize_model(self, batch_size):
        if len(self.memory) < batch_size:
            return
        batch = Transition(*zip(*self.memory.sample(batch_size)))
        state_batch = torch.cat(batch.state)
        action_batch = torch.cat(batch.action)
        reward_batch = torch.cat(batch.reward)
        self.policy_net.train()
        state_action_values = self.policy_net(state_batch).gather(1, action_batch)
        with torch.no_grad():
            next_state_values = self.target_net(torch.cat(batch.next_state)).max(1).values
        expected = (next_state_values * self.gamma) + reward_batch
        loss = torch.nn.functional.smooth_l1_loss(state_action_values, expected.unsqueeze(1))
        self.optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_value_(self.policy_net.parameters(), 100)
        self.optimizer.step()
