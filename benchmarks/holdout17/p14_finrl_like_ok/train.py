import torch


def run_episode(agent, env):
    obs, done, logps, rewards = env.reset(), False, [], []
    while not done:
        dist = agent(obs)
        a = dist.sample()
        logps.append(dist.log_prob(a).sum())
        obs, r, done = env.step(torch.softmax(a, -1)[0])
        rewards.append(r)
    ret = torch.stack(rewards).sum()
    return -(torch.stack(logps) * ret).mean(), ret.item()


def validate(agent, env):
    agent.eval()
    with torch.no_grad():
        obs, done, total = env.reset(), False, 0.0
        while not done:
            obs, r, done = env.step(torch.softmax(agent(obs).mean, -1)[0])
            total += r.item()
    return total
