# expect: clean
"""Near miss of a2c_saved_outputs_eval_act: the agent uses eval mode only for its greedy evaluation
under no_grad; episodes it learns from start in training mode, so the kept outputs can be differentiated."""
import torch
import torch.nn as nn

torch.manual_seed(82)


class LSTMActorCritic(nn.Module):
    def __init__(self, n_obs=3, n_act=2, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_obs, hidden)
        self.pi = nn.Linear(hidden, n_act)
        self.v = nn.Linear(hidden, 1)

    def forward(self, obs, h=None):
        out, h = self.lstm(obs.view(1, 1, -1), h)
        return self.pi(out[0, 0]), self.v(out[0, 0]).squeeze(-1), h


class Agent:
    def __init__(self, net):
        self.net = net
        self.opt = torch.optim.Adam(net.parameters(), lr=1e-2)
        self.saved, self.rewards, self.h = [], [], None

    def start_episode(self):
        self.h = None
        self.net.train()

    def greedy(self, obs):
        self.net.eval()
        with torch.no_grad():
            logits, _, _ = self.net(obs)
        return logits.argmax().item()

    def act(self, obs):
        logits, value, self.h = self.net(obs, self.h)
        dist = torch.distributions.Categorical(logits=logits)
        action = dist.sample()
        self.saved.append((dist.log_prob(action), value))
        return action.item()

    def learn(self):
        returns = torch.tensor(self.rewards).flip(0).cumsum(0).flip(0)
        loss = torch.zeros(())
        for (log_prob, value), ret in zip(self.saved, returns):
            loss = loss - log_prob * (ret - value.detach()) + (ret - value) ** 2
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        self.saved, self.rewards = [], []


agent = Agent(LSTMActorCritic())
for episode in range(3):
    agent.start_episode()
    for t in range(4):
        action = agent.act(torch.randn(3))
        agent.rewards.append(1.0 if action == 1 else 0.0)
    agent.learn()
    print("greedy action", agent.greedy(torch.randn(3)))
