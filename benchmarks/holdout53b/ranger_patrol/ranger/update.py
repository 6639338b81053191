import torch
import torch.nn.functional as F


def returns_to_go(rews, gamma=0.95):
    out = torch.zeros_like(rews)
    running = torch.zeros(rews.shape[0])
    for t in reversed(range(rews.shape[1])):
        running = rews[:, t] + gamma * running
        out[:, t] = running
    return out


def reinforce_update(policy, baseline, p_opt, b_opt, episode):
    obs, acts, rews = episode
    ret = returns_to_go(rews)
    policy.train()
    baseline.train()

    values = baseline(obs)
    b_loss = F.mse_loss(values, ret)
    b_opt.zero_grad(); b_loss.backward(); b_opt.step()

    logp = torch.distributions.Categorical(logits=policy(obs)).log_prob(acts)
    adv = (ret - values.detach())
    p_loss = -(logp * adv).mean()
    p_opt.zero_grad(); p_loss.backward(); p_opt.step()
    return {"p_loss": p_loss.item(), "b_loss": b_loss.item(), "ret": ret[:, 0].mean().item()}
