# expect: crash
# category: modes_travel
"""DRQN-style Q-learning on observation histories. The Q-values computed for epsilon-greedy action
selection (model in eval mode) are reused for the TD loss after switching back to training mode."""
import random

import torch
import torch.nn as nn

torch.manual_seed(46)
random.seed(46)
N_ACTIONS, HIST, OBS = 3, 5, 4


class DRQN(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(OBS, 12, batch_first=True)
        self.q = nn.Linear(12, N_ACTIONS)

    def forward(self, history):
        return self.q(self.lstm(history)[0][:, -1])


online, target = DRQN(), DRQN()
target.load_state_dict(online.state_dict())
target.eval()
opt = torch.optim.Adam(online.parameters(), lr=1e-3)
gamma, epsilon = 0.95, 0.2

for step in range(4):
    histories = torch.randn(8, HIST, OBS)
    online.eval()
    q_values = online(histories)
    greedy = q_values.argmax(1)
    actions = torch.tensor([random.randrange(N_ACTIONS) if random.random() < epsilon else int(a) for a in greedy])
    rewards = torch.randn(8)
    next_histories = torch.cat([histories[:, 1:], torch.randn(8, 1, OBS)], 1)
    with torch.no_grad():
        td_target = rewards + gamma * target(next_histories).max(1).values
    online.train()
    loss = nn.functional.smooth_l1_loss(q_values.gather(1, actions.unsqueeze(1)).squeeze(1), td_target)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(f"step {step}: td loss {loss.item():.4f}")
