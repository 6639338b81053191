import copy

import torch


class R2D2Agent:
    def __init__(self, network, n_actions, epsilon=0.1):
        self.online = network
        self.target = copy.deepcopy(network)
        self.target.eval()
        self.n_actions, self.epsilon = n_actions, epsilon

    def sync_target(self):
        self.target.load_state_dict(self.online.state_dict())

    @torch.no_grad()
    def act(self, obs, state):
        q, state = self.online(obs[:, None], state)
        greedy = q[:, 0].argmax(-1)
        explore = torch.rand(obs.size(0)) < self.epsilon
        return torch.where(explore, torch.randint(0, self.n_actions, greedy.shape), greedy), state
