# expect: crash
"""Near miss of reward_as_floats: the reward stays a tensor of the critic's graph, so the policy loss
backpropagates into the eval-mode critic."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Linear(3, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.classifier = nn.Linear(8, 2)

    def forward(self, x):
        return self.classifier(self.lstm(self.emb(x))[0][:, -1])


critic = Net()
critic.eval()
policy = nn.Linear(3, 2)
opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
for _ in range(3):
    states = torch.randn(4, 5, 3)
    advantage = critic(states)[:, 0] - critic(states).mean()
    log_probs = policy(states[:, -1]).log_softmax(-1)[:, 0]
    loss = -(advantage * log_probs).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
