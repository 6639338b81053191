# expect: clean
"""Actor and critic kept in a namedtuple. The critic is evaluated in eval mode under no_grad to build the
advantage target; the actor's policy-gradient loss only backpropagates through the actor (train mode)."""
from collections import namedtuple
import torch
import torch.nn as nn

Nets = namedtuple("Nets", "actor critic")


class SeqNet(nn.Module):
    def __init__(self, out):
        super().__init__()
        self.rnn = nn.LSTM(3, 8, batch_first=True)
        self.head = nn.Linear(8, out)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


nets = Nets(actor=SeqNet(2), critic=SeqNet(1))
nets.critic.eval()
opt = torch.optim.Adam(nets.actor.parameters(), 1e-3)
for step in range(3):
    obs = torch.randn(6, 4, 3)
    with torch.no_grad():
        value = nets.critic(obs).squeeze(-1)
    dist = torch.distributions.Categorical(logits=nets.actor(obs))
    a = dist.sample()
    adv = torch.randn(6) - value
    loss = -(dist.log_prob(a) * adv).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
print("done")
