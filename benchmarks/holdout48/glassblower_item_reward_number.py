# expect: clean
"""Glassblower's furnace: the policy is rewarded by a critic scored in eval mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Seq(nn.Module):
    def __init__(self, n_out=1):
        super().__init__()
        self.rnn = nn.LSTM(2, 8, batch_first=True)
        self.fc = nn.Linear(8, n_out)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])


def critic_score(critic, traj):
    critic.eval()
    return critic(traj).mean().item()  # a plain number for the policy loss


def main():
    torch.manual_seed(7)
    policy, critic = Seq(2), Seq(1)
    opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
    for step in range(3):
        state = torch.randn(4, 6, 2)
        action = torch.tanh(policy(state))
        traj = torch.cat([state[:, 1:], action.unsqueeze(1)], dim=1)
        policy.train()
        reward = critic_score(critic, traj.detach())
        logp = -((action - traj[:, -1].detach()) ** 2).sum(1)
        loss = -(logp * reward).mean() + 0.1 * F.mse_loss(action, state[:, -1])
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, loss.item())


if __name__ == "__main__":
    main()
