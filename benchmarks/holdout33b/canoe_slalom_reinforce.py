# expect: crash
"""REINFORCE with a learned baseline for a canoe-slalom line-choice policy.

At each gate the paddler picks a line (inside / middle / outside / upstream ferry). The policy
is an MLP over the current gate; the baseline is a GRU over the gate sequence that predicts
the return-to-go. A factory returns the update closure.
"""
import torch
from torch import nn
from torch.nn import functional as F

N_GATES, N_LINES = 10, 4


class LinePolicy(nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(5, hidden), nn.Tanh(), nn.Linear(hidden, N_LINES))

    def forward(self, gates):
        return torch.distributions.Categorical(logits=self.net(gates))


class GateBaseline(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.gru = nn.GRU(5, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, gates):
        h, _ = self.gru(gates)
        return self.v(h).squeeze(-1)


def run_course(policy, bs=6):
    # gate features: offset, current speed, upstream?, eddy strength, distance to next
    gates = torch.randn(bs, N_GATES, 5)
    dist = policy(gates)
    lines = dist.sample()
    penalty = (lines == 3).float() * gates[..., 2].gt(0).logical_not().float() * 2.0
    time_lost = (lines.float() - 1.5 + gates[..., 0]).abs() * 0.5 + penalty
    rewards = -time_lost
    returns = rewards.flip(1).cumsum(1).flip(1)
    return gates, lines, returns, dist


def make_update(policy, baseline, lr=3e-3, beta=0.5):
    opt = torch.optim.Adam(list(policy.parameters()) + list(baseline.parameters()), lr=lr)

    def update(gates, lines, returns, dist):
        baseline.eval()  # deterministic value estimates for the advantage
        values = baseline(gates)
        adv = returns - values.detach()
        pg = -(dist.log_prob(lines) * adv).mean()
        v_loss = F.mse_loss(values, returns)
        loss = pg + beta * v_loss
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        return pg.item(), v_loss.item()

    return update


if __name__ == "__main__":
    torch.manual_seed(23)
    policy, baseline = LinePolicy(), GateBaseline()
    update = make_update(policy, baseline)
    for ep in range(4):
        batch = run_course(policy)
        pg, vl = update(*batch)
        print(f"run {ep}: return {batch[2][:, 0].mean():.2f} pg {pg:.3f} baseline {vl:.3f}")
