import torch
import torch.nn as nn
import torch.nn.functional as F


class RL2Agent(nn.Module):
    def __init__(self, n_arms, hidden):
        super().__init__()
        self.n_arms = n_arms
        self.core = nn.GRU(n_arms + 1, hidden, batch_first=True)
        self.pi = nn.Linear(hidden, n_arms)
        self.v = nn.Linear(hidden, 1)

    def forward(self, seq):
        h, _ = self.core(seq)
        return self.pi(h), self.v(h).squeeze(-1)

    def _input(self, prev_a, prev_r):
        x = torch.zeros(1, 1, self.n_arms + 1)
        if prev_a is not None:
            x[0, 0, prev_a] = 1.0
            x[0, 0, -1] = prev_r
        return x

    def rollout(self, task, trials):
        """Acting uses the deterministic path; the learner re-runs the whole sequence."""
        self.eval()
        inputs, actions, rewards, h = [], [], [], None
        a, r = None, 0.0
        with torch.no_grad():
            for _ in range(trials):
                x = self._input(a, r)
                out, h = self.core(x, h)
                a = torch.distributions.Categorical(logits=self.pi(out[0, -1])).sample().item()
                r = task.pull(a)
                inputs.append(x)
                actions.append(a)
                rewards.append(r)
        return torch.cat(inputs, 1), torch.tensor(actions), torch.tensor(rewards)


def returns(rewards, gamma=0.9):
    out, g = [], 0.0
    for r in reversed(rewards.tolist()):
        g = r + gamma * g
        out.insert(0, g)
    return torch.tensor(out)


def a2c_loss(logits, values, actions, rewards):
    ret = returns(rewards)
    adv = ret - values.detach()
    logp = F.log_softmax(logits, -1).gather(1, actions[:, None]).squeeze(1)
    return -(logp * adv).mean() + 0.5 * F.mse_loss(values, ret)
