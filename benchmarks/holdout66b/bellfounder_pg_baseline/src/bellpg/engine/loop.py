import torch

from .returns import discounted


def collect(env, agent):
    obs = env.reset()
    history, log_probs, rewards, states = [obs], [], [], []
    done = False
    while not done:
        action, logp = agent.act(history)
        states.append(obs)
        obs, reward, done = env.step(action)
        history.append(obs)
        log_probs.append(logp)
        rewards.append(reward)
    return torch.stack(states), torch.stack(log_probs), rewards


def run_training(env, agent, baseline, cfg):
    opt_pi = torch.optim.Adam(agent.parameters(), lr=cfg["lr"])
    opt_v = torch.optim.Adam(baseline.parameters(), lr=cfg["lr"])
    history = []
    for _ in range(cfg["episodes"]):
        agent.train()
        states, log_probs, rewards = collect(env, agent)
        returns = discounted(rewards, cfg["gamma"])
        values = baseline(states)
        advantage = (returns - values).detach()
        pi_loss = -(log_probs * advantage).mean()
        v_loss = (returns - values).pow(2).mean()
        opt_pi.zero_grad()
        opt_v.zero_grad()
        (pi_loss + v_loss).backward()  # TM001-here
        opt_pi.step()
        opt_v.step()
        history.append(sum(rewards))
    return history
