# expect: clean
"""System identification of a damped pendulum with a GRU one-step model.
A Jacobian penalty (d prediction / d state) keeps the learned dynamics
contractive; the penalised step runs with cuDNN switched off because the
penalty needs a second derivative.
"""
import math

import torch
import torch.nn as nn


def simulate(n, steps=10, dt=0.1, seed=0):
    g = torch.Generator().manual_seed(seed)
    theta = (torch.rand(n, generator=g) - 0.5) * math.pi
    omega = torch.zeros(n)
    u = 0.2 * torch.randn(n, steps, generator=g)
    traj = []
    for t in range(steps):
        omega = omega + dt * (-9.8 * torch.sin(theta) - 0.3 * omega + u[:, t])
        theta = theta + dt * omega
        traj.append(torch.stack([theta, omega], dim=-1))
    return u.unsqueeze(-1), torch.stack(traj, dim=1)


class Dynamics(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, batch_first=True)
        self.dec = nn.Linear(hidden, 2)

    def forward(self, u, state):
        h, _ = self.rnn(torch.cat([u, state], dim=-1))
        return state + self.dec(h)


def regularised_loss(model, u, traj, weight=0.05):
    state = traj[:, :-1].clone().requires_grad_(True)
    pred = model(u[:, :-1], state)
    mse = nn.functional.mse_loss(pred, traj[:, 1:])
    (jac,) = torch.autograd.grad(pred.sum(), state, create_graph=True)
    return mse + weight * jac.pow(2).mean(), mse


def main():
    torch.manual_seed(9)
    u, traj = simulate(6)
    model = Dynamics()
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for it in range(4):
        with torch.backends.cudnn.flags(enabled=False):
            loss, mse = regularised_loss(model, u, traj)
            opt.zero_grad()
            loss.backward()
        opt.step()
        print(it, round(mse.item(), 5), round(loss.item(), 5))


if __name__ == "__main__":
    main()
