# expect: clean
"""Online/target networks: the online recurrent Q-net is deep-copied *after* an evaluation pass left it in eval,
but the copy is only used under no_grad, and the online net is put back in train() before each update."""
import copy

import torch
import torch.nn as nn


class RQNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.core = nn.GRU(3, 8, batch_first=True)
        self.q = nn.Linear(8, 2)

    def forward(self, obs):
        return self.q(self.core(obs)[0])


class Agent:
    def __init__(self):
        self.online = RQNet()
        self.target = copy.deepcopy(self.online)
        self.opt = torch.optim.Adam(self.online.parameters(), lr=1e-3)

    def evaluate(self):
        self.online.eval()
        with torch.no_grad():
            return self.online(torch.randn(1, 6, 3)).max().item()

    def sync(self):
        self.target = copy.deepcopy(self.online)
        self.target.requires_grad_(False)

    def update(self, obs, rew):
        self.online.train()
        q = self.online(obs).max(-1).values
        with torch.no_grad():
            tgt = rew[:, :-1] + 0.9 * self.target(obs).max(-1).values[:, 1:]
        loss = nn.functional.mse_loss(q[:, :-1], tgt)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()


if __name__ == "__main__":
    torch.manual_seed(0)
    agent = Agent()
    for it in range(4):
        print(agent.update(torch.randn(4, 6, 3), torch.randn(4, 6)))
        if it % 2 == 1:
            agent.evaluate()
            agent.sync()
