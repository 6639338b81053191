import torch
import torch.nn.functional as F


def discounted(rewards, gamma=0.95):
    out = torch.zeros_like(rewards)
    run = torch.zeros(rewards.size(0))
    for t in reversed(range(rewards.size(1))):
        run = rewards[:, t] + gamma * run
        out[:, t] = run
    return out


def make_update(policy, baseline, lr):
    p_opt = torch.optim.Adam(policy.parameters(), lr=lr)
    v_opt = torch.optim.Adam(baseline.parameters(), lr=lr)

    def update(traj):
        baseline.train()
        returns = discounted(traj["rewards"])
        values = baseline(traj["obs"])
        v_loss = F.mse_loss(values, returns)
        v_opt.zero_grad()
        v_loss.backward()
        v_opt.step()

        adv = (returns - values.detach())
        pg_loss = -(traj["logp"] * adv).mean()
        p_opt.zero_grad()
        pg_loss.backward()  # TM001-here
        p_opt.step()
        return {"pg": pg_loss.item(), "v": v_loss.item()}

    return update
