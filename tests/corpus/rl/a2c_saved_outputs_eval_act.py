# expect: crash
"""Actor-critic with a GRU policy kept in an agent object: `act` runs the policy and keeps each step's
log-prob and value in the agent's lists; `learn` differentiates them later. The agent switches the policy
to eval mode when an episode starts (to freeze dropout), so every kept output came from an eval forward."""
import torch
import torch.nn as nn

torch.manual_seed(81)


class GRUActorCritic(nn.Module):
    def __init__(self, n_obs=3, n_act=2, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_obs, hidden)
        self.pi = nn.Linear(hidden, n_act)
        self.v = nn.Linear(hidden, 1)

    def forward(self, obs, h=None):
        out, h = self.gru(obs.view(1, 1, -1), h)
        return self.pi(out[0, 0]), self.v(out[0, 0]).squeeze(-1), h


class Agent:
    def __init__(self, net):
        self.net = net
        self.opt = torch.optim.Adam(net.parameters(), lr=1e-2)
        self.saved, self.rewards, self.h = [], [], None

    def start_episode(self):
        self.h = None
        self.net.eval()

    def act(self, obs):
        logits, value, self.h = self.net(obs, self.h)
        dist = torch.distributions.Categorical(logits=logits)
        action = dist.sample()
        self.saved.append((dist.log_prob(action), value))
        return action.item()

    def learn(self):
        self.net.train()
        returns = torch.tensor(self.rewards).flip(0).cumsum(0).flip(0)
        loss = torch.zeros(())
        for (log_prob, value), ret in zip(self.saved, returns):
            loss = loss - log_prob * (ret - value.detach()) + (ret - value) ** 2
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        self.saved, self.rewards = [], []


agent = Agent(GRUActorCritic())
for episode in range(3):
    agent.start_episode()
    for t in range(4):
        action = agent.act(torch.randn(3))
        agent.rewards.append(1.0 if action == 1 else 0.0)
    agent.learn()
