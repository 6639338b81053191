import copy

import torch


class Actor:
    """Acting side: uses the shared online network in eval mode, without gradients."""

    def __init__(self, net, n_actions, epsilon=0.2):
        self.net, self.n_actions, self.epsilon = net, n_actions, epsilon

    def unroll(self, env_obs):
        self.net.eval()
        with torch.no_grad():
            q, _ = self.net(env_obs)
        greedy = q.argmax(-1)
        explore = torch.rand(greedy.shape) < self.epsilon
        return torch.where(explore, torch.randint(0, self.n_actions, greedy.shape), greedy)


class Learner:
    def __init__(self, net, lr=1e-3, gamma=0.97, burn=3):
        self.online = net
        self.target = copy.deepcopy(net).eval()
        self.opt = torch.optim.Adam(self.online.parameters(), lr=lr)
        self.gamma, self.burn = gamma, burn

    def sync(self):
        self.target.load_state_dict(self.online.state_dict())
