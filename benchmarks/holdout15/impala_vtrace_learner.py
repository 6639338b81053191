# expect: clean
"""IMPALA in one process: actors unroll the shared LSTM agent in eval mode under
no_grad (behaviour policy logits saved), the learner computes V-trace targets
and updates. `learner_step` calls `net.train()` before its forward, so only
no_grad forwards ever happen in eval mode.
"""
import collections

import torch
import torch.nn as nn

Rollout = collections.namedtuple("Rollout", "obs actions rewards behaviour_logits")


class AtariNetLite(nn.Module):
    def __init__(self, obs=5, actions=3, hidden=10):
        super().__init__()
        self.fc = nn.Linear(obs, hidden)
        self.core = nn.LSTM(hidden, hidden)
        self.policy = nn.Linear(hidden, actions)
        self.baseline = nn.Linear(hidden, 1)

    def forward(self, obs):
        out, _ = self.core(torch.relu(self.fc(obs)))
        return self.policy(out), self.baseline(out).squeeze(-1)


def act(net, T=6, B=2):
    net.eval()
    obs = torch.randn(T, B, 5)
    with torch.no_grad():
        logits, _ = net(obs)
    actions = torch.distributions.Categorical(logits=logits).sample()
    return Rollout(obs, actions, torch.randn(T, B), logits)


def vtrace(log_rhos, discounts, rewards, values, bootstrap, clip_rho=1.0, clip_c=1.0):
    rhos = log_rhos.exp()
    clipped_rhos, cs = rhos.clamp(max=clip_rho), rhos.clamp(max=clip_c)
    values_t1 = torch.cat([values[1:], bootstrap.unsqueeze(0)])
    deltas = clipped_rhos * (rewards + discounts * values_t1 - values)
    acc, vs_minus_v = torch.zeros_like(bootstrap), []
    for t in reversed(range(len(deltas))):
        acc = deltas[t] + discounts[t] * cs[t] * acc
        vs_minus_v.append(acc)
    vs = torch.stack(vs_minus_v[::-1]) + values
    vs_t1 = torch.cat([vs[1:], bootstrap.unsqueeze(0)])
    return vs, clipped_rhos * (rewards + discounts * vs_t1 - values)


def learner_step(net, opt, batch):
    net.train()
    logits, values = net(batch.obs)
    dist = torch.distributions.Categorical(logits=logits)
    behaviour = torch.distributions.Categorical(logits=batch.behaviour_logits)
    log_rhos = (dist.log_prob(batch.actions) - behaviour.log_prob(batch.actions)).detach()
    with torch.no_grad():
        vs, pg_adv = vtrace(log_rhos, torch.full_like(batch.rewards, 0.99), batch.rewards, values, values[-1])
    loss = -(dist.log_prob(batch.actions) * pg_adv).sum() + 0.5 * (vs - values).pow(2).sum() \
        - 0.01 * dist.entropy().sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


torch.manual_seed(0)
net = AtariNetLite()
opt = torch.optim.RMSprop(net.parameters(), lr=1e-3)
for it in range(3):
    print(it, learner_step(net, opt, act(net)))
