# expect: crash
"""DRQN (recurrent DQN): the agent puts its Q-network in eval mode inside act(), the learner step forgets to
put it back. Target network refreshed via load_state_dict."""
import copy
import random

import torch
import torch.nn.functional as F
from torch import nn


class DRQN(nn.Module):
    def __init__(self, obs_dim=4, n_actions=2, hidden=8):
        super().__init__()
        self.core = nn.LSTM(obs_dim, hidden, batch_first=True)
        self.q_head = nn.Linear(hidden, n_actions)

    def forward(self, obs_seq, hc=None):
        out, hc = self.core(obs_seq, hc)
        return self.q_head(out), hc


class Agent:
    def __init__(self):
        self.q_net = DRQN()
        self.target_net = copy.deepcopy(self.q_net)
        self.optimizer = torch.optim.Adam(self.q_net.parameters(), lr=1e-3)
        self.gamma = 0.99

    @torch.no_grad()
    def act(self, obs, hc, epsilon):
        self.q_net.eval()
        q, hc = self.q_net(obs.view(1, 1, -1), hc)
        action = random.randrange(2) if random.random() < epsilon else q.argmax(-1).item()
        return action, hc

    def learn(self, episodes):
        obs = torch.stack([e[0] for e in episodes])
        actions = torch.stack([e[1] for e in episodes])
        rewards = torch.stack([e[2] for e in episodes])
        q, _ = self.q_net(obs)
        q_taken = q[:, :-1].gather(-1, actions[:, :-1].unsqueeze(-1)).squeeze(-1)
        with torch.no_grad():
            q_next, _ = self.target_net(obs)
            target = rewards[:, :-1] + self.gamma * q_next[:, 1:].max(-1).values
        loss = F.smooth_l1_loss(q_taken, target)
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()

    def sync_target(self):
        self.target_net.load_state_dict(self.q_net.state_dict())


random.seed(0)
torch.manual_seed(0)
agent = Agent()
for episode in range(3):
    hc, traj = None, []
    for t in range(6):
        obs = torch.randn(4)
        a, hc = agent.act(obs, hc, epsilon=0.3)
        traj.append((obs, torch.tensor(a), torch.tensor(float(a == 0))))
    ep = (torch.stack([o for o, _, _ in traj]), torch.stack([a for _, a, _ in traj]), torch.stack([r for _, _, r in traj]))
    print(f"episode {episode}: td loss {agent.learn([ep, ep]):.4f}")
    agent.sync_target()
