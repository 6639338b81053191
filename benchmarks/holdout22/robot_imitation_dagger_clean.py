# expect: clean
"""Robot imitation learning with a recurrent (LSTM) policy and a DAgger-style loop.

Each round rolls the learner out in eval mode to collect states, labels them with a scripted
expert, and then trains on the aggregate. Mode switching goes through a small context manager.
"""
import contextlib
import torch
import torch.nn as nn


class RecurrentPolicy(nn.Module):
    def __init__(self, obs=5, act=2, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(obs, hidden, batch_first=True)
        self.mu = nn.Linear(hidden, act)

    def forward(self, obs_seq):
        h, _ = self.lstm(obs_seq)
        return torch.tanh(self.mu(h))


@contextlib.contextmanager
def mode(module, training):
    prev = module.training
    module.train(training)
    try:
        yield module
    finally:
        module.train(prev)


def expert(obs):
    return torch.tanh(obs[..., :2] - obs[..., 2:4])


def simulate(policy, horizon=6):
    obs = torch.randn(1, 1, 5)
    traj = [obs]
    with torch.no_grad():
        for _ in range(horizon - 1):
            a = policy(torch.cat(traj, 1))[:, -1:]
            nxt = traj[-1].clone()
            nxt[..., :2] += 0.1 * a
            traj.append(nxt)
    return torch.cat(traj, 1)


def main():
    torch.manual_seed(0)
    policy = RecurrentPolicy()
    opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
    dataset = [torch.randn(1, 6, 5)]
    for rnd in range(3):
        with mode(policy, False):
            dataset.append(simulate(policy))
        batch = torch.cat(dataset, 0)
        with mode(policy, True):
            loss = nn.functional.mse_loss(policy(batch), expert(batch))
        opt.zero_grad()
        loss.backward()
        opt.step()
        print("round", rnd, float(loss))


if __name__ == "__main__":
    main()
