# expect: clean
"""A reward computed by an eval-mode critic is turned into Python floats and rebuilt with
torch.tensor: the policy loss has no graph into the critic."""
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
    rewards = critic(states)[:, 0].tolist()
    baseline = float(critic(states).mean())
    advantage = torch.tensor(rewards) - baseline
    log_probs = policy(states[:, -1]).log_softmax(-1)[:, 0]
    loss = -(advantage * log_probs).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
