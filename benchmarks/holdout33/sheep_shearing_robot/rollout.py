import torch


def collect(env, policy, n_episodes=3):
    obs = env.reset(n_episodes)
    history, logps, rewards = [obs], [], []
    done = False
    while not done:
        a, logp = policy.act(torch.stack(history, 1))
        obs, r, done = env.step(a)
        logps.append(logp)
        rewards.append(r)
        if not done:
            history.append(obs)
    return {"obs": torch.stack(history, 1), "logp": torch.stack(logps, 1), "rewards": torch.stack(rewards, 1)}


def discounted_returns(rewards, gamma=0.99):
    out = torch.zeros_like(rewards)
    running = torch.zeros(rewards.size(0))
    for t in reversed(range(rewards.size(1))):
        running = rewards[:, t] + gamma * running
        out[:, t] = running
    return out
