# expect: clean
"""Falconry lure swings: the GRU policy and its optimiser travel together as a list (`stack = [policy]`, then the
optimiser appended). A greedy rollout reads `stack[0]` and puts it in eval mode; REINFORCE unpacks
`policy, opt = stack` and calls `policy.train()` before its updates."""
import torch
from torch import nn
from torch.distributions import Categorical


class LurePolicy(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.pi = nn.Linear(8, 3)

    def forward(self, x):
        return self.pi(self.gru(x)[0])


def greedy_rollout(stack):
    policy = stack[0]
    policy.eval()
    with torch.no_grad():
        return policy(torch.randn(2, 5, 4)).argmax(-1).float().mean().item()


def reinforce(stack, steps=2):
    policy, opt = stack
    policy.train()
    for _ in range(steps):
        dist = Categorical(logits=policy(torch.randn(4, 5, 4)))
        acts = dist.sample()
        ret = (acts[:, 1:] != acts[:, :-1]).float().sum(1)
        loss = -(ret.unsqueeze(1) * dist.log_prob(acts)).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


torch.manual_seed(1)
stack = [LurePolicy()]
stack.append(torch.optim.Adam(stack[0].parameters(), lr=1e-2))
print(greedy_rollout(stack))
reinforce(stack)
