# expect: clean
"""DRQN for a POMDP (flickering observations): the target network is a deepcopy put in eval and only used under
no_grad; the online network is trained with train() set at the start of each update."""
import copy
import random
from collections import deque, namedtuple
import torch
import torch.nn as nn
import torch.nn.functional as F

Transition = namedtuple("Transition", "obs action reward next_obs done")


class DRQN(nn.Module):
    def __init__(self, obs_dim=4, n_actions=2, hid=16):
        super().__init__()
        self.fc = nn.Linear(obs_dim, hid)
        self.gru = nn.GRU(hid, hid, batch_first=True)
        self.q = nn.Linear(hid, n_actions)

    def forward(self, obs_seq, h=None):
        out, h = self.gru(F.relu(self.fc(obs_seq)), h)
        return self.q(out), h


class Agent:
    def __init__(self):
        self.online = DRQN()
        self.target = copy.deepcopy(self.online).eval()
        self.opt = torch.optim.Adam(self.online.parameters(), lr=1e-3)
        self.memory = deque(maxlen=50)

    def act(self, obs, h, eps=0.1):
        with torch.no_grad():
            q, h = self.online(obs.view(1, 1, -1), h)
        a = random.randrange(2) if random.random() < eps else q.argmax(-1).item()
        return a, h

    def update(self, seq_len=5, batch=4):
        self.online.train()
        episodes = random.sample(list(self.memory), batch)
        obs = torch.stack([torch.stack([t.obs for t in ep]) for ep in episodes])
        nxt = torch.stack([torch.stack([t.next_obs for t in ep]) for ep in episodes])
        act = torch.tensor([[t.action for t in ep] for ep in episodes])
        rew = torch.tensor([[t.reward for t in ep] for ep in episodes])
        q, _ = self.online(obs)
        with torch.no_grad():
            q_next, _ = self.target(nxt)
            target = rew + 0.99 * q_next.max(-1).values
        loss = F.smooth_l1_loss(q.gather(-1, act.unsqueeze(-1)).squeeze(-1), target)
        self.opt.zero_grad(); loss.backward(); self.opt.step()


agent = Agent()
for ep in range(6):
    h, episode = None, []
    self_obs = torch.randn(4)
    agent.online.eval()
    for t in range(5):
        obs = self_obs * (random.random() > 0.5)
        a, h = agent.act(obs, h)
        nxt = torch.randn(4)
        episode.append(Transition(obs, a, random.random(), nxt, False))
        self_obs = nxt
    agent.memory.append(episode)
    if len(agent.memory) >= 4:
        agent.update()
        agent.target.load_state_dict(agent.online.state_dict())
print("drqn ok")
