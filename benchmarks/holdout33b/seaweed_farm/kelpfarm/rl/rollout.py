import torch


@torch.no_grad()
def rollout(env, policy, batch=6, gamma=0.95):
    obs = env.episode(batch)
    dist = policy(obs)
    actions = dist.sample()
    rewards = env.reward(obs, actions)
    returns = torch.zeros_like(rewards)
    running = torch.zeros(batch)
    for t in reversed(range(rewards.shape[1])):
        running = rewards[:, t] + gamma * running
        returns[:, t] = running
    return obs, actions, returns, dist.logits.detach()
