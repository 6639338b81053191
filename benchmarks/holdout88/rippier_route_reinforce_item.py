# expect: clean
"""Rippier delivery-route policy trained by REINFORCE against a frozen-mode critic baseline."""
import torch
import torch.nn as nn

torch.manual_seed(9)


class SeqNet(nn.Module):
    def __init__(self, n_in, hidden, n_out):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_out)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


def rollout_reward(actions):
    return (actions == 1).float() - 0.5 * (actions == 2).float()


def main():
    policy = SeqNet(3, 8, 3)
    critic = SeqNet(3, 8, 1)
    critic.eval()  # critic was fitted offline; only queried here
    opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
    for it in range(4):
        obs = torch.randn(6, 5, 3)
        dist = torch.distributions.Categorical(logits=policy(obs))
        actions = dist.sample()
        reward = rollout_reward(actions)
        baseline = critic(obs).mean().item()
        advantage = reward - baseline
        loss = -(dist.log_prob(actions) * advantage).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(it, round(loss.item(), 4))


if __name__ == "__main__":
    main()
