# expect: crash
"""Recurrent SAC for POMDPs: the actor update runs the critic inside an `eval_mode` context manager (to switch
off the critic's dropout), but the actor gradient flows through the critic's GRU into the actions."""
import contextlib
import torch
import torch.nn as nn
import torch.nn.functional as F


@contextlib.contextmanager
def eval_mode(*modules):
    states = [m.training for m in modules]
    for m in modules:
        m.eval()
    try:
        yield
    finally:
        for m, s in zip(modules, states):
            m.train(s)


class RecurrentCritic(nn.Module):
    def __init__(self, obs_dim=3, act_dim=2, hid=12):
        super().__init__()
        self.gru = nn.GRU(obs_dim + act_dim, hid, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.q = nn.Linear(hid, 1)

    def forward(self, obs, act):
        h, _ = self.gru(torch.cat([obs, act], -1))
        return self.q(self.drop(h))


class RecurrentActor(nn.Module):
    def __init__(self, obs_dim=3, act_dim=2, hid=12):
        super().__init__()
        self.gru = nn.GRU(obs_dim, hid, batch_first=True)
        self.mu, self.log_std = nn.Linear(hid, act_dim), nn.Linear(hid, act_dim)

    def forward(self, obs):
        h, _ = self.gru(obs)
        mu, log_std = self.mu(h), self.log_std(h).clamp(-5, 2)
        eps = torch.randn_like(mu)
        a = torch.tanh(mu + log_std.exp() * eps)
        logp = (torch.distributions.Normal(mu, log_std.exp()).log_prob(mu + log_std.exp() * eps)
                - torch.log(1 - a.pow(2) + 1e-6)).sum(-1, keepdim=True)
        return a, logp


actor, critic = RecurrentActor(), RecurrentCritic()
critic_target = RecurrentCritic(); critic_target.load_state_dict(critic.state_dict())
a_opt = torch.optim.Adam(actor.parameters(), 3e-4)
c_opt = torch.optim.Adam(critic.parameters(), 3e-4)
alpha = 0.2

for it in range(3):
    obs, act = torch.randn(4, 6, 3), torch.rand(4, 6, 2) * 2 - 1
    rew, nobs = torch.randn(4, 6, 1), torch.randn(4, 6, 3)
    with torch.no_grad():
        na, nlogp = actor(nobs)
        target = rew + 0.99 * (critic_target(nobs, na) - alpha * nlogp)
    c_loss = F.mse_loss(critic(obs, act), target)
    c_opt.zero_grad(); c_loss.backward(); c_opt.step()

    new_a, logp = actor(obs)
    with eval_mode(critic):
        q_pi = critic(obs, new_a)
    a_loss = (alpha * logp - q_pi).mean()
    a_opt.zero_grad()
    a_loss.backward()  # TM001-here
    a_opt.step()
print("sac ok")
